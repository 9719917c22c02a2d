import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Bearer tokens from configuration (API_TOKENS="editor:<token>,reader:<token>"), parsed once at
 * start. Only SHA-256 digests are kept; a presented token is hashed and compared with every
 * configured digest in constant time (equal-length digests, no early exit), so neither the
 * comparison time nor the order of the list tells an attacker anything.
 */
export const ROLES = ['editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** Shortest token accepted in configuration: a guessable token is a configuration error. */
export const MIN_TOKEN_LENGTH = 16;

export interface ApiToken {
  role: Role;
  digest: Buffer;
  /** A short, non-secret name for logs and transaction metadata: the role and a digest prefix. */
  name: string;
}

/** Who is calling, resolved per request from the Authorization header. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'token'; role: Role; name: string };

const digestOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** Parses API_TOKENS; every problem is returned (not thrown) so config reports them all at once. */
export function parseApiTokens(value: string | undefined, problems: string[]): ApiToken[] {
  if (value === undefined || value.trim() === '') return [];
  const tokens: ApiToken[] = [];
  const seen = new Map<string, Role>();
  value.split(',').map((entry) => entry.trim()).filter(Boolean).forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const role = entry.slice(0, colon).trim() as Role;
    const token = entry.slice(colon + 1).trim();
    if (colon < 0 || !(ROLES as readonly string[]).includes(role)) {
      problems.push(`API_TOKENS entry ${index + 1}: expected "editor:<token>" or "reader:<token>", received a value starting "${entry.slice(0, Math.max(0, colon)) || '(no role)'}:"`);
      return;
    }
    if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
      problems.push(`API_TOKENS entry ${index + 1} (${role}): expected a token of at least ${MIN_TOKEN_LENGTH} characters without spaces, received ${token.length} characters`);
      return;
    }
    const digest = digestOf(token);
    const hex = digest.toString('hex');
    const earlier = seen.get(hex);
    if (earlier && earlier !== role) {
      problems.push(`API_TOKENS entry ${index + 1}: the same token is configured as ${earlier} and as ${role}`);
      return;
    }
    seen.set(hex, role);
    tokens.push({ role, digest, name: `${role}:${hex.slice(0, 8)}` });
  });
  return tokens;
}

/** Resolves the Authorization header to a caller. Never throws: the decision is the caller's. */
export function authenticate(header: string | undefined, tokens: readonly ApiToken[]): Caller {
  if (header === undefined || header.trim() === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match) return { kind: 'invalid', reason: 'expected the header "Authorization: Bearer <token>"' };
  const presented = digestOf(match[1]);
  let found: ApiToken | undefined;
  // Compare with every token, no early exit: the time taken does not depend on which one matched.
  for (const token of tokens) {
    if (timingSafeEqual(presented, token.digest) && !found) found = token;
  }
  return found ? { kind: 'token', role: found.role, name: found.name } : { kind: 'invalid', reason: 'the bearer token is not one this server accepts' };
}
