#!/usr/bin/env bash
# Runs the product's own `journey` launcher as users do (the build calls it after the product
# is materialized): the first run fills a fresh start-up cache, later runs use it, and every
# run prints exactly what the command prints, with nothing of the JVM's own on stdout or stderr.
# Usage: releng/scripts/cli-smoke.sh PRODUCT-FOLDER EXAMPLE-MAP
set -euo pipefail
product="$1"; example="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
journey="$product/journey"
# The start-up cache is made: an AOT cache (Java 24+) or a CDS archive (Java 21-23).
cached() { ls "$XDG_CACHE_HOME"/journey-studio/ 2>/dev/null | grep -q -e "\.aot$" -e "\.jsa$"; }
fail() { echo "cli-smoke: $*" >&2; exit 1; }

expect_clean() { # NAME: the last run's exit code was 0, stdout as expected, stderr empty
  [ "$status" = 0 ] || fail "$1: exit $status: $(cat "$work/err")"
  [ ! -s "$work/err" ] || fail "$1: stderr is not empty: $(head -c 400 "$work/err")"
  [ "$(cat "$work/out")" = "$expected" ] || fail "$1: stdout: $(head -c 400 "$work/out")"
}
expected="0 error(s), 0 warning(s), 0 info(s) in 1 file(s)"
status=0; "$journey" validate "$example" >"$work/out" 2>"$work/err" || status=$?
expect_clean "first run (fills the cache)"
ls -d "$XDG_CACHE_HOME"/journey-studio/jars-* >/dev/null 2>&1 || fail "no unsigned class path in the cache"
for _ in $(seq 120); do
  cached && break
  sleep 0.5
done
status=0; "$journey" validate "$example" >"$work/out" 2>"$work/err" || status=$?
expect_clean "run with the cache"
cached \
|| fail "no AOT cache or CDS archive was made"
status=0; JOURNEY_NO_CACHE=1 "$journey" validate "$example" >"$work/out" 2>"$work/err" || status=$?
expect_clean "run without the cache"
status=0; "$journey" validate "$example" --format json >"$work/out" 2>"$work/err" || status=$?
[ "$status" = 0 ] && [ ! -s "$work/err" ] && [ "$(head -c 1 "$work/out")" = "{" ] \
  || fail "json report: exit $status, stdout starts '$(head -c 40 "$work/out")', stderr '$(cat "$work/err")'"
mkdir "$work/maps"
for i in 1 2 3 4 5; do cp "$example" "$work/maps/map-$i.journey"; done
printf 'not a map' > "$work/maps/map-3.journey"
status=0; "$journey" validate "$work/maps" >"$work/out" 2>"$work/err" || status=$?
[ "$status" = 3 ] || fail "a folder with an unreadable map: exit $status"
[ "$(wc -l < "$work/err")" = 1 ] && grep -q "map-3.journey" "$work/err" || fail "folder stderr: $(cat "$work/err")"
grep -q "in 5 file(s), 1 unreadable" "$work/out" || fail "folder stdout: $(cat "$work/out")"
echo "cli-smoke: the journey launcher runs clean with and without its start-up cache"
