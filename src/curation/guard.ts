import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Caller } from './auth.js';

/**
 * The one rule of who may do what: mutations need an editor token; reads are open unless
 * REQUIRE_TOKEN_FOR_READS is set; a token that is presented but wrong is refused everywhere
 * (a client sending a bad token should learn it at once, not get anonymous answers).
 * Returns the error to raise, or undefined when the caller may proceed.
 */
export function refusal(caller: Caller, operation: 'query' | 'mutation' | 'subscription', requireTokenForReads: boolean): Error | undefined {
  if (caller.kind === 'invalid') return new UnauthenticatedError(`Invalid Authorization header: ${caller.reason}.`);
  if (operation === 'mutation') {
    if (caller.kind === 'anonymous') return new UnauthenticatedError('Mutations need a bearer token with the editor role (Authorization: Bearer <token>).');
    if (caller.role !== 'editor') return new ForbiddenError(`Mutations need the editor role; this token has the ${caller.role} role.`);
    return undefined;
  }
  if (requireTokenForReads && caller.kind === 'anonymous') return new UnauthenticatedError('This server requires a bearer token for reads too (Authorization: Bearer <token>).');
  return undefined;
}

/** Called first by every mutation resolver, so a write is refused even if the plugin were left out. */
export function requireEditor(caller: Caller): void {
  const error = refusal(caller, 'mutation', false);
  if (error) throw error;
}
