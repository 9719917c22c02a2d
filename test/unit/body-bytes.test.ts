import { describe, expect, it } from 'vitest';
import { bodyBytes } from '../../src/http/apollo-handler.js';

describe('bodyBytes', () => {
  it('gives the UTF-8 bytes of a body, whether it is ASCII only or not', () => {
    for (const body of ['{"data":{"__typename":"Query"}}', '{"quote":"licensing → remains — active"}', 'Việt Nam, 中国, 😀', 'lone \ud800 surrogate', '']) {
      expect(bodyBytes(body).equals(Buffer.from(body, 'utf8'))).toBe(true);
    }
  });

  it('gives one byte per ASCII character, and é as its two UTF-8 bytes, not its one Latin-1 byte', () => {
    expect(bodyBytes('ab').length).toBe(2);
    expect(bodyBytes('é').length).toBe(2);
    expect([...bodyBytes('é')]).toEqual([0xc3, 0xa9]);
  });
});
