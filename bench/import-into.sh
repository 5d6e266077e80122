#!/usr/bin/env bash
# Imports ROWS rows of a generated list (synthetic, marked so) into a copy of an existing
# embedded store, e.g. the 1.11-million-firm pyramid bulk-load built: a list added to a graph
# that already holds data, as users add one. Prints the importer's summary, the command's wall
# time (JVM and database start included) and its peak resident memory. The store is not changed.
#   bench/import-into.sh STORE [ROWS]
# Needs the packaged jar (./mvnw -q -DskipTests package) and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:?usage: bench/import-into.sh STORE [ROWS]}"
rows="${2:-5000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/synthetic-list.py "$rows" "$work/list.csv"
cp -r "$store" "$work/data"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
/usr/bin/time -v java -Xmx512m -jar "$jar" import --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 \
  --format list --batch 5 --source-title "Synthetic benchmark list" --synthetic "$work/list.csv" \
  2> "$work/time.txt" | grep -E "^list.csv: [0-9]+ rows"
grep -E "Elapsed|Maximum resident" "$work/time.txt"
