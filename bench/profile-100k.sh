#!/usr/bin/env bash
# PROFILEs the coverage and drill-down queries and the changed analytic queries on a graph of
# the shipped data plus 100,000 synthetic certified firms (a generated list, marked synthetic),
# the first 20,000 of them in a seven-layer supply chain under Volkswagen (about 38,000
# synthetic SUPPLIES relations): time, database hits and label scans, twice (cold plans, then
# warm).
#   bench/profile-100k.sh [ROWS]
# Needs the packaged jar (./mvnw -q -DskipTests package) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/synthetic-list.py "$rows" "$work/list.csv" 规模测试企业
jar="$(ls target/little-giants-kb-*.jar | head -1)"
java -Xmx1g -jar "$jar" import --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 --format list --batch 5 \
  --source-title "Synthetic scale list" --synthetic "$work/list.csv" | tail -1
python3 bench/synthetic-supply.py "$(( rows < 20000 ? rows : 20000 ))" "$work/supply.csv" 规模测试企业
java -Xmx1g -jar "$jar" import --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 --format relations \
  --source-title "Synthetic supply chain" --synthetic "$work/supply.csv" | tail -1
java -jar "$jar" --kb.embedded.data-dir="$work/data" --server.port=18093 --kb.embedded.bolt-port=17699 > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:18093/actuator/health)" = "200" ]; do sleep 1; done
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" > /dev/null
java -cp "$(cat "$work/classpath.txt")" bench/ProfileQueries.java bolt://127.0.0.1:17699 2>/dev/null
