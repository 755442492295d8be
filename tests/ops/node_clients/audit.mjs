// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one JSON object: {"ok": n, "warn": [...], "error": [...]}; exits 0 either way.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
const summary = { ok: 0, warn: [], error: [] };
for (const result of results) {
  if (result.status === 'ok') summary.ok += 1;
  else summary[result.status].push({ id: result.id, name: result.name, reason: result.reason });
}
console.log(JSON.stringify(summary));
