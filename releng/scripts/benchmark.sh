#!/usr/bin/env bash
# Runs the JMH benchmarks of DESIGN.md §8 (releng/benchmarks) and prints the measured
# ratios: load / SAX parse, save / writing the same bytes, validation / load, at 1k, 10k
# and 100k elements. Builds the model bundle with the Tycho reactor first when its jar is
# missing or older than its sources, then builds target/benchmarks.jar.
# Usage: releng/scripts/benchmark.sh [JMH options], e.g.
#   releng/scripts/benchmark.sh -f 1 -wi 2 -i 3          # quicker, rougher
#   releng/scripts/benchmark.sh LoadBenchmark -p elements=1000000
# Maven options go through MAVEN_ARGS (e.g. MAVEN_ARGS=-o for an offline build).
set -euo pipefail
# shellcheck source=env.sh
source "$(dirname "$0")/env.sh"
js_env

model="$JS_ROOT/bundles/org.journeystudio.model"
model_jar="$model/target/org.journeystudio.model-0.1.0-SNAPSHOT.jar"
bench="$JS_ROOT/releng/benchmarks"

model_stale() {
  [ -f "$model_jar" ] || return 0
  [ -n "$(find "$model/src" "$model/src-gen" "$model/META-INF" "$model/model" "$model/templates" \
          "$model/plugin.xml" "$model/build.properties" "$model/pom.xml" \
          -newer "$model_jar" -type f 2>/dev/null | head -n 1)" ]
}
if model_stale; then
  echo "journey-studio: building the model bundle ..." >&2
  mvn -q -B -f "$JS_ROOT/pom.xml" -pl releng/org.journeystudio.target,bundles/org.journeystudio.model \
    install -DskipTests
fi

echo "journey-studio: building the benchmarks ..." >&2
mvn -q -B -f "$bench/pom.xml" package

mkdir -p "$bench/target/results"
result_args=()
case " $* " in
  *" -rf "*|*" -rff "*) ;;
  *) result_args=(-rf json -rff "$bench/target/results/jmh-result.json") ;;
esac
exec java -jar "$bench/target/benchmarks.jar" "${result_args[@]}" "$@"
