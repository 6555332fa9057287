# shellcheck shell=bash
# Sourced by the project's scripts: finds a Java 21+ JDK and a Maven >= 3.9.9.
# Maven is obtained as the org.apache.maven:apache-maven bin zip through the
# system `mvn` (dependency:get) and unpacked under .tools/ (git-ignored), so no
# registry address is ever written into the project.

JS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JS_MAVEN_VERSION="3.9.11"
JS_TOOLS="$JS_ROOT/.tools"

js_die() { echo "journey-studio: $*" >&2; exit 1; }

js_java_major() { # prints the major version of the java at $1/bin/java
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1
}

js_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/temurin-*-jdk* /usr/lib/jvm/java-*-openjdk* /usr/lib/jvm/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/javac" ] || continue
    major="$(js_java_major "$c")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$c"; export PATH="$JAVA_HOME/bin:$PATH"; return 0
    fi
  done
  js_die "no Java 21+ JDK found (looked at \$JAVA_HOME and /usr/lib/jvm); install one (e.g. apt-get install openjdk-21-jdk-headless or a Temurin 21+) and set JAVA_HOME"
}

js_find_maven() {
  local home="$JS_TOOLS/apache-maven-$JS_MAVEN_VERSION"
  if [ ! -x "$home/bin/mvn" ]; then
    command -v mvn >/dev/null 2>&1 \
      || js_die "no system 'mvn' to bootstrap Maven $JS_MAVEN_VERSION with (apt-get install maven)"
    echo "journey-studio: obtaining Maven $JS_MAVEN_VERSION through the system mvn ..." >&2
    # Run outside the project: the system Maven is too old for the project's Tycho build extension.
    (cd / && mvn -q -B dependency:get -Dtransitive=false \
      "-Dartifact=org.apache.maven:apache-maven:$JS_MAVEN_VERSION:zip:bin") >&2 \
      || js_die "could not fetch org.apache.maven:apache-maven:$JS_MAVEN_VERSION:zip:bin"
    local zip="$HOME/.m2/repository/org/apache/maven/apache-maven/$JS_MAVEN_VERSION/apache-maven-$JS_MAVEN_VERSION-bin.zip"
    if [ ! -f "$zip" ]; then # a local repository configured elsewhere
      local repo # without the colour codes some Maven versions print even in batch mode
      repo="$(cd / && mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null \
        | sed 's/\x1b\[[0-9;]*m//g')"
      zip="$repo/org/apache/maven/apache-maven/$JS_MAVEN_VERSION/apache-maven-$JS_MAVEN_VERSION-bin.zip"
    fi
    [ -f "$zip" ] || js_die "Maven zip not found at $zip"
    mkdir -p "$JS_TOOLS"
    (cd "$JS_TOOLS" && "$JAVA_HOME/bin/jar" xf "$zip") || js_die "could not unpack $zip"
    chmod +x "$home/bin/mvn"
  fi
  export MAVEN_HOME="$home"
  export PATH="$home/bin:$PATH"
}

js_env() {
  js_find_jdk
  js_find_maven
}
