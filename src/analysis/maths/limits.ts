import { BadInputError, LimitExceededError } from '../../errors.js';

/**
 * The bounds of the analysis fields: a default when the argument is absent and a hard maximum.
 * A request above the maximum is refused (LIMIT_EXCEEDED), never trimmed.
 */
export const LIMITS = {
  maxDepth: { default: 3, max: 6 },
  maxHops: { default: 4, max: 6 },
  pathsFirst: { default: 10, max: 50 },
  subgraphDepth: { default: 1, max: 3 },
  subgraphIds: { default: 1, max: 50 },
  searchFirst: { default: 10, max: 50 },
  seriesMonths: { default: 12, max: 120 },
} as const;

export function bounded(argument: string, value: number | null | undefined, limit: { default: number; max: number }, min = 1): number {
  if (value === undefined || value === null) return limit.default;
  if (!Number.isInteger(value) || value < min) throw new BadInputError(argument, `a whole number from ${min}`, value);
  if (value > limit.max) throw new LimitExceededError(argument, limit.max, value);
  return value;
}

/**
 * Replaces the upper bound of the one variable-length pattern marked `/*<marker>*\/` in a query
 * file (e.g. `*0..3 /*maxDepth*\/`) with a validated integer: the file keeps a runnable default
 * for Neo4j Browser, the API inlines the requested bound (bounds cannot be parameters).
 */
export function withBound(query: string, marker: string, value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 20) throw new Error(`bound ${marker}: expected a small integer, received ${value}`);
  const pattern = new RegExp(`(\\.\\.|,)\\s*\\d+(\\s*\\}?\\]?\\s*)/\\*${marker}\\*/`, 'g');
  let count = 0;
  const replaced = query.replace(pattern, (_match, separator: string, rest: string) => {
    count += 1;
    return `${separator}${value}${rest}/*${marker}*/`;
  });
  if (count === 0) throw new Error(`bound ${marker}: the query has no /*${marker}*/ marker`);
  return replaced;
}
