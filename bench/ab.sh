#!/usr/bin/env bash
# Two builds of the server, A and B, on one store, in alternating rounds: each request of
# bench/compare/queries.json whose name contains NAME_FILTER, through GraphQL over HTTP one at
# a time (for WARM_SECONDS to warm up, then RUNS measured), with the server's CPU per request.
# A shared machine slows both builds of a round alike (A first in odd rounds, B first in even
# ones), so compare within rounds and across their means. Answers are computed afresh (no
# kept answers, no background warm-up), as compare.sh runs.
#   bench/ab.sh JAR_A JAR_B [FIRMS | DATA_DIR] [ROUNDS] [NAME_FILTER] [RUNS] [WARM_SECONDS]
# Defaults: a 10,000-firm pyramid (generated and bulk-loaded with JAR_A), 2 rounds, every
# request, 50 runs after 15 s. Prints a markdown table. Needs node and python3.
# One jar in two configurations: the same JAR twice, with A_JAVA / B_JAVA (JVM options; default
# -Xmx768m, the README's) and A_ARGS / B_ARGS (more server arguments, e.g.
# --kb.embedded.page-cache=1g).
set -euo pipefail
cd "$(dirname "$0")/.."
a="$(realpath "$1")"
b="$(realpath "$2")"
target="${3:-10000}"
rounds="${4:-2}"
filter="${5:-}"
runs="${6:-50}"
warm="${7:-15}"
port=18096
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

jar="$a"
source bench/store.sh
bench_store "$target"

for round in $(seq 1 "$rounds"); do
  # A first in odd rounds, B first in even ones: neither always follows the other.
  order="A B"
  [ $((round % 2)) -eq 0 ] && order="B A"
  for side in $order; do
    jar="$a" java_options="${A_JAVA:--Xmx768m}" arguments="${A_ARGS:-}"
    [ "$side" = B ] && jar="$b" java_options="${B_JAVA:--Xmx768m}" arguments="${B_ARGS:-}"
    # shellcheck disable=SC2086 # options and arguments are lists of words
    java $java_options -jar "$jar" --kb.embedded.data-dir="$data" --kb.embedded.bolt-port=0 \
      --server.port=$port --kb.analytics.cache.max-values=0 --kb.analytics.warm-up-interval=0 \
      $arguments > "$work/server-$side.log" 2>&1 &
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health")" = "200" ]; do
      kill -0 "$server" 2> /dev/null || { tail -20 "$work/server-$side.log"; exit 1; }
      sleep 1
    done
    python3 bench/compare/ab.py measure $port "$server" "$side" "$round" "$filter" "$runs" "$warm" \
      >> "$work/results.jsonl"
    kill "$server"
    wait "$server" 2> /dev/null || true
  done
done
python3 bench/compare/ab.py table "$work/results.jsonl"
