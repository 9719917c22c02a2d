/**
 * npm run generate:flows -- [rows] [file]
 * Writes a deterministic synthetic flow CSV (src/ingest/synthetic.ts) for throughput
 * measurements; default 1,000,000 rows to .neo4j/synthetic/flows-<rows>.csv (git-ignored).
 * Import it only into a throwaway store, e.g. LOCAL_NEO4J_DIR=.neo4j/import-bench.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { FLOW_HEADER, syntheticFlowLines } from '../ingest/synthetic.js';

const count = Number(process.argv[2] ?? 1_000_000);
if (!Number.isInteger(count) || count < 1) {
  console.error(`rows: expected a positive integer, received "${process.argv[2]}"`);
  process.exit(2);
}
const file = process.argv[3] ?? `.neo4j/synthetic/flows-${count}.csv`;
mkdirSync(dirname(file), { recursive: true });
const out = createWriteStream(file);
out.write(`${FLOW_HEADER}\n`);
for (const line of syntheticFlowLines(count)) {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
console.log(`${count} synthetic rows written to ${file}`);
