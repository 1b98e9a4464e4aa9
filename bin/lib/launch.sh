# Starts a Java main class of the runner module. Sourced by the scripts in bin/ with MAIN_CLASS set.
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/scripts/lib/common.sh"
find_jdk
if [ ! -f "$ROOT/runner/target/classpath.txt" ] || [ ! -f "$ROOT/runner/target/runner.jar" ]; then
  say "building the command-line tools first (scripts/build-if-stale)" >&2
  "$ROOT/scripts/build-if-stale" >&2
fi
aot_cache_flags
exec java "${TOOLS_JAVA_FLAGS[@]}" ${AOT_FLAGS[@]+"${AOT_FLAGS[@]}"} \
  -Dcloudabi.native.path="$ROOT/.cache/native/lib" \
  -cp "$(tools_classpath)" "$MAIN_CLASS" "$@"
