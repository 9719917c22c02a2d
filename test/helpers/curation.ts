import type { Executor } from '../../src/db/executor.js';

/** Test tokens (configuration values for the test API only). */
export const EDITOR = 'test-editor-token-0123456789abcdef';
export const READER = 'test-reader-token-0123456789abcdef';
export const TOKENS_ENV = { API_TOKENS: `editor:${EDITOR},reader:${READER}` };
export const asEditor = { authorization: `Bearer ${EDITOR}` };
export const asReader = { authorization: `Bearer ${READER}` };

/** Removes everything a curation test wrote: nodes whose id starts with one of the prefixes, and trade flows of the given period prefix with their reports. */
export async function removeTestData(db: Executor, idPrefixes: string[], periodPrefix?: string): Promise<void> {
  if (periodPrefix) {
    await db.write(
      `MATCH (f:TradeFlow) WHERE f.period STARTS WITH $periodPrefix
       OPTIONAL MATCH (f)<-[:REPORTS]-(r:TradeReport)
       DETACH DELETE f, r`,
      { periodPrefix }, 'test cleanup flows');
  }
  await db.write('MATCH (n) WHERE any(prefix IN $idPrefixes WHERE n.id STARTS WITH prefix) DETACH DELETE n', { idPrefixes }, 'test cleanup');
}
