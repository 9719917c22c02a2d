import { labelOf, type Label } from './labels.js';

/**
 * Cypher that finds nodes of mixed labels by id in one round trip: one UNION branch per label
 * present, each an index seek on that label's id constraint (a label-less `{id: $id}` match
 * would scan every node). Labels come from the id prefixes (a whitelist); ids are parameters.
 */
export function matchByIds(ids: readonly string[], body: (label: Label) => string): { query: string; params: { ids: Record<string, string[]> } } {
  const byLabel: Record<string, string[]> = {};
  for (const id of ids) {
    const label = labelOf(id);
    if (label) (byLabel[label] ??= []).push(id);
  }
  const branches = Object.keys(byLabel).map((label) => `UNWIND $ids.${label} AS id MATCH (n:${label} {id: id}) ${body(label as Label)}`);
  return { query: branches.length > 0 ? `CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}` : '', params: { ids: byLabel } };
}
