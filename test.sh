#!/usr/bin/env bash
# Builds Journey Studio and runs every test: the headless tests and the UI tests in a
# real workbench window (under Xvfb when there is no display). Screenshots taken by the
# UI tests land in tests/*/target/screenshots/. Prints the Surefire summary at the end.
set -euo pipefail
cd "$(dirname "$0")"
source releng/scripts/env.sh
js_env
releng/scripts/install-system-deps.sh

find . -path '*/target/surefire-reports' -prune -exec rm -rf {} + 2>/dev/null || true
status=0
if [ -n "${DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  mvn clean verify "$@" || status=$?
else
  xvfb-run -a -s "-screen 0 1600x1000x24" mvn clean verify "$@" || status=$?
fi
# The install test of the IDE update site: p2 director installs into Eclipse Platform IDEs.
if [ $status -eq 0 ] && [ -f releng/org.journeystudio.site/target/repository/content.jar ]; then
  releng/scripts/ide-install-test.sh || status=$?
fi
releng/scripts/surefire-summary.sh .
exit $status
