import { BadInputError, LimitExceededError } from '../../errors.js';
import type { Config } from '../../config.js';

/** The page size a field will use: the default when absent; above the maximum it is refused, not trimmed. */
export function pageSize(first: number | null | undefined, config: Pick<Config, 'defaultPageSize' | 'maxPageSize'>, argument = 'first'): number {
  if (first === undefined || first === null) return config.defaultPageSize;
  if (!Number.isInteger(first) || first < 0) throw new BadInputError(argument, 'a whole number from 0', first);
  if (first > config.maxPageSize) throw new LimitExceededError(argument, config.maxPageSize, first);
  return first;
}
