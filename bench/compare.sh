#!/usr/bin/env bash
# Our GraphQL API side by side with the same Cypher sent raw and with @neo4j/graphql, on one
# synthetic pyramid (default 10,000 firms): generate, bulk-load, then the server on the store with
# Bolt on loopback. For each entity query and analytic question: p50/p95 through GraphQL over HTTP
# and of the very statements the server sent for it (read from its Cypher log), replayed over
# Bolt with the Java driver in one read transaction (bench/compare/RawCypher.java); for the three
# entity queries also @neo4j/graphql 7 (bench/compare/peer) on the same database, and the
# throughput of both at 1, 8 and 32 clients. Prints markdown tables.
#   bench/compare.sh [FIRMS | DATA_DIR] [RUNS] [SECONDS] [WARM_SECONDS] [NAME_FILTER]
# NAME_FILTER keeps the requests whose name contains it (e.g. "a firm", or "a " for the three
# entity queries without the analytic questions, which take seconds each at a million firms).
# Needs the packaged jar (./mvnw -q -DskipTests package), python3, Node.js 20 and npm (the peer's
# packages come from the npm registry, pinned by bench/compare/peer/package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."
firms="${1:-10000}"
runs="${2:-20}"
seconds="${3:-10}"
warm="${4:-20}"
filter="${5:-}"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
port=18096
peer_port=18095
bolt=17696
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

cp -r bench/compare/peer "$work/peer"
(cd "$work/peer" && npm ci --no-audit --no-fund --loglevel=error > npm.log 2>&1)
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" > /dev/null

source bench/store.sh
bench_store "$firms"
bench_capture_server $port $bolt
node "$work/peer/server.mjs" bolt://127.0.0.1:$bolt $peer_port > "$work/peer.log" 2>&1 &
until grep -q ready "$work/peer.log"; do sleep 1; done

python3 - "$firms" "$runs" "$seconds" "$port" "$peer_port" "$bolt" "$work" "$server" "$warm" "$filter" <<'PY'
import json, re, subprocess, sys, time, urllib.request
store = sys.argv[1]
runs, seconds, port, peer_port, bolt = (int(x) for x in sys.argv[2:7])
work, server, warm, wanted = sys.argv[7], int(sys.argv[8]), int(sys.argv[9]), sys.argv[10]
def rss():
    return int([l for l in open(f'/proc/{server}/status') if l.startswith('VmRSS')][0].split()[1]) // 1024
rss_loaded = rss()
ours, peer = f'http://127.0.0.1:{port}/graphql', f'http://127.0.0.1:{peer_port}/graphql'
queries = json.load(open('bench/compare/queries.json'))
for group in ('entity', 'analytic'):
    queries[group] = {name: q for name, q in queries[group].items() if wanted in name}
requests = {name: q['ours'] for name, q in queries['entity'].items()} | queries['analytic']

sys.path.insert(0, 'bench/compare')
from capture import capture, post
capture(port, f'{work}/server.log', requests, f'{work}/captured.json')

raw = {}
classpath = open(f'{work}/classpath.txt').read().strip()
out = subprocess.run(['java', '-cp', classpath, 'bench/compare/RawCypher.java', f'bolt://127.0.0.1:{bolt}',
                      f'{work}/captured.json', str(runs), str(warm // 4)], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit('RawCypher failed:\n' + out.stderr[:3000])
for line in out.stdout.splitlines():
    r = json.loads(line)
    raw[r['name']] = r

def drive(*args):
    out = subprocess.run(['node', 'bench/compare/drive.mjs', *map(str, args)], capture_output=True, text=True)
    return json.loads(out.stdout)

def ms(x):
    return f'{x:,.0f}' if x >= 10 else f'{x:.1f}'

# Warm both servers' JIT and caches first: every request RUNS times, then each entity query
# from 8 clients for WARM_SECONDS on each side. A JVM that has served a few dozen requests is
# far from its compiled steady state: at 10,000 firms, after a start, the firm took 12.1 ms p50
# over its first 1,000 requests and 8.3 ms over the next 1,000, and six 10-second runs in a
# row from 8 clients served 89, 111, 151, 175, 191 and 264 requests/s. A long-running server
# is measured as it runs.
for name, query in requests.items():
    drive('latency', ours, runs, query)
for name, q in queries['entity'].items():
    drive('latency', peer, runs, q['peer'])
    if warm > 0:
        drive('throughput', ours, warm, 8, q['ours'])
        drive('throughput', peer, warm, 8, q['peer'])

print(f"{int(store):,} firms" if store.isdigit() else f"the store in {store}", end="")
print(f", {runs} runs one at a time, after {runs} warm-up runs of every request on each side", end="")
print(f" and {warm} s of each entity query from 8 clients\n" if warm > 0 else "\n")
print('| request | statements | GraphQL p50 / p95 ms | raw Cypher p50 / p95 ms | p50 ratio | @neo4j/graphql p50 / p95 ms |')
print('|---|---|---|---|---|---|')
for name, query in requests.items():
    g = drive('latency', ours, runs, query)
    r = raw[name]
    raw_text = r.get('error') or f"{ms(r['p50'])} / {ms(r['p95'])}"
    theirs = ''
    if name in queries['entity']:
        t = drive('latency', peer, runs, queries['entity'][name]['peer'])
        theirs = t.get('error') or f"{ms(t['p50'])} / {ms(t['p95'])}"
    if 'error' in g:
        print(f"| {name} | {r['statements']} | {g['error']} | {raw_text} | | {theirs} |")
        continue
    ratio = '' if 'error' in r else f"{g['p50'] / r['p50']:.2f}"
    print(f"| {name} | {r['statements']} | {ms(g['p50'])} / {ms(g['p95'])} | {raw_text} | {ratio} | {theirs} |")

print(f'\nThroughput, {seconds} s per level, requests/s (p50 ms)\n')
print('| request | clients | ours | @neo4j/graphql | ours / theirs |')
print('|---|---|---|---|---|')
for name, q in queries['entity'].items():
    for clients in (1, 8, 32):
        a = drive('throughput', ours, seconds, clients, q['ours'])
        b = drive('throughput', peer, seconds, clients, q['peer'])
        errors = ''.join(f' ({x["errors"]} errors)' for x in (a, b) if x['errors'])
        print(f"| {name} | {clients} | {a['perSecond']:.1f} ({ms(a['p50'])}) | {b['perSecond']:.1f} ({ms(b['p50'])}) "
              f"| {a['perSecond'] / b['perSecond']:.2f}{errors} |")
print(f'\nOur server\'s resident memory: {rss_loaded:,} MB when ready, {rss():,} MB after the throughput runs (heap 768 MiB)')
PY
