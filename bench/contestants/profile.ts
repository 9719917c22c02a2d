import neo4j, { type Driver } from 'neo4j-driver';

export interface ProfileResult {
  /** Sum of db hits over every query of the request (PROFILE of each). */
  dbHits: number;
  queries: number;
}

interface Plan { dbHits?: number; children?: Plan[] }

/**
 * PROFILEs the queries a request ran, with their own parameters, and adds up the db hits.
 * A leading `CYPHER 5` (the @neo4j/graphql version prefix) stays in front of PROFILE.
 */
export async function profileQueries(driver: Driver, queries: { query: string; params: Record<string, unknown> }[]): Promise<ProfileResult> {
  let dbHits = 0;
  for (const { query, params } of queries) {
    const prefix = /^(\s*CYPHER[^\n]*\n)*/i.exec(query)?.[0] ?? '';
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`${prefix}PROFILE ${query.slice(prefix.length)}`, params));
      dbHits += sumHits(result.summary.profile as Plan | false);
    } finally {
      await session.close();
    }
  }
  return { dbHits, queries: queries.length };
}

function sumHits(plan: Plan | false): number {
  if (!plan) return 0;
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + sumHits(child), 0);
}
