#!/usr/bin/env bash
# Every export at scale: starts the server with the warm-up off, downloads each export of
# bench/exports.txt once with curl, and prints its status, time, curl's exit code (18: the
# download ended unfinished) and its lines. A download must arrive whole or fail as a download.
# On a store given as a folder (e.g. one bulk-load wrote), or on a synthetic pyramid of FIRMS firms
# (default 10,000) generated and bulk-loaded.
#   bench/exports.sh [FIRMS | DATA_DIR]
# Needs the packaged jar (./mvnw -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-10000}"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
port=18099
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

source bench/store.sh
bench_store "$target"
bench_cold_server $port

echo '| export | status | time | curl exit | lines |'
echo '|---|---|---|---|---|'
grep -v '^#' bench/exports.txt | while read -r export; do
  [ -n "$export" ] || continue
  result="$(curl -s -m 1800 -o "$work/download" -w '%{http_code} | %{time_total} s' "localhost:$port/export/$export" \
    && echo ' | 0' || echo " | $?")"
  echo "| \`$export\` | $result | $(wc -l < "$work/download") |"
done
