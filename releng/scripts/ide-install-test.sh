#!/usr/bin/env bash
# The install test of the IDE update site (releng/org.journeystudio.site), run by ./test.sh
# after the build. It does what a user of an existing Eclipse IDE does on the command line,
# with the p2 director, and checks what p2 answers:
#  - into a p2-managed Eclipse Platform IDE of the target platform's release (the release the
#    version bounds of the journey bundles start at), the feature installs; p2 adds only
#    bundles of the site, and replaces, removes or doubles none of the IDE's; then every
#    bundle of the IDE resolves in its OSGi framework (install-test/ResolveBundles.java);
#  - that IDE then starts for real (on the display, or under Xvfb when there is none or CI is
#    set, as in ./test.sh) with -Djourney.open=examples/invoice-payment.journey (a copy), shows a
#    window titled with the map, logs no error of a journey bundle and no editor that could not
#    be created, quits through File > Exit and has saved the map open in the journey editor
#    (releng/scripts/lib/ide-open-map.sh; screenshot target/install-test/ide-journey-editor.png);
#    started on a copy of the map cut off halfway, it logs the editor's failure with the file
#    and line (so the log check can see one);
#  - into the same IDE with its own Guava 33.6 (as IDEs with Xtext or m2e have one), p2 takes
#    that Guava for ELK and Xbase and adds no second one;
#  - into the same IDE with the org.eclipse.core.resources of Eclipse 4.38 (3.23.100, older
#    than the bound [3.24.0,4.0.0)), p2 refuses the install and changes nothing.
# The IDEs are assembled by the p2 director from Maven Central bundles: the platform units
# listed in releng/org.journeystudio.site/install-test/platform-ide.txt, taken from the product
# repository (the target platform's bundles), plus what install-test/pom.xml publishes
# (releng/scripts/lib/platform-ide.sh, shared with releng/scripts/startup-benchmark.sh).
# Writes target/surefire-reports/TEST-IdeInstallTest.xml of the site module, so that the
# summary of ./test.sh counts its checks, and exits 1 when one fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/env.sh
js_env >/dev/null
source releng/scripts/lib/platform-ide.sh

site_module=releng/org.journeystudio.site
site="$PWD/$site_module/target/repository"
product="$platform_ide_product_repository"
work="$PWD/$site_module/target/install-test"
reports="$PWD/$site_module/target/surefire-reports"
for repo in "$site" "$product"; do
  [ -f "$repo/content.jar" ] || { echo "ide-install-test: $repo is missing; build first (mvn verify)" >&2; exit 2; }
done
start=$SECONDS
rm -rf "$work"/ide-* "$work/logs" "$work/maps" "$work"/workspace* "$work"/open-* "$reports"
mkdir -p "$work/logs" "$reports"

cases=""; failures=0; count=0
check() { # check NAME MESSAGE COMMAND...: records one test case, passed when COMMAND succeeds
  local name="$1" message="$2"; shift 2
  count=$((count + 1))
  if "$@"; then
    echo "  ok    $name"
    cases+="  <testcase classname=\"IdeInstallTest\" name=\"$name\"/>"$'\n'
  else
    echo "  FAIL  $name: $message"
    failures=$((failures + 1))
    message="${message//&/&amp;}"; message="${message//</&lt;}"; message="${message//\"/&quot;}"
    cases+="  <testcase classname=\"IdeInstallTest\" name=\"$name\"><failure message=\"$message\"/></testcase>"$'\n'
  fi
}

finish() { # writes the JUnit report of the checks so far
  seconds=$((SECONDS - start))
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo "<testsuite name=\"IdeInstallTest\" tests=\"$count\" failures=\"$failures\" errors=\"0\" skipped=\"0\" time=\"$seconds\">"
    printf '%s' "$cases"
    echo '</testsuite>'
  } >"$reports/TEST-IdeInstallTest.xml"
}

director() { # director LOG ARGS...: the p2 director application, as Tycho runs it (outside any project)
  platform_ide_director "$work" "$@"
}

bundles() { # bundles IDE: the IDE's plug-in files, one a line
  ls "$1/plugins" | sort
}

