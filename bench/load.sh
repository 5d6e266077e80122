#!/usr/bin/env bash
# Read load against a running server on the shipped data: CLIENTS concurrent clients for SECONDS
# each, at 1, 8 and 32 clients (or the counts given), a mix of the requests analysts send (a firm
# with nested suppliers and certifications, a filtered page of 50 firms, a search, two analytic
# questions). Prints requests/s, errors, latency p50/p95/p99 and the server's resident memory
# before and after each level.
#   bench/load.sh [SECONDS] [CLIENTS...]
# Needs the packaged jar (./mvnw -q -DskipTests package) and python3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
levels=("${@:-1 8 32}")
work="$(mktemp -d)"
port=18091
jar="$(ls target/little-giants-kb-*.jar | head -1)"
java -Xmx768m -jar "$jar" --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 --server.port=$port \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$port/actuator/health)" = "200" ]; do sleep 1; done
python3 - "$port" "$server" "$seconds" ${levels[@]} <<'PY'
import json, sys, threading, time, urllib.request
port, pid, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
levels = [int(x) for x in sys.argv[4:]]
url = 'http://127.0.0.1:%d/graphql' % port
mix = [
    '{ firm(id: "cn-guizhou-anda") { name certifications { tier { id } status } customers { counterpart { name } sources { title } } suppliers { counterpart { name } } } }',
    '{ firms(filter: {province: "33"}, first: 50) { totalCount edges { node { id name certifications { tier { id } } } } } }',
    '{ search(text: "汇顶", first: 10) { score organization { id name } } }',
    '{ importSubstitutes(hsCode: "848340") { items { firm { id } match } coverage { caveats { code } } } }',
    '{ supplyPaths(firmId: "cn-byd", direction: UPSTREAM, maxDepth: 2) { items { firm { id } depth } } }',
]
def rss():
    for line in open('/proc/%d/status' % pid):
        if line.startswith('VmRSS'):
            return int(line.split()[1]) / 1024
def client(stop, latencies, errors, k):
    i = k
    while time.time() < stop:
        body = json.dumps({'query': mix[i % len(mix)]}).encode()
        i += 1
        start = time.perf_counter()
        try:
            req = urllib.request.Request(url, body, {'Content-Type': 'application/json'})
            with urllib.request.urlopen(req, timeout=120) as r:
                answer = json.load(r)
            if answer.get('errors'):
                errors.append(answer['errors'][0].get('message'))
        except Exception as e:
            errors.append(str(e))
        latencies.append(time.perf_counter() - start)
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000
# One warm-up pass over the mix.
client(time.time() + 3, [], [], 0)
print('| clients | requests/s | errors | p50 ms | p95 ms | p99 ms | memory before -> after (MB) |')
print('|---|---|---|---|---|---|---|')
for n in levels:
    before = rss()
    latencies, errors = [], []
    stop = time.time() + seconds
    threads = [threading.Thread(target=client, args=(stop, latencies, errors, k)) for k in range(n)]
    for t in threads: t.start()
    for t in threads: t.join()
    print('| %d | %.1f | %d | %.0f | %.0f | %.0f | %.0f -> %.0f |' % (n, len(latencies) / seconds, len(errors),
          pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), before, rss()))
    if errors:
        print('  first error:', errors[0])
PY
