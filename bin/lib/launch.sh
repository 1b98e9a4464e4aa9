# Starts a Java main class of the runner module. Sourced by the scripts in bin/ with MAIN_CLASS set.
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/scripts/lib/common.sh"
find_jdk
if [ ! -f "$ROOT/runner/target/classpath.txt" ] || [ ! -d "$ROOT/runner/target/classes" ]; then
  say "building the command-line tools first (scripts/build-if-stale)" >&2
  "$ROOT/scripts/build-if-stale" >&2
fi
mkdir -p "$ROOT/.cache/cds"
# A class-data-sharing archive, created on first use, halves the JVM's start-up time.
exec java --enable-native-access=ALL-UNNAMED -Xss4m -XX:TieredStopAtLevel=1 -Xshare:auto \
  -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$ROOT/.cache/cds/${MAIN_CLASS##*.}.jsa" \
  -Dcloudabi.native.path="$ROOT/.cache/native/lib" \
  -cp "$ROOT/runner/target/classes:$(cat "$ROOT/runner/target/classpath.txt")" "$MAIN_CLASS" "$@"
