#!/usr/bin/env bash
# Prints the pinned <dependency> lines of the "Eclipse Platform and EMF" target location:
# the Maven closure of releng/org.journeystudio.target/platform-roots.txt with exactly
# one version per artifact. Paste the output into org.journeystudio.target.target.
# Batik and xml-apis-ext are left out: they live in the "Batik (wrapped)" location.
set -euo pipefail
source "$(dirname "$0")/env.sh"
js_env
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>pin</groupId><artifactId>pin</artifactId><version>1</version>'
  echo '<properties><osgi.platform>gtk.linux.x86_64</osgi.platform></properties><dependencies>'
  grep -v '^#' "$JS_ROOT/releng/org.journeystudio.target/platform-roots.txt" | while IFS=: read -r g a v; do
    [ -n "$g" ] && echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
  done
  echo '</dependencies></project>'
} > "$work/pom.xml"
mvn -q -f "$work/pom.xml" dependency:list -DincludeScope=runtime -DoutputFile="$work/list.txt" >&2
sed 's/\x1b\[[0-9;]*m//g' "$work/list.txt" | grep ':jar:' | sed 's/^ *//; s/ --.*//' | sort \
  | grep -v -e '^org.apache.xmlgraphics:' -e '^xml-apis:' \
  | while IFS=: read -r g a _ v _; do
      echo "        <dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><type>jar</type></dependency>"
    done
