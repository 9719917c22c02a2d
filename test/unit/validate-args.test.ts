import { describe, expect, it } from 'vitest';
import { IsDefined, IsOptional, MaxLength } from 'class-validator';
import { ArgumentValidationError, type ResolverData } from 'type-graphql';
import { validateArgs } from '../../src/graph/shared/validate-args.js';

class Filter {
  @IsOptional()
  @MaxLength(3)
  name?: string | null;

  /** Not checked by class-validator: setting it alone gives nothing to check. */
  size?: number;
}

class Required {
  @IsDefined()
  code?: string;
}

/** Each call stands for another request (its own context object) asking one field. */
const validateAlone = (value: unknown) => validateArgs(value, Object as never, { context: {}, info: { fieldNodes: [{}] } } as unknown as ResolverData);

const make = <T extends object>(type: new () => T, values: Partial<T>) => Object.assign(new type(), values);

describe('validateArgs', () => {
  it('rejects a value whose checked property breaks its constraint', async () => {
    await expect(validateAlone(make(Filter, { name: 'too long' }))).rejects.toBeInstanceOf(ArgumentValidationError);
  });

  it('passes a value that meets its constraints', async () => {
    await expect(validateAlone(make(Filter, { name: 'abc' }))).resolves.toBeUndefined();
  });

  it('passes at once, without running class-validator, a value whose checked properties are all missing', () => {
    expect(validateAlone(make(Filter, { name: null, size: 12345 }))).toBeUndefined();
    expect(validateAlone([make(Filter, {}), make(Filter, { size: 1 })])).toBeUndefined();
  });

  it('still checks @IsDefined on a missing property', async () => {
    await expect(validateAlone(make(Required, {}))).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validateAlone(make(Required, { code: 'x' }))).resolves.toBeUndefined();
  });

  it('checks every item of a list argument', async () => {
    await expect(validateAlone([make(Filter, {}), make(Filter, { name: 'too long' })])).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validateAlone([make(Filter, {}), make(Filter, { name: 'ok' })])).resolves.toBeUndefined();
  });
});
