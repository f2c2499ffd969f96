# shellcheck shell=bash disable=SC2034
# Sourced by bin/index-cli, bin/make-start-cache, benchmarks/run and benchmarks/startup: finds a JDK 21 or newer
# (Lucene 10 needs it) without help.
# find_java prints the java binary to use: $JAVA_HOME/bin/java if it is 21+, else `java` on the PATH if 21+,
# else the newest JDK 21+ under /usr/lib/jvm (or under the directories in $INDEX_CLI_JDK_DIRS, colon-separated);
# it fails, printing nothing, when there is none. locate_java does the same into $found_java and $found_home.
#
# This runs before every index-cli command, so it starts no process in the usual cases: each process costs about
# a millisecond, and the first version of this file (readlink, dirname, grep per JDK) took 45 ms, as long as a
# whole `java Hello`.

# Sets jdk_version to the feature version (17, 21, 25...) of the java binary $1 and jdk_home to its JDK: from the
# JDK's release file when there is one, else from `java -version`.
read_feature_version() {
  local java=$1 line version=""
  jdk_home=${java%/bin/java}
  # A symbolic link such as /usr/bin/java: the JDK is where it leads.
  if [ -L "$java" ] || [ "$jdk_home" = "$java" ] || [ ! -r "$jdk_home/release" ]; then
    jdk_home=$(readlink -f "$java") && jdk_home=${jdk_home%/bin/java}
  fi
  if [ -r "$jdk_home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      if [[ $line == JAVA_VERSION=* ]]; then
        version=${line#JAVA_VERSION=}
        version=${version//\"/}
        break
      fi
    done < "$jdk_home/release"
  fi
  if [ -z "$version" ]; then
    version=$("$java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  fi
  version=${version#1.}
  jdk_version=${version%%[!0-9]*}
  [ -n "$jdk_version" ]
}

# The feature version of a java binary, printed.
feature_version() {
  read_feature_version "$1" && echo "$jdk_version"
}

usable() {
  [ -x "$1" ] && read_feature_version "$1" && [ "$jdk_version" -ge 21 ]
}

locate_java() {
  found_java="" found_home="" found_version=0
  if [ -n "${JAVA_HOME:-}" ] && usable "$JAVA_HOME/bin/java"; then
    found_java=$JAVA_HOME/bin/java found_home=$jdk_home found_version=$jdk_version
    return
  fi
  local candidate dir dirs
  # The first java on the PATH, as `command -v java` would say, without a subshell.
  IFS=: read -r -a dirs <<< "$PATH"
  for dir in "${dirs[@]}"; do
    if [ -f "${dir:-.}/java" ] && [ -x "${dir:-.}/java" ]; then
      if usable "${dir:-.}/java"; then
        found_java=${dir:-.}/java found_home=$jdk_home found_version=$jdk_version
        return
      fi
      break
    fi
  done
  IFS=: read -r -a dirs <<< "${INDEX_CLI_JDK_DIRS:-/usr/lib/jvm}"
  for dir in "${dirs[@]}"; do
    for candidate in "$dir"/*/bin/java; do
      if usable "$candidate" && [ "$jdk_version" -gt "$found_version" ]; then
        found_java=$candidate found_home=$jdk_home found_version=$jdk_version
      fi
    done
  done
  [ -n "$found_java" ]
}

find_java() {
  locate_java && echo "$found_java"
}

# The message for a machine without a JDK 21+, prefixed with the name of the calling tool.
no_java_message() {
  echo "$1: a JDK 21 or newer is needed (Lucene 10 requires it); install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it"
}
