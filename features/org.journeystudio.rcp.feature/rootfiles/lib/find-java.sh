# shellcheck shell=sh
# Prints the path of a Java 21+ `java`: $JAVA_HOME first, then /usr/lib/jvm, then PATH.
# The version is read from the JDK's `release` file, so finding Java starts no JVM (a JVM
# start is most of a short command's time); only a Java without that file is asked itself.
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
  v="$(journey_java_version "$1")"
  [ -n "$v" ] && [ "$v" -ge 21 ]
}

# The feature version of a `java` (17, 21, 25 ...), or nothing when it cannot be told.
journey_java_version() {
  bin="$(command -v "$1" 2>/dev/null)" || return 0
  real="$(readlink -f "$bin" 2>/dev/null || echo "$bin")"
  release="$(dirname "$(dirname "$real")")/release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1
  else
    "$1" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}
