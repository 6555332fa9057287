#!/usr/bin/env bash
# Runs the JMH benchmarks of DESIGN.md §8 (releng/benchmarks) and prints the measured
# ratios: load / SAX parse, save / writing the same bytes, validation / load, at 1k, 10k
# and 100k elements; viewpoint refresh: incremental / full at 10k, full 10k / 1k. Builds the
# model and viewpoint bundles with the Tycho reactor first when a jar is missing or older than
# its sources, then builds target/benchmarks.jar.
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
viewpoint="$JS_ROOT/bundles/org.journeystudio.viewpoint"
viewpoint_jar="$viewpoint/target/org.journeystudio.viewpoint-0.1.0-SNAPSHOT.jar"
bench="$JS_ROOT/releng/benchmarks"

stale() { # $1: bundle directory, $2: its jar
  [ -f "$2" ] || return 0
  [ -n "$(find "$1/src" "$1/src-gen" "$1/META-INF" "$1/model" "$1/templates" \
          "$1/plugin.xml" "$1/build.properties" "$1/pom.xml" \
          -newer "$2" -type f 2>/dev/null | head -n 1)" ]
}
if stale "$model" "$model_jar" || stale "$viewpoint" "$viewpoint_jar"; then
  echo "journey-studio: building the model and viewpoint bundles ..." >&2
  mvn -q -B -f "$JS_ROOT/pom.xml" \
    -pl releng/org.journeystudio.target,bundles/org.journeystudio.model,bundles/org.journeystudio.viewpoint \
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
