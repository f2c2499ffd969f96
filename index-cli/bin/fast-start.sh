# shellcheck shell=bash disable=SC2034,SC2154
# Sourced by bin/index-cli and bin/make-start-cache, after locate_java (find-jdk.sh): how the JVM of index-cli
# starts fast. benchmarks/README.md ("Start-up") has the measurements behind each choice.
#
# The start cache holds the classes index-cli loads, parsed, verified and, on JDK 25+, linked, with method
# profiles: an AOT cache (-XX:AOTCache, JEP 483/515) on JDK 25+, a dynamic CDS archive on JDK 21-24. It is made by
# a training run of the real commands (fr.paragraphe.cli.StartCacheTraining): by `mvn package`, and, when it is
# missing or stale, by bin/index-cli in the background. In target/start-cache/, for each JDK:
#   <jdk>.current         one line: the cache file's name, then the stamp of what it was made from
#   <jdk>-<id>.aot|.jsa   the cache, never written again once published, so that no running JVM sees it change
# Publishing a cache is one rename of <jdk>.current, so concurrent runs see a complete old cache or a complete new
# one. The stamp (JDK, jars, options) is checked here, not left to the JVM: JDK 25.0.3 uses an AOT cache made from
# a jar that has changed since, classes and all (JDK-8377932, fixed in 25.0.4).

jar=$here/../target/index-cli.jar
start_cache_dir=$here/../target/start-cache

if [ "$found_version" -ge 25 ]; then
  start_cache_kind=aot
  # A missing, stale or unreadable cache must not be reported to the user: the JVM then starts without it.
  # (JDK 21 refuses -Xlog with the aot tag, which JDK 25 introduced.)
  quiet_cache='-Xlog:aot*=off,cds*=off:stderr'
else
  start_cache_kind=jsa
  quiet_cache='-Xlog:cds*=off:stderr'
fi

# The options the cache is made and used with (a cache only fits the options it was made with). Serial GC starts
# fastest; C2 stays on, since C1 alone starts no faster here and made indexing ELTeC 2.3x slower (56 s, not 24 s); -XX:-UsePerfData saves creating the hsperfdata file; native access is granted to Lucene's
# MMapDirectory so that the JVM does not warn. JVM warnings go to stderr, not into index-cli's output.
jvm_options=(-XX:+UseSerialGC -XX:-UsePerfData --enable-native-access=ALL-UNNAMED
  -Xlog:disable -Xlog:all=warning:stderr "$quiet_cache")

start_cache_key=${found_home//[^A-Za-z0-9._-]/_}
start_cache_pointer=$start_cache_dir/$start_cache_key.current

# Sets start_cache_stamp: the JDK (its modules file changes with every update), every jar on the class path, and
# the options, each file by path, size and modification time. One process (stat), about a millisecond.
start_cache_make_stamp() {
  local files
  files=$(stat -L -c '%n:%s:%Y' "$found_home/lib/modules" "$jar" "$here/../target/lib/"*.jar 2>/dev/null) || return 1
  start_cache_stamp="$start_cache_kind ${files//$'\n'/ } ${jvm_options[*]}"
}

# Sets start_cache_options to the options that use the cache when there is a fresh one; fails otherwise.
start_cache_find() {
  local name stamp
  read -r name stamp 2>/dev/null < "$start_cache_pointer" || return 1
  start_cache_make_stamp && [ "$stamp" = "$start_cache_stamp" ] && [ -f "$start_cache_dir/$name" ] || return 1
  if [ "$start_cache_kind" = aot ]; then
    start_cache_options=(-XX:AOTCache="$start_cache_dir/$name")
  else
    start_cache_options=(-XX:SharedArchiveFile="$start_cache_dir/$name")
  fi
}
