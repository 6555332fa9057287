#!/usr/bin/env bash
# Benchmarks the headless `journey` command as CI runs it: whole processes, cold, against
# floors measured in the same run (medians of RUNS alternating runs):
#  1. `journey validate` of a generated map of ELEMENTS elements against a JVM that only
#     SAX-parses the file (the JDK's parser) and one that only loads it with dynamic EMF
#     from the .ecore (no generated code, no validation);
#  2. `journey validate` of the example map against a JVM that only starts and exits;
#  3. 200 small maps validated in one call against 200 separate calls;
#  4. `journey validate` of a generated 1M-element map: seconds and peak memory (RSS).
# The command runs with its start-up cache in a fresh cache folder; the first (training) run
# is not counted. Usage: releng/scripts/cli-benchmark.sh [RUNS] [ELEMENTS] [BIG]
# (defaults: 5 runs, 100000 elements, 1000000 for the big map; BIG=0 skips it).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/env.sh
js_env
runs="${1:-5}"; elements="${2:-100000}"; big="${3:-1000000}"
product="releng/org.journeystudio.product/target/products/org.journeystudio.product/linux/gtk/x86_64/journey-studio"
[ -x "$product/journey" ] || mvn -q -DskipTests verify
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
journey="$product/journey"
# The start-up cache is made: an AOT cache (Java 24+) or a CDS archive (Java 21-23).
cached() { ls "$XDG_CACHE_HOME"/journey-studio/ 2>/dev/null | grep -q -e "\.aot$" -e "\.jsa$"; }
java_bin="$JAVA_HOME/bin/java"

plugins="$product/plugins"
emf="$(ls "$plugins"/org.eclipse.emf.common_*.jar "$plugins"/org.eclipse.emf.ecore_*.jar \
        "$plugins"/org.eclipse.emf.ecore.xmi_*.jar | tr '\n' ':')"
gen_cp="$(ls "$plugins"/org.journeystudio.model_*.jar | tr '\n' ':')$emf"
mkdir -p "$work/floors" "$work/gen" "$work/small"
javac -d "$work/floors" -cp "$emf" releng/scripts/cli-floors/*.java
javac -d "$work/gen" -cp "$gen_cp" tests/org.journeystudio.model.tests/src/org/journeystudio/model/tests/generator/*.java
"$java_bin" -cp "$work/gen:$gen_cp" org.journeystudio.model.tests.generator.LargeMapGenerator \
  "$elements" "$work/map.journey" >/dev/null
for i in $(seq -w 1 200); do cp examples/invoice-payment.journey "$work/small/map-$i.journey"; done
ecore="bundles/org.journeystudio.model/model/journey.ecore"
example="examples/invoice-payment.journey"

now() { date +%s%N; }
ms() { local start; start="$(now)"; "$@" >/dev/null 2>&1 || true; echo $(( ($(now) - start) / 1000000 )); }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The first run fills the start-up cache (and a background JVM assembles it): wait for it.
"$journey" validate "$example" >/dev/null
for _ in $(seq 60); do cached && break; sleep 0.5; done
"$journey" validate "$example" >/dev/null

bare=""; example_runs=""; sax=""; dyn=""; validate=""; cached_off=""
for _ in $(seq "$runs"); do
  bare="$bare $(ms "$java_bin" -Xshare:auto -cp "$work/floors" Noop)"
  example_runs="$example_runs $(ms "$journey" validate "$example")"
  sax="$sax $(ms "$java_bin" -cp "$work/floors" SaxOnly "$work/map.journey")"
  dyn="$dyn $(ms "$java_bin" -cp "$work/floors:$emf" DynamicEmfLoad "$ecore" "$work/map.journey")"
  validate="$validate $(ms "$journey" validate "$work/map.journey")"
  cached_off="$cached_off $(ms env JOURNEY_NO_CACHE=1 "$journey" validate "$example")"
done
bare="$(echo "$bare" | median)"; example_ms="$(echo "$example_runs" | median)"
sax="$(echo "$sax" | median)"; dyn="$(echo "$dyn" | median)"; validate="$(echo "$validate" | median)"
cached_off="$(echo "$cached_off" | median)"
one_call="$(ms "$journey" validate "$work/small")"
start="$(now)"
for f in "$work"/small/*.journey; do "$journey" validate "$f" >/dev/null 2>&1 || true; done
separate=$(( ($(now) - start) / 1000000 ))

echo "medians of $runs alternating runs, ms (JDK: $("$java_bin" -version 2>&1 | head -n 1))"
printf '%-58s %8s\n' "JVM that starts and exits" "$bare"
printf '%-58s %8s\n' "journey validate, example map" "$example_ms"
printf '%-58s %8s\n' "journey validate, example map, no start-up cache" "$cached_off"
printf '%-58s %8s\n' "SAX-only JVM, $elements-element map" "$sax"
printf '%-58s %8s\n' "dynamic-EMF load-only JVM, $elements-element map" "$dyn"
printf '%-58s %8s\n' "journey validate, $elements-element map" "$validate"
printf '%-58s %8s\n' "journey validate of 200 small maps in one call" "$one_call"
printf '%-58s %8s\n' "200 separate journey validate calls" "$separate"
echo "ratios (target):"
echo "  validate example / bare JVM start:          $(ratio "$example_ms" "$bare")  (<= 8)"
echo "  validate $elements / SAX-only JVM:          $(ratio "$validate" "$sax")  (<= 3)"
echo "  validate $elements / dynamic-EMF load JVM:  $(ratio "$validate" "$dyn")  (<= 0.5)"
echo "  200 maps, one call / 200 calls:             $(ratio "$one_call" "$separate")  (<= 0.05)"
echo "  example with cache / without:               $(ratio "$example_ms" "$cached_off")"

if [ "$big" != 0 ]; then
  "$java_bin" -Xmx6g -cp "$work/gen:$gen_cp" org.journeystudio.model.tests.generator.LargeMapGenerator \
    "$big" "$work/big.journey" >/dev/null
  echo "generated map: $big elements, $(du -m "$work/big.journey" | cut -f1) MB"
  /usr/bin/time -f "journey validate (%e s, peak RSS %M KB)" \
    env JOURNEY_JAVA_OPTS="-Xmx4g" "$journey" validate "$work/big.journey" 2>&1 >/dev/null | tail -n 1
fi
