// Usage: node subscribe.mjs WS_URL TOKEN COUNT [AFTER_CURSOR]
// Subscribes to `alerts` with the graphql-ws reference client; prints "connected", then one JSON
// line per alert; exits 0 after COUNT alerts, 1 on error or after 20 seconds.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, count, after] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  on: { connected: () => console.log('connected') },
});
let seen = 0;
const timer = setTimeout(() => { console.error('timed out'); process.exit(1); }, 20000);
client.subscribe(
  { query: 'subscription($after: String) { alerts(after: $after) { kind message severity } }', variables: { after: after || null } },
  {
    next: (result) => {
      console.log(JSON.stringify(result));
      if (++seen >= Number(count)) { clearTimeout(timer); client.dispose(); process.exit(0); }
    },
    error: (error) => { console.error(error?.code ?? '', error?.reason ?? '', String(error)); process.exit(1); },
    complete: () => {},
  },
);
