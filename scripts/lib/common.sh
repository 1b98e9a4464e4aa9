# Shared helpers for the project's scripts. Source it; it defines functions and ROOT only.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NATIVE_DIR="$ROOT/.cache/native"

say() { printf '[workbench] %s\n' "$*" >&2; }
die() { printf '[workbench] error: %s\n' "$*" >&2; exit 1; }

# Prints the major version of the JDK at $1, or nothing. Reads the JDK's release file: starting a JVM
# here would slow down every command-line tool.
jdk_major() {
  local v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || return 0
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  printf '%s' "$v"
}

# Exports JAVA_HOME (and PATH) for a JDK 25 or newer: $JAVA_HOME first, then the usual JVM folders.
find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "no JDK 25 found (looked at \$JAVA_HOME and /usr/lib/jvm). Install one, e.g. Temurin 25 (apt package temurin-25-jdk from the Adoptium repository), then set JAVA_HOME to it."
}

require_maven() {
  command -v mvn >/dev/null 2>&1 || die "Maven is not installed. Install Apache Maven 3.8 or newer (Debian/Ubuntu: apt-get install maven)."
}

is_root() { [ "$(id -u)" = 0 ]; }

# The JDK's AOT cache of the command-line tools (JEP 483/515: classes loaded and linked, method
# profiles): starting a tool with it costs about 0.4 s less CPU. It is only valid for the exact jars
# it was trained with, so it is rebuilt after every build and used only while newer than them.
AOT_CACHE="$ROOT/runner/target/cloudabi-tools.aot"
TOOLS_JAVA_FLAGS=(--enable-native-access=ALL-UNNAMED -Xss4m)

tools_classpath() { printf '%s' "$ROOT/runner/target/runner.jar:$(cat "$ROOT/runner/target/classpath.txt")"; }

# Trains the cache with one emulated run of the syscall_bench example (system calls of both kinds,
# YAML parsing, Argdata); without Unicorn or on failure there is simply no cache.
build_aot_cache() {
  local example="$ROOT/resources/examples/syscall_bench/prebuilt/x86_64/syscall_bench"
  rm -f "$AOT_CACHE"
  [ -f "$example" ] && [ -d "$NATIVE_DIR/lib" ] || return 0
  printf '%s\n' '%TAG ! tag:nuxi.nl,2015:cloudabi/' '---' 'stdout: !fd stdout' 'sink: !fd stdout' \
      'clock_calls: 200000' 'write_calls: 200000' |
    java "${TOOLS_JAVA_FLAGS[@]}" -XX:AOTCacheOutput="$AOT_CACHE" -Xlog:aot=off,cds=off \
      -Dcloudabi.native.path="$NATIVE_DIR/lib" -cp "$(tools_classpath)" \
      dev.cloudabi.runner.cli.CloudabiRunMain "$example" >/dev/null 2>&1 || rm -f "$AOT_CACHE"
}

# Sets AOT_FLAGS to the java options that use the cache when it is at least as new as every jar
# of the tools' class path (an array, empty otherwise; the JVM would ignore a stale cache anyway).
aot_cache_flags() {
  local jar
  AOT_FLAGS=()
  [ -f "$AOT_CACHE" ] || return 0
  for jar in $(tools_classpath | tr ':' ' '); do
    [ "$jar" -nt "$AOT_CACHE" ] && return 0
  done
  AOT_FLAGS=("-XX:AOTCache=$AOT_CACHE" "-Xlog:aot=off,cds=off")
}
