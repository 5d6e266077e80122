#!/usr/bin/env bash
# PROFILE of what the server sends the database for each request of bench/compare/queries.json:
# per statement its time, rows, database hits and the three operators with the most hits.
# Prints markdown. On a store given as a folder (e.g. one bulk-load wrote; the server opens it as
# it is), or on a synthetic pyramid of FIRMS firms (default 10,000) generated and bulk-loaded.
#   bench/profile.sh [FIRMS | DATA_DIR] [NAME_FILTER]
# NAME_FILTER keeps the requests whose name contains it. Needs the packaged jar
# (./mvnw -q -DskipTests package) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-10000}"
filter="${2:-}"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
port=18097
bolt=17697
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" > /dev/null
source bench/store.sh
bench_store "$target"
bench_capture_server $port $bolt

python3 - "$port" "$work" "$filter" <<'PY'
import json, sys
sys.path.insert(0, 'bench/compare')
from capture import capture
port, work, name_filter = int(sys.argv[1]), sys.argv[2], sys.argv[3]
queries = json.load(open('bench/compare/queries.json'))
requests = {name: q['ours'] for name, q in queries['entity'].items()} | queries['analytic']
capture(port, f'{work}/server.log', {n: q for n, q in requests.items() if name_filter in n}, f'{work}/captured.json')
PY
java -cp "$(cat "$work/classpath.txt")" bench/compare/RawCypher.java --profile "bolt://127.0.0.1:$bolt" \
  "$work/captured.json"
