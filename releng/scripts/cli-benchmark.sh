#!/usr/bin/env bash
# Benchmarks the headless `journey` command as CI uses it:
#  1. cold `journey validate` of the example map vs. a JVM that only starts and exits
#     (same java, same class path), as a ratio measured in one run;
#  2. `journey validate` of a generated 1M-element map: seconds and peak memory (RSS).
# Usage: releng/scripts/cli-benchmark.sh [RUNS] [ELEMENTS]   (defaults: 10 runs, 1000000 elements)
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/env.sh
js_env
runs="${1:-10}"; elements="${2:-1000000}"
product="releng/org.journeystudio.product/target/products/org.journeystudio.product/linux/gtk/x86_64/journey-studio"
[ -x "$product/journey" ] || mvn -q -DskipTests verify
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

plugins="$product/plugins"
cp="$(ls "$plugins"/org.journeystudio.model_*.jar "$plugins"/org.eclipse.emf.common_*.jar \
       "$plugins"/org.eclipse.emf.ecore_*.jar "$plugins"/org.eclipse.emf.ecore.xmi_*.jar | tr '\n' ':')"
mkdir -p "$work/classes"
printf 'public class Noop { public static void main(String[] args) { } }\n' > "$work/Noop.java"
javac -d "$work/classes" -cp "$cp" "$work/Noop.java" \
  tests/org.journeystudio.model.tests/src/org/journeystudio/model/tests/generator/*.java

now() { date +%s%N; }
time_runs() { # prints the mean wall time in ms of "$@" over $runs runs
  local total=0 start
  for _ in $(seq "$runs"); do
    start="$(now)"; "$@" >/dev/null 2>&1 || true; total=$(( total + $(now) - start ))
  done
  echo $(( total / runs / 1000000 ))
}
java_bin="$JAVA_HOME/bin/java"
noop_ms="$(time_runs "$java_bin" -cp "$work/classes:$cp" Noop)"
validate_ms="$(time_runs env JAVA_HOME="$JAVA_HOME" "$product/journey" validate examples/invoice-payment.journey)"
echo "JVM start+exit (Noop):              ${noop_ms} ms (mean of $runs)"
echo "journey validate example map:       ${validate_ms} ms (mean of $runs)"
awk -v a="$validate_ms" -v b="$noop_ms" 'BEGIN { printf "ratio validate / bare JVM:          %.2f\n", a / b }'

"$java_bin" -Xmx6g -cp "$work/classes:$cp" org.journeystudio.model.tests.generator.LargeMapGenerator \
  "$elements" "$work/big.journey" >/dev/null
echo "generated map:                      $elements elements, $(du -m "$work/big.journey" | cut -f1) MB"
/usr/bin/time -f "journey validate (%e s, peak RSS %M KB)" \
  env JAVA_HOME="$JAVA_HOME" JOURNEY_JAVA_OPTS="-Xmx4g" "$product/journey" validate "$work/big.journey" \
  2>&1 >/dev/null | tail -n 1