names() { # names: bundle symbolic names of plug-in file names (NAME_VERSION[.jar])
  sed -E 's/_[0-9][^_]*$//'
}

give_up() { # give_up WHAT: reports the checks so far when there is nothing left to install into
  finish
  echo "ide-install-test: $1; $count checks, $failures failed" >&2
  exit 1
}

echo "ide-install-test: publishing the IDE's extra bundles from Maven Central"
check "the IDE's bundles beyond the target platform are published" "see $work/logs/extra.log" \
  platform_ide_publish_extra "$work/logs/extra.log"
[ "$failures" -eq 0 ] || give_up "the extra bundles could not be published"
extra="$platform_ide_extra_repository"
version_of() { # version_of ID: the version of the unit ID in the extra repository
  sed -n "s/.*<unit id='$1' version='\([^']*\)'.*/\1/p" "$extra/content.xml"
}
old_resources="$(version_of org.eclipse.core.resources)"
own_guava="$(version_of com.google.guava)"

echo "ide-install-test: assembling the Eclipse Platform IDEs"
check "an Eclipse Platform IDE of the target's release is assembled" "see $work/logs/ide-supported.log" \
  platform_ide_assemble "$work/ide-supported" "$work" "$work/logs/ide-supported.log"
check "the same IDE with org.eclipse.core.resources $old_resources is assembled" "see $work/logs/ide-too-old.log" \
  platform_ide_assemble "$work/ide-too-old" "$work" "$work/logs/ide-too-old.log" "org.eclipse.core.resources/$old_resources"

check "the same IDE with its own Guava $own_guava is assembled" "see $work/logs/ide-with-guava.log" \
  platform_ide_assemble "$work/ide-with-guava" "$work" "$work/logs/ide-with-guava.log" "com.google.guava/$own_guava"
[ "$failures" -eq 0 ] || give_up "the IDEs could not be assembled"

install() { # install IDE LOG: the feature from the update site alone, as a user would
  director "$2" -Ddestination="$1" -Drepositories="file:$site" -DinstallIUs=org.journeystudio.feature.feature.group
}

echo "ide-install-test: installing org.journeystudio.feature.feature.group from $site_module/target/repository"
ide="$work/ide-supported"
bundles "$ide" >"$work/before.txt"
status=0; install "$ide" "$work/logs/install.log" || status=$?
bundles "$ide" >"$work/after.txt"
installed=1; grep -q 'Installing org.journeystudio.feature.feature.group' "$work/logs/install.log" || installed=0
check "p2 installs the feature into the supported IDE" "director exit $status; see $work/logs/install.log" \
  test "$status" -eq 0 -a "$installed" -eq 1
removed="$(comm -23 "$work/before.txt" "$work/after.txt" | paste -sd' ' -)"
check "no bundle of the IDE is replaced or removed" "gone: $removed" test -z "$removed"
doubled="$(names <"$work/after.txt" | sort | uniq -d | paste -sd' ' -)"
check "no bundle is there twice" "two versions of: $doubled" test -z "$doubled"
comm -13 "$work/before.txt" "$work/after.txt" >"$work/added.txt"
foreign="$(comm -23 "$work/added.txt" <(ls "$site/plugins" | sort) | paste -sd' ' -)"
check "every bundle p2 adds comes from the update site" "not from the site: $foreign" test -z "$foreign"
journey="$(names <"$work/added.txt" | grep -c '^org\.journeystudio\.' || true)"
check "the eight journey bundles are installed" "$journey journey bundles added" test "$journey" -eq 8
missing=""
for bundle in $(names <"$work/added.txt"); do
  grep -q "reference\\\\:file\\\\:${bundle}_" "$ide/configuration/config.ini" || missing+=" $bundle"
done
check "the IDE's configuration lists every installed bundle" "not in config.ini:$missing" test -z "$missing"

osgi="$(ls "$ide"/plugins/org.eclipse.osgi_*.jar | head -1)"
resolved=0; java -cp "$osgi" "$site_module/install-test/ResolveBundles.java" "$ide" org.journeystudio. \
  >"$work/logs/resolve.log" 2>&1 || resolved=$?
