import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.close(); });

describe('non-null list and flag fields hold for every seeded entity', () => {
  it('returns every field of every entity type without an error', async () => {
    const body = await api.query(`{
      countries(first: 100) { edges { node { id iso3 aliases isAggregate region } } }
      products(first: 100) { edges { node { id stage aliases nationalCodes hsCode } } }
      applications(first: 100) { edges { node { id aliases } } }
      companies(first: 100) { edges { node { id aliases roles } } }
      facilities(first: 100) { edges { node { id kind } } }
      tradeFlows(first: 100) { edges { node { id period exporterIso3 importerIso3 reportsDisagree reportCount } } }
      tradeReports(first: 100) { edges { node { id period basis } } }
      productionStats(first: 100) { edges { node { id year stage } } }
      policies(first: 100) { edges { node { id title kind } } }
      disruptions(first: 100) { edges { node { id kind } } }
      sources(first: 100) { edges { node { id title } } }
      elements(first: 100) { edges { node { id symbol } } }
      industries(first: 100) { edges { node { id name } } }
    }`);
    expect(body.errors).toBeUndefined();
    for (const connection of Object.values(body.data as Record<string, { edges: unknown[] }>)) {
      expect(connection.edges.length).toBeGreaterThan(0);
    }
  });
});
