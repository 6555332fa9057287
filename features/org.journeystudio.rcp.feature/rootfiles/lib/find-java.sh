# shellcheck shell=sh
# Prints the path of a Java 21+ `java`: $JAVA_HOME first, then /usr/lib/jvm, then PATH.
# The version is read from the JDK's `release` file, so finding Java starts no JVM (a JVM
# start is most of a short command's time); only a Java without that file is asked itself.
# The usual case runs no other program either: a command's start is measured in milliseconds.
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
  journey_java_feature "$1"
  [ -n "$journey_feature" ] && [ "$journey_feature" -ge 21 ]
}

# The feature version of a `java` (17, 21, 25 ...), or nothing when it cannot be told.
journey_java_version() {
  journey_java_feature "$1"
  [ -z "$journey_feature" ] || echo "$journey_feature"
}

# Sets journey_feature to the feature version of a `java`, or to nothing when it cannot be told.
journey_java_feature() {
  journey_feature=""
  release=""
  case "$1" in */bin/java) release="${1%/bin/java}/release" ;; esac
  if [ -z "$release" ] || [ ! -f "$release" ]; then
    # A `java` on the PATH is usually a link into its JDK.
    bin="$(command -v "$1" 2>/dev/null)" || return 0
    real="$(readlink -f "$bin" 2>/dev/null || echo "$bin")"
    release="$(dirname "$(dirname "$real")")/release"
  fi
  if [ -f "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*)
          line="${line#JAVA_VERSION=}"; line="${line#\"}"
          journey_feature="${line%%[!0-9]*}"
          return 0 ;;
      esac
    done < "$release"
  else
    journey_feature="$("$1" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1)"
  fi
}
