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

# JVM options of the command-line tools, used by bin/lib/launch.sh and by the AOT training runs of
# scripts/build-if-stale (ADR 0014). JVM warnings go to stderr, since stdout carries the
# tool's (or the guest's) output; AOT/CDS messages are off, so a stale cache is dropped silently.
# The short-lived tools (cloudabi, argdata) run for a second: C1 alone compiles for a fraction of
# C2's CPU time and the serial collector starts no helper threads. cloudabi-run keeps C2 and G1:
# the emulator's system call path needs the optimising compiler.
tool_jvm_options() { # TOOL -> TOOL_JVM_OPTIONS
  TOOL_JVM_OPTIONS=(--enable-native-access=ALL-UNNAMED -Xss4m
    -Xlog:disable -Xlog:all=warning,aot*=off,cds*=off:stderr)
  case "$1" in
    cloudabi | argdata) TOOL_JVM_OPTIONS+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC) ;;
  esac
}

tools_classpath() { printf '%s' "$ROOT/runner/target/runner.jar:$(cat "$ROOT/runner/target/classpath.txt")"; }

# The JDK AOT cache of a tool (JEP 483/515: classes loaded and linked, method profiles) is valid only
# for the exact jars it was trained with; it counts as current while newer than all of them.
aot_cache_file() { printf '%s' "$ROOT/.cache/aot/$1.aot"; }

aot_cache_current() { # TOOL
  local cache jar
  cache="$(aot_cache_file "$1")"
  [ -f "$cache" ] || return 1
  for jar in $(tools_classpath | tr ':' ' '); do
    [ "$cache" -nt "$jar" ] || return 1
  done
}