journey_resolved="$(sed -n 's/.* \([0-9]*\) resolved org.journeystudio.\*$/\1/p' "$work/logs/resolve.log")"
check "every bundle of the IDE resolves in its OSGi framework, the journey ones included" \
  "$(grep -m3 unresolved "$work/logs/resolve.log" | paste -sd' ' -)" test "$resolved" -eq 0 -a "${journey_resolved:-0}" -eq 8

start_levels() { # start_levels IDE: the start levels an Eclipse IDE's product gives its configuration
  # The assembled IDE has no product unit, so p2 writes every bundle as installed but not
  # started; an Eclipse IDE's product starts these (the rest start lazily on first use).
  local config="$1/configuration/config.ini" entry bundle level
  for entry in org.eclipse.equinox.common@2 org.apache.felix.scr@2 org.eclipse.equinox.event@2 \
    org.apache.aries.spifly.dynamic.bundle@2 org.eclipse.core.runtime@4; do
    bundle="${entry%@*}" level="${entry#*@}"
    sed -i -E "s/(reference\\\\:file\\\\:${bundle//./\\.}_[^,@]*)@4(,|\$)/\\1@${level}\\\\:start\\2/" "$config"
  done
}

journey_errors() { # journey_errors LOG: the ERROR entries of journey bundles and editors that failed, one a line
  awk '/^!ENTRY / { entry = $0 } /^!ENTRY org\.journeystudio[^ ]* 4 / { print } /^!MESSAGE Unable to create (editor|part)/ \
    { print entry " " $0 } /ErrorEditorPart/ { print entry " " $0 }' "$1" 2>/dev/null
}

map_name="invoice-payment.journey"
echo "ide-install-test: starting the installed IDE on examples/$map_name"
mkdir -p "$work/maps"
cp examples/"$map_name" "$work/maps/"
map="$work/maps/$map_name"
workspace="$work/workspace"
screenshot="$work/ide-journey-editor.png"
start_ide() { # start_ide MAP WORKSPACE SCREENSHOT OUT: ide-open-map.sh on the installed IDE
  if [ -n "${DISPLAY:-}" ] && [ -z "${CI:-}" ]; then # as ./test.sh: the display when there is one, else Xvfb
    releng/scripts/lib/ide-open-map.sh "$ide" "$2" "$1" "$3" "$4"
  else
    xvfb-run -a -s "-screen 0 1600x1000x24" releng/scripts/lib/ide-open-map.sh "$ide" "$2" "$1" "$3" "$4"
  fi
}
start_levels "$ide"
open_start=$SECONDS
opened=0; start_ide "$map" "$workspace" "$screenshot" "$work/open-map" || opened=$?
open_seconds=$((SECONDS - open_start))
title="$(cat "$work/open-map/window-title.txt" 2>/dev/null)"
check "the installed IDE starts and shows a window titled with $map_name" \
  "no such window within 90 s; see $work/open-map/ide.out and $workspace/.metadata/.log" \
  test "$opened" -eq 0 -a -f "$screenshot"
errors="$(journey_errors "$workspace/.metadata/.log")"
check "the IDE's log has no error of a journey bundle and no editor that could not be created" \
  "$(printf '%s' "$errors" | head -3 | paste -sd' ' -)" test -z "$errors"
exited="$(cat "$work/open-map/exit.txt" 2>/dev/null)"
check "the IDE quits through File > Exit" "the IDE was ${exited:-not started}" test "$exited" = exit
# The workbench saves its model on exit: the active editor part, with the id of the editor
# that was asked for and the input it shows. With the log above free of "Unable to create
# part", that part is the journey editor itself, not the error part the workbench puts in
# place of an editor that fails.
xmi="$workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
editor_part="$(grep -c -e '<tags>org\.journeystudio\.ui\.journeyEditor</tags>' "$xmi" 2>/dev/null || true)"
editor_input="$(grep -c "uri=&quot;file:$map&quot;" "$xmi" 2>/dev/null || true)"
check "the map is open in the journey editor (org.journeystudio.ui.journeyEditor in the saved workbench)" \
  "editor parts: ${editor_part:-0}, with the map as input: ${editor_input:-0}; see $xmi" \
  test "${editor_part:-0}" -ge 1 -a "${editor_input:-0}" -ge 1
