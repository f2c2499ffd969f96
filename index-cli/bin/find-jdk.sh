# Sourced by bin/index-cli and benchmarks/run: finds a JDK 21 or newer (Lucene 10 needs it) without help.
# find_java prints the java binary to use: $JAVA_HOME/bin/java if it is 21+, else `java` on the PATH if 21+,
# else the newest JDK 21+ under /usr/lib/jvm (or under the directories in $INDEX_CLI_JDK_DIRS, colon-separated);
# it fails, printing nothing, when there is none.

# The feature version (17, 21, 25...) of a java binary: from the JDK's release file when there is one (fast),
# else from `java -version`.
feature_version() {
  local java=$1 home release line
  home=$(dirname "$(dirname "$(readlink -f "$java")")")
  release="$home/release"
  if [ -r "$release" ] && line=$(grep -m1 '^JAVA_VERSION=' "$release"); then
    line=${line#JAVA_VERSION=\"}
  else
    line=$("$java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  fi
  line=${line#1.}
  echo "${line%%[!0-9]*}"
}

usable() {
  [ -x "$1" ] && local v && v=$(feature_version "$1") && [ -n "$v" ] && [ "$v" -ge 21 ]
}

find_java() {
  if [ -n "${JAVA_HOME:-}" ] && usable "$JAVA_HOME/bin/java"; then
    echo "$JAVA_HOME/bin/java"; return
  fi
  local on_path
  if on_path=$(command -v java) && usable "$on_path"; then
    echo "$on_path"; return
  fi
  local best="" best_version=0 candidate v dir dirs
  IFS=: read -r -a dirs <<< "${INDEX_CLI_JDK_DIRS:-/usr/lib/jvm}"
  for dir in "${dirs[@]}"; do
    for candidate in "$dir"/*/bin/java; do
      if usable "$candidate"; then
        v=$(feature_version "$candidate")
        if [ "$v" -gt "$best_version" ]; then best=$candidate best_version=$v; fi
      fi
    done
  done
  [ -n "$best" ] && echo "$best"
}

# The message for a machine without a JDK 21+, prefixed with the name of the calling tool.
no_java_message() {
  echo "$1: a JDK 21 or newer is needed (Lucene 10 requires it); install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it"
}
