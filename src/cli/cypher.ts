/**
 * npm run cypher -- <file.cypher> [--param name=<json>]...
 * Runs each statement of a .cypher file and prints the rows. `:param name => <Cypher literal>`
 * lines at the top of the file (Neo4j Browser style) give default parameters; --param overrides.
 * Each statement runs as a read (executeRead) unless it contains a writing clause.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { statements } from '../db/cypher.js';
import { connectForCli } from './connect.js';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--') && !args[args.indexOf(arg) - 1]?.startsWith('--param'));
if (!file) {
  console.error('Usage: npm run cypher -- <file.cypher> [--param name=<json>]...');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const overrides: Record<string, unknown> = {};
args.forEach((arg, index) => {
  if (arg !== '--param') return;
  const [name, ...rest] = (args[index + 1] ?? '').split('=');
  try {
    overrides[name] = JSON.parse(rest.join('='));
  } catch {
    console.error(`--param ${name}: expected name=<JSON value>, received "${args[index + 1]}"`);
    process.exit(2);
  }
});

const database = await connectForCli(loadConfig(), { seedIfEmpty: true });
try {
  const params: Record<string, unknown> = {};
  for (const [, name, expression] of text.matchAll(/^\s*:param\s+(\w+)\s*=>\s*(.+?);?\s*$/gm)) {
    // The file's own default parameter, evaluated by Neo4j exactly as Neo4j Browser would.
    const [row] = await database.executor.read(`RETURN ${expression} AS value`, {}, 'param');
    params[name] = row.value;
  }
  Object.assign(params, overrides);
  for (const statement of statements(text)) {
    const writes = /\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP)\b/i.test(statement.replace(/\/\/.*$/gm, ''));
    const rows = writes ? await database.executor.write(statement, params, 'cypher cli') : await database.executor.read(statement, params, 'cypher cli');
    console.log(JSON.stringify(rows, null, 2));
  }
} finally {
  await database.close();
}
