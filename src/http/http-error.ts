import type { ServerResponse } from 'node:http';

/** An HTTP-level refusal (before GraphQL runs), answered as a GraphQL-shaped JSON error with a code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** Bodies refused before GraphQL ran get their JSON error with a code; anything else is a 500, logged. */
export function answerFailure(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    if (!res.headersSent) sendError(res, error.status, error.code, error.message);
    return;
  }
  console.error(error);
  if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  else res.destroy();
}
