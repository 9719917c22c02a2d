import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { cypher } from '../db/cypher.js';
import type { TradeLookups } from '../seed/trade-rows.js';
import type { ComtradeLookups } from './comtrade-rows.js';

export type ImportLookups = TradeLookups & ComtradeLookups;

/** Reads, once per import, everything rows are resolved against (a few hundred entries, not the data). */
export async function loadImportLookups(db: Executor): Promise<ImportLookups> {
  const [row] = await db.read(cypher('writes/import/lookups'), {}, 'import lookups');
  const byName = new Map<string, string>();
  const byHs = new Map<string, string>();
  for (const product of row.products as { id: string; names: string[]; hsCode: string | null }[]) {
    for (const name of product.names) byName.set(name.toLowerCase(), product.id);
    if (product.hsCode) byHs.set(product.hsCode.replace(/\D/g, ''), product.id);
  }
  const countries = new Set(row.countries as string[]);
  const sources = new Map((row.sources as { url: string; id: string }[]).map((source) => [source.url, source.id]));
  return {
    productId: (nameOrId) => byName.get(nameOrId.toLowerCase()),
    productIdByHs: (digits) => byHs.get(digits),
    countryExists: (iso3) => countries.has(iso3),
    // The same id rule as the seed loader, so a URL first seen in an import and later in the seed is one source.
    sourceId: (url) => sources.get(url) ?? `source:url-${createHash('sha1').update(url).digest('hex').slice(0, 12)}`,
  };
}
