# Starts a Java main class of the runner module. Sourced by the scripts in bin/ with MAIN_CLASS set;
# short-lived tools also set TOOL (cloudabi, argdata) to get start-up options and their AOT cache.
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/scripts/lib/common.sh"
find_jdk
if [ ! -f "$ROOT/runner/target/classpath.txt" ] || [ ! -f "$ROOT/runner/target/runner.jar" ]; then
  say "building the command-line tools first (scripts/build-if-stale)" >&2
  "$ROOT/scripts/build-if-stale" >&2
fi
jvm_options=(--enable-native-access=ALL-UNNAMED -Xss4m)
if [ -n "${TOOL:-}" ]; then
  # The AOT cache made by scripts/build-if-stale (ADR 0012) holds the classes loaded and linked
  # by a training run. A missing cache is skipped; a stale one is refused by the JVM, silently.
  jvm_options+=("${TOOL_JVM_OPTIONS[@]}")
  cache="$ROOT/.cache/aot/$TOOL.aot"
  [ -f "$cache" ] && jvm_options+=("-XX:AOTCache=$cache")
fi
exec java "${jvm_options[@]}" \
  -Dcloudabi.native.path="$ROOT/.cache/native/lib" \
  -cp "$ROOT/runner/target/runner.jar:$(cat "$ROOT/runner/target/classpath.txt")" "$MAIN_CLASS" "$@"
