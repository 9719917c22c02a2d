import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ErrorCode } from './errors.js';

/**
 * The last word on what a client sees of an error: class-validator failures become
 * BAD_USER_INPUT naming each field, what was received and what was expected; unexpected
 * errors lose their message and stack outside development.
 */
export function createFormatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = flatten(original.extensions.validationErrors);
      return {
        ...formatted,
        message: `Invalid argument: ${problems.map((p) => `${p.field}: expected ${p.expected}, received ${JSON.stringify(p.received)}`).join('; ')}.`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
      };
    }
    const code = formatted.extensions?.code;
    if (!development && (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR)) {
      return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return formatted;
  };
}

interface Problem {
  field: string;
  expected: string;
  received: unknown;
}

function flatten(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((expected) => ({ field, expected, received: error.value }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
