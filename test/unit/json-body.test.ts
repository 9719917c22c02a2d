import { describe, expect, it } from 'vitest';
import { isJsonContentType, parseSize } from '../../src/http/json-body.js';

describe('parseSize', () => {
  it('reads bytes, kilobytes and megabytes, in any case', () => {
    expect(parseSize('512b')).toBe(512);
    expect(parseSize('100kb')).toBe(102_400);
    expect(parseSize('1MB')).toBe(1_048_576);
  });

  it('refuses anything else', () => {
    expect(() => parseSize('100')).toThrow(/100kb or 1mb/);
    expect(() => parseSize('1gb')).toThrow(/received "1gb"/);
  });
});

describe('isJsonContentType', () => {
  it('accepts application/json with or without parameters, and +json types', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/graphql-response+json')).toBe(true);
  });

  it('refuses other types and a missing header', () => {
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});
