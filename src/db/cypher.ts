import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's cypher/ folder: static queries live there, one per file, shared with Neo4j Browser users. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`, read once (shared by every request).
 * Lines starting with `:param` (Neo4j Browser parameter lines) are dropped.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = stripBrowserCommands(readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (schema, scripts) on `;` at line ends. */
export function statements(text: string): string[] {
  return stripBrowserCommands(text)
    .split(/;\s*(?:\r?\n|$)/)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}

/** Names (without extension) of every .cypher file under a folder of cypher/, e.g. listCypherFiles('queries'). */
export function listCypherFiles(folder: string): string[] {
  const root = join(CYPHER_DIR, folder);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.cypher')) found.push(relative(CYPHER_DIR, path).split(sep).join('/').replace(/\.cypher$/, ''));
    }
  };
  walk(root);
  return found.sort();
}

function stripBrowserCommands(text: string): string {
  return text.split(/\r?\n/).filter((line) => !/^\s*:/.test(line)).join('\n');
}
