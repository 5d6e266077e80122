#!/usr/bin/env bash
# What an analyst meets first on a large store: starts the server with the warm-up off, then asks
# every example of GraphiQL (static/graphiql/examples.js) and the drill-downs and filters of
# bench/examples.json twice, and prints each one's time the first time and again, and its
# errors; a request taking $after is asked a third time for the page after its first. A request that fails or takes minutes here will for a user too.
# On a store given as a folder (e.g. one bulk-load wrote), or on a synthetic pyramid of FIRMS firms
# (default 10,000) generated and bulk-loaded.
#   bench/examples.sh [FIRMS | DATA_DIR]
# Needs the packaged jar (./mvnw -q -DskipTests package) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-10000}"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
port=18098
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

source bench/store.sh
bench_store "$target"
bench_cold_server $port

python3 - "$port" <<'PY'
import json, re, sys, time, urllib.request
port = int(sys.argv[1])
source = open('src/main/resources/static/graphiql/examples.js', encoding='utf-8').read()
requests = re.findall(r"name: '(\w+)'.*?query: `(.*?)`", source, re.S)
requests += list(json.load(open('bench/examples.json', encoding='utf-8')).items())

def ask(document, after=None):
    body = {'query': document, 'variables': {'after': after} if '$after' in document else {}}
    request = urllib.request.Request(f'http://localhost:{port}/graphql', data=json.dumps(body).encode(),
                                     headers={'Content-Type': 'application/json'})
    began = time.perf_counter()
    try:
        answer = json.loads(urllib.request.urlopen(request, timeout=600).read())
    except Exception as ex:
        return time.perf_counter() - began, str(ex)[:160], None
    errors = answer.get('errors')
    return time.perf_counter() - began, errors[0]['message'][:160] if errors else '', answer

def end_cursor(answer):
    """The first endCursor in an answer, for the next page of a document taking $after."""
    found = re.search(r'"endCursor": "([^"]+)"', json.dumps(answer))
    return found.group(1) if found else None

print('| request | first | again | next page | error |')
print('|---|---|---|---|---|')
for name, document in requests:
    (first, error, answer), (again, _, _) = ask(document), ask(document)
    cursor = end_cursor(answer) if '$after' in document and answer else None
    following = f'{ask(document, cursor)[0]:,.2f} s' if cursor else ''
    print(f'| {name} | {first:,.2f} s | {again:,.2f} s | {following} | {error} |', flush=True)
PY