# The other side of the log check: a map cut off halfway (as a half-written file is) fails in
# the journey editor, and the log has the workbench's "Unable to create part" with the reason.
broken="$work/maps/cut-off.journey"
head -c 2000 "$map" >"$broken"
broken_start=$SECONDS
broken_opened=0; start_ide "$broken" "$work/workspace-cut-off" "$work/ide-cut-off-map.png" "$work/open-cut-off" \
  || broken_opened=$?
broken_seconds=$((SECONDS - broken_start))
broken_errors="$(journey_errors "$work/workspace-cut-off/.metadata/.log")"
broken_reason="$(grep -c "The map $broken cannot be opened: $broken:[0-9]" "$work/workspace-cut-off/.metadata/.log" \
  2>/dev/null || true)"
check "a cut-off map fails in the journey editor and the log check sees it, with the file and line" \
  "window: exit $broken_opened; failures logged: $(printf '%s' "$broken_errors" | wc -l); reasons: ${broken_reason:-0}" \
  test "$broken_opened" -eq 0 -a -n "$broken_errors" -a "${broken_reason:-0}" -ge 1
other_errors="$(grep '^!ENTRY [^ ]* 4 ' "$workspace/.metadata/.log" 2>/dev/null | grep -vc '^!ENTRY org\.journeystudio' || true)"

echo "ide-install-test: installing into the IDE that has its own Guava"
guava_ide="$work/ide-with-guava"
bundles "$guava_ide" >"$work/guava-before.txt"
status=0; install "$guava_ide" "$work/logs/install-with-guava.log" || status=$?
bundles "$guava_ide" >"$work/guava-after.txt"
check "p2 installs the feature into the IDE with its own Guava" "director exit $status" test "$status" -eq 0
guavas="$(names <"$work/guava-after.txt" | grep -c '^com\.google\.guava$' || true)"
check "the IDE's own Guava serves ELK and Xbase: no second Guava is added" "$guavas Guava bundles" \
  test "$guavas" -eq 1
removed="$(comm -23 "$work/guava-before.txt" "$work/guava-after.txt" | paste -sd' ' -)"
check "no bundle of the IDE with its own Guava is replaced or removed" "gone: $removed" test -z "$removed"

echo "ide-install-test: installing into the IDE that is too old"
old="$work/ide-too-old"
bundles "$old" >"$work/old-before.txt"
status=0; install "$old" "$work/logs/install-too-old.log" || status=$?
reason="$(sed -n "s/.*\(Missing requirement: .*org\.eclipse\.core\.resources [^']*' but it could not be found\).*/\1/p" \
  "$work/logs/install-too-old.log" | head -1)"
check "p2 refuses the IDE that is older than the version bounds" \
  "director exit $status; see $work/logs/install-too-old.log" test "$status" -ne 0 -a -n "$reason"
bundles "$old" >"$work/old-after.txt"
check "the refused install leaves the IDE as it was" "plugins/ changed" cmp -s "$work/old-before.txt" "$work/old-after.txt"

finish
echo "ide-install-test: site $(ls "$site/plugins" | wc -l) bundles, $(du -sm "$site" | cut -f1) MB;" \
  "product repository $(ls "$product/plugins" | wc -l) bundles, $(du -sm "$product" | cut -f1) MB"
echo "ide-install-test: added $(wc -l <"$work/added.txt") bundles to an IDE of $(wc -l <"$work/before.txt")"
[ -z "$reason" ] || echo "ide-install-test: refused as expected: $reason"
echo "ide-install-test: the IDE started with $map_name in ${open_seconds}s, window \"$title\";" \
  "screenshot $site_module/target/install-test/ide-journey-editor.png;" \
  "${other_errors:-0} ERROR entries of other bundles in its log"
echo "ide-install-test: the cut-off map in ${broken_seconds}s: $(printf '%s' "$broken_errors" | head -1)"
echo "ide-install-test: $((count - failures)) passed, $failures failed in ${seconds}s"
[ "$failures" -eq 0 ]
