// After `vite build`: the console's initial JavaScript (index.html's entry script and the chunks it
// preloads) must stay within its gzip budget, and the chart library must not be among it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 500 * 1024;
const LAZY_ONLY = [/^assets\/charts-/];
const dist = new URL('../dist/', import.meta.url).pathname;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]))];
if (files.length === 0) throw new Error('bundle-budget: no scripts found in dist/index.html');

let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB gzip  ${file}`);
}
console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`);

const eager = files.filter((file) => LAZY_ONLY.some((pattern) => pattern.test(file)));
if (eager.length) {
  console.error(`bundle-budget: ${eager.join(', ')} must load lazily, not with index.html`);
  process.exit(1);
}
if (total > BUDGET_BYTES) {
  console.error('bundle-budget: the initial JS is over budget');
  process.exit(1);
}
