import { BadInputError } from '../../errors.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for the full-text index from a user's words: every Lucene operator character
 * escaped (the words are only words), each word matched whole or as a prefix, words OR-ed
 * (Lucene's default) and ranked by Lucene's score. Empty text is refused.
 */
export function luceneQuery(text: string): string {
  const words = text.trim().split(/\s+/).filter((word) => word.length > 0).slice(0, 12);
  const escaped = words.map((word) => word.replace(SPECIAL, (character) => `\\${character}`)).filter((word) => !/^(AND|OR|NOT|TO)$/.test(word));
  if (escaped.length === 0) throw new BadInputError('text', 'some words to search for', text);
  return escaped.map((word) => `${word} ${word}*`).join(' ');
}
