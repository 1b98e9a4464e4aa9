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

# JVM options of the short-lived tools (bin/cloudabi, bin/argdata; not bin/cloudabi-run, whose
# emulator needs C2), used by bin/lib/launch.sh and by the AOT training runs of build-if-stale
# (ADR 0012). Runs of a second: C1 alone compiles for a fraction of C2's CPU time; the serial
# collector starts no helper threads. JVM warnings go to stderr, stdout carries the tool's output;
# AOT/CDS messages are off, so a stale cache (jars rebuilt since) is dropped silently.
TOOL_JVM_OPTIONS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  -Xlog:disable -Xlog:all=warning,aot*=off,cds*=off:stderr)
