import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';

/** Request size limits as configured (`REQUEST_SIZE_LIMIT`, e.g. `100kb`), in bytes. */
export function parseSize(limit: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(limit);
  if (!match) throw new Error(`parseSize: expected a size such as 100kb or 1mb, received "${limit}"`);
  const unit = { b: 1, kb: 1024, mb: 1024 * 1024 }[match[2].toLowerCase() as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
}

/** Whether a Content-Type names JSON (`application/json` or a `+json` type), whatever its parameters. */
export function isJsonContentType(contentType: string | undefined): boolean {
  const type = contentType?.split(';', 1)[0].trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * The parsed JSON body of a request whose Content-Type is JSON, or undefined for any other (Apollo
 * Server then answers 400 with its own message). Bodies over `limitBytes` are refused as soon as
 * the limit is passed (413), charsets other than UTF-8 with 415, and malformed JSON with 400;
 * an empty JSON body is `{}`, as body-parser reads it.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const contentType = req.headers['content-type'];
  if (!isJsonContentType(contentType)) {
    req.resume();
    return undefined;
  }
  const charset = /;\s*charset=([^;\s]+)/i.exec(contentType ?? '')?.[1]?.replace(/"/g, '').toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    req.resume();
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Unsupported charset "${charset}": send UTF-8.`);
  }
  const declared = Number(req.headers['content-length']);
  if (declared > limitBytes) {
    req.resume();
    throw tooLarge(limitBytes);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  // Not destroyed on an early exit: the rest of an oversized body is discarded, and the 413 still reaches the client.
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limitBytes) {
      req.resume();
      throw tooLarge(limitBytes);
    }
    chunks.push(chunk);
  }
  const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'Request body is not valid JSON.');
  }
}

const tooLarge = (limitBytes: number) => new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body too large: the limit is ${limitBytes} bytes.`);
