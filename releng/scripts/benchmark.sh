#!/usr/bin/env bash
# Runs the JMH benchmarks of DESIGN.md §8 (releng/benchmarks) and prints the measured
# ratios: load / SAX parse, save / writing the same bytes, validation / load, at 1k, 10k
# and 100k elements; viewpoint refresh: incremental / full at 10k, full 10k / 1k; viewport draw
# and SVG export at 10k / 1k cards; a rename redrawn (EditRedrawBenchmark): kept / whole.
# Builds the model, viewpoint and render bundles with the Tycho reactor first when a jar is missing or older than its sources, then builds
# target/benchmarks.jar.
# Usage: releng/scripts/benchmark.sh [JMH options], e.g.
#   releng/scripts/benchmark.sh -f 1 -wi 2 -i 3          # quicker, rougher
#   releng/scripts/benchmark.sh LoadBenchmark -p elements=1000000
#   releng/scripts/benchmark.sh RenderBenchmark -f 1 -wi 2 -i 3
# Maven options go through MAVEN_ARGS (e.g. MAVEN_ARGS=-o for an offline build).
set -euo pipefail
# shellcheck source=env.sh
source "$(dirname "$0")/env.sh"
js_env

bench="$JS_ROOT/releng/benchmarks"

# bundle_stale NAME: true when the bundle's jar is missing or older than any of its sources.
bundle_stale() {
  local dir="$JS_ROOT/bundles/$1"
  local jar="$dir/target/$1-0.1.0-SNAPSHOT.jar"
  [ -f "$jar" ] || return 0
  [ -n "$(find "$dir/src" "$dir/src-gen" "$dir/META-INF" "$dir/model" "$dir/templates" \
          "$dir/plugin.xml" "$dir/build.properties" "$dir/pom.xml" \
          -newer "$jar" -type f 2>/dev/null | head -n 1)" ]
}
if bundle_stale org.journeystudio.model || bundle_stale org.journeystudio.viewpoint \
    || bundle_stale org.journeystudio.render; then
  echo "journey-studio: building the model, viewpoint and render bundles ..." >&2
  mvn -q -B -f "$JS_ROOT/pom.xml" \
    -pl releng/org.journeystudio.target,bundles/org.journeystudio.model,bundles/org.journeystudio.viewpoint,bundles/org.journeystudio.render \
    install -DskipTests
fi

echo "journey-studio: building the benchmarks ..." >&2
mvn -q -B -f "$bench/pom.xml" clean package

mkdir -p "$bench/target/results"
result_args=()
case " $* " in
  *" -rf "*|*" -rff "*) ;;
  *) result_args=(-rf json -rff "$bench/target/results/jmh-result.json") ;;
esac
exec java -jar "$bench/target/benchmarks.jar" "${result_args[@]}" "$@"
