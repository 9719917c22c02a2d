import { BadInputError } from '../../errors.js';

/**
 * Keyset cursors: the sort key and id of the last row seen, so the next page starts with an
 * index seek after it instead of skipping N rows. Opaque to clients (base64url JSON).
 */
export interface CursorPosition {
  sort: string;
  value: string | number | null;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.value, position.id])).toString('base64url');
}

/** Ours are far shorter; a longer string is refused before it is decoded. */
const MAX_CURSOR_LENGTH = 1000;

export function decodeCursor(cursor: string, expectedSort: string, argument = 'after'): CursorPosition {
  if (cursor.length > MAX_CURSOR_LENGTH) {
    throw new BadInputError(argument, `a cursor returned by this field (at most ${MAX_CURSOR_LENGTH} characters)`, `${cursor.length} characters`);
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadInputError(argument, 'a cursor returned by this field', cursor);
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || typeof decoded[2] !== 'string' || typeof decoded[0] !== 'string') {
    throw new BadInputError(argument, 'a cursor returned by this field', cursor);
  }
  const [sort, value, id] = decoded as [string, string | number | null, string];
  if (sort !== expectedSort) {
    throw new BadInputError(argument, `a cursor taken with the same orderBy (${expectedSort})`, `a cursor for ${sort}`);
  }
  return { sort, value, id };
}
