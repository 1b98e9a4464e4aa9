# Starts a Java main class of the runner module. Sourced by the scripts in bin/ with MAIN_CLASS set;
# and TOOL (cloudabi-run, cloudabi, argdata), which selects the JVM options and the AOT cache.
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/scripts/lib/common.sh"
find_jdk
if [ ! -f "$ROOT/runner/target/classpath.txt" ] || [ ! -f "$ROOT/runner/target/runner.jar" ]; then
  say "building the command-line tools first (scripts/build-if-stale)" >&2
  "$ROOT/scripts/build-if-stale" >&2
fi
tool_jvm_options "$TOOL"
# The AOT cache made by scripts/build-if-stale; a missing or stale one is simply not used.
aot_cache_current "$TOOL" && TOOL_JVM_OPTIONS+=("-XX:AOTCache=$(aot_cache_file "$TOOL")")
exec java "${TOOL_JVM_OPTIONS[@]}" \
  -Dcloudabi.native.path="$ROOT/.cache/native/lib" \
  -cp "$(tools_classpath)" "$MAIN_CLASS" "$@"
