// The GraphQL-over-HTTP conformance audit of graphql-http, against a running server:
//   node audit.mjs http://127.0.0.1:8080/graphql
// Prints one JSON line per audit: its id, name (starting MUST, SHOULD or MAY), status (ok,
// warn or error) and, when it did not pass, the reason.
import { auditServer } from 'graphql-http';

const results = await auditServer({ url: process.argv[2] });
for (const result of results) {
  console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason: result.reason }));
}
