import { describe, expect, it } from 'vitest';
import { authenticate, parseApiTokens } from '../../src/curation/auth.js';
import { refusal } from '../../src/curation/guard.js';
import { loadConfig } from '../../src/config.js';

const EDITOR = 'editor-token-0123456789';
const READER = 'reader-token-0123456789';

describe('API_TOKENS', () => {
  it('parses editor and reader tokens and keeps only digests', () => {
    const problems: string[] = [];
    const tokens = parseApiTokens(`editor:${EDITOR}, reader:${READER}`, problems);
    expect(problems).toEqual([]);
    expect(tokens.map((t) => t.role)).toEqual(['editor', 'reader']);
    expect(JSON.stringify(tokens)).not.toContain(EDITOR);
  });

  it('reports an unknown role, a short token and a token given two roles, all at once through loadConfig', () => {
    expect(() => loadConfig({ API_TOKENS: `admin:${EDITOR},editor:short,editor:${READER},reader:${READER}` })).toThrow(
      /API_TOKENS entry 1: expected "editor:<token>" or "reader:<token>"[\s\S]*entry 2 \(editor\): expected a token of at least 16 characters[\s\S]*entry 4: the same token is configured as editor and as reader/,
    );
  });

  it('refuses REQUIRE_TOKEN_FOR_READS without tokens', () => {
    expect(() => loadConfig({ REQUIRE_TOKEN_FOR_READS: 'true' })).toThrow(/REQUIRE_TOKEN_FOR_READS: expected API_TOKENS/);
  });
});

describe('authenticate and refusal', () => {
  const tokens = parseApiTokens(`editor:${EDITOR},reader:${READER}`, []);

  it('resolves the header to a caller', () => {
    expect(authenticate(undefined, tokens)).toEqual({ kind: 'anonymous' });
    expect(authenticate(`Bearer ${EDITOR}`, tokens)).toMatchObject({ kind: 'token', role: 'editor' });
    expect(authenticate(`bearer ${READER}`, tokens)).toMatchObject({ kind: 'token', role: 'reader' });
    expect(authenticate('Bearer wrong', tokens)).toMatchObject({ kind: 'invalid' });
    expect(authenticate(`Token ${EDITOR}`, tokens)).toMatchObject({ kind: 'invalid' });
  });

  it('mutations: none → UNAUTHENTICATED, reader → FORBIDDEN, editor → allowed; reads open unless required', () => {
    const code = (error: Error | undefined) => (error as { extensions?: { code?: string } } | undefined)?.extensions?.code;
    expect(code(refusal({ kind: 'anonymous' }, 'mutation', false))).toBe('UNAUTHENTICATED');
    expect(code(refusal({ kind: 'token', role: 'reader', name: 'r' }, 'mutation', false))).toBe('FORBIDDEN');
    expect(refusal({ kind: 'token', role: 'editor', name: 'e' }, 'mutation', false)).toBeUndefined();
    expect(refusal({ kind: 'anonymous' }, 'query', false)).toBeUndefined();
    expect(code(refusal({ kind: 'anonymous' }, 'query', true))).toBe('UNAUTHENTICATED');
    expect(code(refusal({ kind: 'invalid', reason: 'x' }, 'query', false))).toBe('UNAUTHENTICATED');
  });
});
