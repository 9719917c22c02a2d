import { getMetadataStorage, validateOrReject, ValidationTypes, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ResolverData, type ValidatorFn } from 'type-graphql';
import type { FieldNode } from 'graphql';

type ArgType = Parameters<ValidatorFn>[1];

export const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Validations run, per request (the context object) and per field of the query document, as
 * promises: a field's arguments come from the document and the request's variables only, so they
 * are the same under every parent the field is resolved for. The siblings of a list start their
 * resolvers together, so they share the one validation in flight (and its error, if any).
 */
const validationsIn = new WeakMap<object, WeakMap<FieldNode, Map<ArgType, Promise<void>>>>();

/**
 * type-graphql's own argument validation (same options, same ArgumentValidationError), given to
 * buildSchema as `validateFn`. Why: its ESM build runs `await import("class-validator")` on every
 * validated argument of every field resolution; a dynamic import settles outside the microtask
 * queue (through the module loader, and tsx's loader thread), so relation fields of sibling
 * parents reached their DataLoader at different moments and one level split into several batches
 * (measured by the benchmark: 6–14 round trips for a three-level list instead of 3). A static
 * import keeps validation in microtasks, so a level's loads meet in one batch again.
 */
export function validateArgs(argValue: unknown, argType: ArgType, { context, info }: ResolverData): Promise<void> | void {
  // Most fields are asked with nothing class-validator would check: no promise, nothing memoized.
  if (!needsChecking(argValue)) return;
  let byField = validationsIn.get(context);
  if (!byField) validationsIn.set(context, (byField = new WeakMap()));
  let byType = byField.get(info.fieldNodes[0]);
  if (!byType) byField.set(info.fieldNodes[0], (byType = new Map()));
  let validation = byType.get(argType);
  if (!validation) byType.set(argType, (validation = validate(argValue)));
  return validation;
}

/** An item of an argument value that class-validator would find something to check in. */
const isChecked = (item: unknown): item is object => validatable(item) && hasCheckedValue(item);

/** Whether an argument value (an object, or a list of them) has any such item. */
const needsChecking = (argValue: unknown): boolean => (Array.isArray(argValue) ? argValue.some(isChecked) : isChecked(argValue));

async function validate(argValue: unknown): Promise<void> {
  try {
    const items = (Array.isArray(argValue) ? argValue : [argValue]).filter(isChecked);
    await Promise.all(items.map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
}

/** Per class: the properties class-validator checks, or null when one is checked even when missing (@IsDefined). */
const checkedPropertiesOf = new WeakMap<object, string[] | null>();

/**
 * Whether class-validator would find anything to check in `value`. With skipMissingProperties it
 * passes over every property that is null or undefined (save under @IsDefined), so a value whose
 * checked properties are all missing passes without being run through it; most list fields are
 * asked with no filter at all. (Profiled on the benchmark's page of companies: class-validator was
 * 0.04 ms of about 2 ms of Node CPU per request, most of it finding the class's metadata.)
 */
function hasCheckedValue(value: object): boolean {
  const target = value.constructor;
  let checked = checkedPropertiesOf.get(target);
  if (checked === undefined) {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
    checked = metadatas.some((metadata) => metadata.type === ValidationTypes.IS_DEFINED) ? null : [...new Set(metadatas.map((metadata) => metadata.propertyName))];
    checkedPropertiesOf.set(target, checked);
  }
  return checked === null || checked.some((name) => (value as Record<string, unknown>)[name] != null);
}
