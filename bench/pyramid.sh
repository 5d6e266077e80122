#!/usr/bin/env bash
# A synthetic pyramid at each scale given (default 10000 100000 1110000 firms): generate, bulk-load
# into a new embedded store (Neo4j's offline importer, then the first start: schema, indexes, the
# shipped dataset), then the server on it and three entity queries through GraphQL over HTTP.
# Prints, per scale: rows, generate time, offline import time and rows/s, the first start, the
# whole load end to end, store size, peak resident memory of the load, the server's resident
# memory, and p50/p95 of each entity query (20 runs after 3 warm-up runs), and of the biggest
# anchor's suppliers a page at a time and all at once.
#   bench/pyramid.sh [FIRMS...]
# Needs the packaged jar (./mvnw -q -DskipTests package), python3 and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("${@:-10000 100000 1110000}")
jar="$(ls target/little-giants-kb-*.jar | head -1)"
port=18097
for firms in ${scales[@]}; do
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  start=$(date +%s.%N)
  java -Xmx1g -jar "$jar" generate --firms "$firms" --seed 7 --out "$work/files" > "$work/generate.log"
  generated=$(date +%s.%N)
  /usr/bin/time -v java -Xmx1g -jar "$jar" bulk-load "$work/files" --kb.embedded.data-dir="$work/data" \
    --kb.embedded.bolt-port=0 > "$work/bulk.log" 2> "$work/time.txt"
  loaded=$(date +%s.%N)
  # Every request computes its answer (no kept answers, no warm-up): the table is of the questions.
  java -Xmx768m -jar "$jar" --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 --server.port=$port \
    --kb.analytics.cache.max-values=0 --kb.analytics.warm-up-interval=0 > "$work/server.log" 2>&1 &
  server=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$port/actuator/health)" = "200" ]; do sleep 1; done
  ready=$(date +%s.%N)
  python3 - "$firms" "$port" "$server" "$work" "$start" "$generated" "$loaded" "$ready" <<'PY'
import json, re, statistics, sys, time, urllib.error, urllib.request, subprocess
firms, port, pid, work = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
start, generated, loaded, ready = (float(x) for x in sys.argv[5:9])
generate_log = open(work + '/generate.log').read()
bulk_log = open(work + '/bulk.log').read()
rows = int(re.search(r'generate: ([\d,]+) rows', generate_log).group(1).replace(',', ''))
bulk = re.search(r'bulk-load: [\d,]+ rows in ([\d.]+) s \(([\d,]+) rows/s\)', bulk_log)
first_start = float(re.search(r'shipped dataset in ([\d.]+) s', bulk_log).group(1))
peak = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', open(work + '/time.txt').read()).group(1)) // 1024
size = subprocess.run(['du', '-sm', work + '/data/data/databases/neo4j'], capture_output=True, text=True).stdout.split()[0]
rss = int([l for l in open('/proc/%d/status' % pid) if l.startswith('VmRSS')][0].split()[1]) // 1024
print(f'{firms:,} firms: {rows:,} rows; generate {generated - start:.1f} s; offline import {float(bulk.group(1)):.1f} s '
      f'({bulk.group(2)} rows/s); first start (schema, indexes, shipped dataset) {first_start:.1f} s; '
      f'end to end {loaded - start:.1f} s; store {size} MB; load peak RSS {peak} MB; server RSS {rss} MB '
      f'(ready {ready - loaded:.1f} s after the load)')
url = 'http://127.0.0.1:%d/graphql' % port
queries = {
  'a firm with certifications, suppliers and customers':
    '{ firm(id: "syn-f0000001") { name certifications { tier { id } status } suppliers { counterpart { name } } customers { counterpart { name } } } }',
  'a page of 100 Little Giants with products and customers':
    '{ firms(filter: {tier: LITTLE_GIANT}, first: 100) { totalCount edges { node { id name products { name } customers { counterpart { id } } } } } }',
  'a search': '{ search(text: "合成样本企业0000042", first: 10) { score organization { id name } } }',
  'the biggest anchor: a page of 100 suppliers with the total':
    '{ firm(id: "syn-anchor-0000") { relationships(kind: SUPPLIERS, first: 100) { totalCount edges { node { id counterpart { name } } } pageInfo { endCursor } } } }',
  'the biggest anchor: every supplier at once':
    '{ firm(id: "syn-anchor-0000") { suppliers { id counterpart { name } } } }',
}
for name, query in queries.items():
    times = []
    for i in range(23):
        t0 = time.perf_counter()
        try:
            body = json.load(urllib.request.urlopen(urllib.request.Request(url, json.dumps({'query': query}).encode(),
                                                                             {'Content-Type': 'application/json'})))
        except urllib.error.HTTPError as failure:
            # A server error: say so and go on with the next request.
            print(f'  {name}: HTTP {failure.code} after {(time.perf_counter() - t0) * 1000:.0f} ms')
            break
        if 'errors' in body:
            # A list too long to send is refused with its limit named: say so and go on.
            print(f'  {name}: {body["errors"][0].get("extensions", {}).get("limit") or body["errors"][0]["message"]} '
                  f'after {(time.perf_counter() - t0) * 1000:.0f} ms')
            break
        if i >= 3:
            times.append((time.perf_counter() - t0) * 1000)
    if len(times) < 20:
        continue
    times.sort()
    print(f'  {name}: p50 {statistics.median(times):.0f} ms, p95 {times[int(len(times) * 0.95) - 1]:.0f} ms')
PY
  kill $server; wait $server 2>/dev/null || true
  rm -rf "$work"
done
