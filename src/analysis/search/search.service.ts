import { int } from 'neo4j-driver';
import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { LIMITS, bounded } from '../maths/limits.js';
import { luceneQuery } from '../maths/lucene.js';
import type { SearchArgs } from './search.args.js';
import type { SearchHit } from './search.type.js';

/** One round trip: the full-text index, filtered by type, best first (ties by id). */
export async function search(db: Executor, args: SearchArgs): Promise<SearchHit[]> {
  const first = bounded('first', args.first, LIMITS.searchFirst);
  const query = luceneQuery(args.text);
  const rows = await db.read(cypher('queries/analysis/search'), { query, labels: args.types ?? [], first: int(first) }, 'search');
  return rows.map((row) => {
    const { label, ...node } = row.node;
    return { node, label, score: row.score };
  });
}
