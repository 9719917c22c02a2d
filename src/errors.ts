import { GraphQLError } from 'graphql';

/**
 * The API's one error vocabulary. Every error a client sees carries `extensions.code`;
 * messages say what was expected and what was received.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export class BadInputError extends GraphQLError {
  constructor(argument: string, expected: string, received: unknown) {
    super(`Invalid value for "${argument}": expected ${expected}, received ${describe(received)}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argument, expected, received: describe(received) },
    });
  }
}

/** A request above a documented maximum (page size, depth, hops): refused, never trimmed. */
export class LimitExceededError extends GraphQLError {
  constructor(argument: string, maximum: number, received: number) {
    super(`"${argument}" may be at most ${maximum}, received ${received}.`, {
      extensions: { code: ErrorCode.LIMIT_EXCEEDED, argument, maximum, received },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(kind: string, id: string) {
    super(`No ${kind} has the id "${id}".`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'A bearer token is required (Authorization: Bearer <token>).') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(detail: string) {
    super(`The graph database is unavailable: ${detail}. Retry shortly.`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
