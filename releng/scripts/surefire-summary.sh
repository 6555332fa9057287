#!/usr/bin/env bash
# Adds up the Surefire reports of every module and prints one closing summary.
set -euo pipefail
root="${1:-.}"
tests=0; failures=0; errors=0; skipped=0; files=0

attr() { # attr NAME TESTSUITE-TAG -> the attribute's number, 0 when absent
  local v
  v="$(printf '%s' "$2" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p")"
  echo "${v:-0}"
}

while IFS= read -r -d '' report; do
  head="$(grep -m1 -o '<testsuite [^>]*>' "$report" || true)"
  [ -n "$head" ] || continue
  tests=$((tests + $(attr tests "$head")))
  failures=$((failures + $(attr failures "$head")))
  errors=$((errors + $(attr errors "$head")))
  skipped=$((skipped + $(attr skipped "$head")))
  files=$((files + 1))
done < <(find "$root" -path '*/target/surefire-reports/TEST-*.xml' -print0)

echo "Results (all modules, $files test classes):"
echo "Tests run: $tests, Failures: $failures, Errors: $errors, Skipped: $skipped"
echo "$((tests - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
