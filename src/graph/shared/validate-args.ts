import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * type-graphql's own argument validation (same options, same ArgumentValidationError), given to
 * buildSchema as `validateFn`. Why: its ESM build runs `await import("class-validator")` on every
 * validated argument of every field resolution; a dynamic import settles outside the microtask
 * queue (through the module loader, and tsx's loader thread), so relation fields of sibling
 * parents reached their DataLoader at different moments and one level split into several batches
 * (measured by the benchmark: 6–14 round trips for a three-level list instead of 3). A static
 * import keeps validation in microtasks, so a level's loads meet in one batch again.
 */
export async function validateArgs(argValue: unknown): Promise<void> {
  if (!validatable(argValue)) return;
  try {
    if (Array.isArray(argValue)) await Promise.all(argValue.filter(validatable).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(argValue, OPTIONS);
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
}
