import { validateSync } from 'class-validator';
import { getMetadataStorage } from 'type-graphql';
import { VALIDATOR_OPTIONS } from '../validate-args.js';

type InputClass = new () => object;

/**
 * Whether an input value (as GraphQL coerced it: plain objects) passes the class-validator rules
 * of its type-graphql input class, exactly as the argument would when type-graphql validates it
 * before a resolver runs. Nested inputs become instances of their own classes first, as
 * type-graphql converts them, so that `@ValidateNested` reaches their rules.
 */
export function isValidInput(type: InputClass, value: unknown): boolean {
  return validateSync(toInstance(type, value as Record<string, unknown>), VALIDATOR_OPTIONS).length === 0;
}

function toInstance(type: InputClass, value: Record<string, unknown>): object {
  const fields = getMetadataStorage().inputTypes.find((input) => input.target === type)?.fields ?? [];
  const instance = new type() as Record<string, unknown>;
  for (const [key, fieldValue] of Object.entries(value)) {
    const fieldType = fields.find((field) => field.schemaName === key)?.getType();
    instance[key] = isInputClass(fieldType) && fieldValue !== null && typeof fieldValue === 'object'
      ? Array.isArray(fieldValue) ? fieldValue.map((item) => toInstance(fieldType, item)) : toInstance(fieldType, fieldValue as Record<string, unknown>)
      : fieldValue;
  }
  return instance;
}

function isInputClass(type: unknown): type is InputClass {
  return typeof type === 'function' && getMetadataStorage().inputTypes.some((input) => input.target === type);
}
