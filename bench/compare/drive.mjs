// Sends GraphQL requests over HTTP (keep-alive) and prints JSON: latencies one at a time, or
// throughput from concurrent clients.
//   node drive.mjs latency URL RUNS QUERY
//   node drive.mjs throughput URL SECONDS CLIENTS QUERY
// A response with errors counts as an error; latency runs stop at the first one.
const [mode, url, ...rest] = process.argv.slice(2);

async function send(query) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(body.errors[0].message);
  }
  return body;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

if (mode === 'latency') {
  const [runs, query] = [Number(rest[0]), rest[1]];
  const times = [];
  try {
    for (let i = 0; i < runs + 3; i++) {
      const start = performance.now();
      await send(query);
      if (i >= 3) {
        times.push(performance.now() - start);
      }
    }
    console.log(JSON.stringify(summary(times)));
  } catch (error) {
    console.log(JSON.stringify({ error: error.message }));
  }
} else if (mode === 'throughput') {
  const [seconds, clients, query] = [Number(rest[0]), Number(rest[1]), rest[2]];
  await send(query);
  const times = [];
  let errors = 0;
  const stop = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < stop) {
      const start = performance.now();
      try {
        await send(query);
        times.push(performance.now() - start);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  console.log(JSON.stringify({ ...summary(times), errors, perSecond: times.length / seconds }));
} else {
  console.error('usage: drive.mjs latency URL RUNS QUERY | throughput URL SECONDS CLIENTS QUERY');
  process.exit(2);
}
