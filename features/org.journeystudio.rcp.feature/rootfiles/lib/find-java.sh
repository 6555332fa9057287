# shellcheck shell=sh
# Prints the path of a Java 21+ `java`: $JAVA_HOME first, then /usr/lib/jvm, then PATH.
journey_find_java() {
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    if journey_java_ok "$home/bin/java"; then echo "$home/bin/java"; return 0; fi
  done
  if command -v java >/dev/null 2>&1 && journey_java_ok java; then command -v java; return 0; fi
  echo "journey: no Java 21+ runtime found; install one or set JAVA_HOME" >&2
  return 1
}

journey_java_ok() {
  v="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1)"
  [ -n "$v" ] && [ "$v" -ge 21 ]
}
