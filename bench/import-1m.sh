#!/usr/bin/env bash
# Imports a generated list of 1,000,000 firms (synthetic, marked so) into a fresh embedded
# database with a 512 MB heap, and reports rows/s and peak resident memory.
#   bench/import-1m.sh [ROWS]
# Needs the packaged jar (./mvnw -q -DskipTests package) and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/synthetic-list.py "$rows" "$work/list.csv"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
# First start: schema and shipped dataset, so the timed run measures the import alone.
java -Xmx512m -jar "$jar" import --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 \
  --format list --batch 5 --source-title "Benchmark warm-up" --synthetic --dry-run "$work/list.csv" > /dev/null
/usr/bin/time -v java -Xmx512m -jar "$jar" import --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 \
  --format list --batch 5 --source-title "Synthetic benchmark list" --synthetic "$work/list.csv" \
  2> "$work/time.txt" | grep -v "rows/s, about"
grep -E "Elapsed|Maximum resident" "$work/time.txt"
