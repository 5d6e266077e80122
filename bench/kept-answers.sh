#!/usr/bin/env bash
# What a user sees of kept answers (AnswerCache) and the warm-up (AnswerWarmUp): starts the server
# as it ships on a store, waits for /actuator/health and for the warm-up, then asks each analytic
# request of bench/compare/queries.json RUNS times in a row through GraphQL. Prints markdown: the
# time to ready and to warmed up, then per request the first time and the rest; then the funnel
# on other days and with filters, EU exposure with other weights and page sizes, the criteria
# audit of each tier with other page sizes (the warm-up asks each with its defaults only), and
# recertifications due in other windows, each asked twice.
# On a store given as a folder (e.g. one bulk-load wrote), or on a synthetic pyramid of FIRMS firms
# (default 10,000) generated and bulk-loaded.
#   bench/kept-answers.sh [FIRMS | DATA_DIR] [RUNS]
# Needs the packaged jar (./mvnw -q -DskipTests package) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-10000}"
runs="${2:-4}"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
port=18096
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

source bench/store.sh
bench_store "$target"
started=$(date +%s.%N)
java -Xmx768m -jar "$jar" --kb.embedded.data-dir="$data" --kb.embedded.bolt-port=0 --server.port=$port \
  > "$work/server.log" 2>&1 &
until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$port/actuator/health)" = "200" ]; do sleep 1; done
ready=$(date +%s.%N)
until grep -q "Analytic answers warmed up" "$work/server.log"; do sleep 1; done
warm=$(date +%s.%N)

python3 - "$port" "$runs" "$started" "$ready" "$warm" <<'PY'
import json, sys, time, urllib.request
port, runs = int(sys.argv[1]), int(sys.argv[2])
started, ready, warm = (float(t) for t in sys.argv[3:6])
print(f'Ready {ready - started:.0f} s after the start; warmed up {warm - started:.0f} s after it.\n')

def ask(document):
    request = urllib.request.Request(f'http://localhost:{port}/graphql',
                                     data=json.dumps({'query': document}).encode(),
                                     headers={'Content-Type': 'application/json'})
    began = time.perf_counter()
    body = urllib.request.urlopen(request, timeout=600).read()
    return (time.perf_counter() - began) * 1000, b'"errors"' in body

print(f'| request | first | the next {runs - 1} |')
print('|---|---|---|')
for name, document in json.load(open('bench/compare/queries.json'))['analytic'].items():
    times = [ask(document) for _ in range(runs)]
    errors = ' (errors)' if any(failed for _, failed in times) else ''
    rest = ', '.join(f'{ms:,.0f}' for ms, _ in times[1:])
    print(f'| {name} | {times[0][0]:,.0f} ms | {rest} ms{errors} |')

print('\n| the funnel with | first | again |')
print('|---|---|---|')
for arguments in ['asOf: "2023-12-31"', 'asOf: "2022-06-30"', 'province: "Zhejiang"', 'level: NATIONAL',
                  'asOf: "2024-12-31", province: "Guangdong"', 'excludeConfidence: [UNVERIFIED]',
                  'sector: "mic-02"', 'sector: "mic-02", asOf: "2023-12-31"']:
    document = ('{ cultivationFunnel(' + arguments + ') { tiers { tier { id } activeFirms proposedFirms '
                'expiredFirms unknownValidityFirms byBatch { batch firms } } } }')
    times = [ask(document) for _ in range(2)]
    errors = ' (errors)' if any(failed for _, failed in times) else ''
    print(f'| `{arguments}` | {times[0][0]:,.0f} ms | {times[1][0]:,.0f} ms{errors} |')

print('\n| other arguments | first | again |')
print('|---|---|---|')
exposure = 'exporters { exporter { id } score certifiedMakers exposedProducts { makerCount } }'
# A ranking without the explanations, which is read from the kept counts alone.
ranking = 'exporters { exporter { id name } score certifiedMakers }'
audit = 'below unknown meets firms { firm { id } verdict checks { criterion status } }'
due = 'truncated items { firm { id name } certification { id validUntil } }'
for question, arguments, fields in [
        ('euExposure', 'weights: {makers: 1, sharedCustomers: 1, documentedRivals: 1}', exposure),
        ('euExposure', 'weights: {makers: 2, sharedCustomers: 5, documentedRivals: 0}', exposure),
        ('euExposure', 'makersPerCode: 5', exposure), ('euExposure', 'first: 50', exposure),
        ('euExposure', 'first: 50', ranking), ('euExposure', 'first: 500', ranking),
        ('criteriaAudit', 'tier: INNOVATIVE_SME, first: 20', audit),
        ('criteriaAudit', 'tier: SPECIALIZED_SME, first: 50', audit),
        ('criteriaAudit', 'first: 20', audit), ('criteriaAudit', 'tier: CHAMPION, first: 500', audit),
        ('recertificationDue', 'from: "2027-01-01", to: "2027-12-31"', due),
        ('recertificationDue', 'from: "2026-06-01", to: "2027-05-31", first: 500', due),
        ('recertificationDue', 'from: "2026-01-01", to: "2028-12-31", tier: CHAMPION', due)]:
    times = [ask('{ ' + question + '(' + arguments + ') { ' + fields + ' } }') for _ in range(2)]
    errors = ' (errors)' if any(failed for _, failed in times) else ''
    shown = ', the ranking alone' if fields == ranking else ''
    print(f'| `{question}({arguments})`{shown} | {times[0][0]:,.0f} ms | {times[1][0]:,.0f} ms{errors} |')
PY
