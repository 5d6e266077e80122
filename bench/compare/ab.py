"""Measures one build of the server for bench/ab.sh, and prints the table of both.

  python3 ab.py measure PORT PID SIDE ROUND NAME_FILTER RUNS WARM_SECONDS   (one JSON line a request)
  python3 ab.py table RESULTS_JSONL                                        (markdown)

Each request of queries.json (ours) whose name contains NAME_FILTER is sent one at a time for
WARM_SECONDS to warm the server up (a JVM just started runs the same request several times
slower), then RUNS times measured (drive.mjs latency, which sends three more first and drops
them), with the server's CPU seconds (user + system, from /proc) read around the measured call
and divided by every request it sent."""
import json, os, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def requests(name_filter):
    queries = json.load(open(os.path.join(HERE, 'queries.json')))
    every = {name: q['ours'] for name, q in queries['entity'].items()} | queries['analytic']
    return {name: q for name, q in every.items() if name_filter in name}


def cpu_seconds(pid):
    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def drive(port, *arguments):
    out = subprocess.run(['node', os.path.join(HERE, 'drive.mjs'), arguments[0], f'http://127.0.0.1:{port}/graphql',
                          *map(str, arguments[1:])], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def measure(port, pid, side, round_, name_filter, runs, warm_seconds):
    for name, query in requests(name_filter).items():
        drive(port, 'throughput', warm_seconds, 1, query)
        before = cpu_seconds(pid)
        result = drive(port, 'latency', runs, query)
        if 'error' in result:
            raise SystemExit(f'{name}: {result["error"]}')
        cpu = (cpu_seconds(pid) - before) / (runs + 3)
        print(json.dumps({'side': side, 'round': int(round_), 'name': name, 'p50': result['p50'],
                          'p95': result['p95'], 'cpu_ms': 1000 * cpu}), flush=True)


def table(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    names = list(dict.fromkeys(r['name'] for r in rows))
    print('| request | A p50 ms, each round | B p50 ms, each round | B / A (mean p50) | A / B CPU ms a request (mean) |')
    print('|---|---|---|---:|---|')
    for name in names:
        a = [r for r in rows if r['name'] == name and r['side'] == 'A']
        b = [r for r in rows if r['name'] == name and r['side'] == 'B']
        p50 = lambda side: ', '.join(f"{r['p50']:.1f}" for r in side)
        mean = lambda side, key: statistics.mean(r[key] for r in side)
        print(f"| {name} | {p50(a)} | {p50(b)} | {mean(b, 'p50') / mean(a, 'p50'):.2f} | "
              f"{mean(a, 'cpu_ms'):.1f} / {mean(b, 'cpu_ms'):.1f} |")


if __name__ == '__main__':
    if sys.argv[1] == 'measure':
        measure(*sys.argv[2:7], int(sys.argv[7]), int(sys.argv[8]))
    else:
        table(sys.argv[2])
