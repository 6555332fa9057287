#!/usr/bin/env bash
# The editor benchmark of issue 19: builds the bundles and runs EditorBenchmark in the real workbench
# (the UI tests' runtime, under Xvfb when there is no display). Maps of 100, 1k and 10k steps, imported
# from Mermaid; prints open / new tab / save in ms for each and the ratio open 10k / open 1k of this run.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/env.sh
js_env
modules=releng/org.journeystudio.target
for bundle in bundles/*; do modules=$modules,$bundle; done
modules=$modules,features/org.journeystudio.feature,features/org.journeystudio.rcp.feature,tests/org.journeystudio.ui.tests
log=$(mktemp)
run=(mvn -o verify -pl "$modules" -Dtest=EditorBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djs.pointerTests.skip=true)
if [ -n "${DISPLAY:-}" ]; then "${run[@]}" >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
else xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}" >"$log" 2>&1 || { tail -40 "$log"; exit 1; }; fi
grep -h '^ui-benchmark:' "$log" tests/org.journeystudio.ui.tests/target/surefire-reports/*-output.txt 2>/dev/null | awk '!seen[$0]++' || true
rm -f "$log"
