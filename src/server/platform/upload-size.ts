import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** Room for a multipart form's own lines (boundaries, part headers, small fields) beside its files. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Refuses an upload whose declared Content-Length is over `maxBytes` (plus the form's own lines) with 413, from the
 * header alone: not a byte of the body has been read. Each upload route calls it after it has decided who the caller
 * is and that the caller may do this action on this object (401, then 403/404), right before it reads the form.
 */
export function assertDeclaredSize(request: FastifyRequest, maxBytes: number, message: string): void {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes + FORM_OVERHEAD_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', message);
}

/**
 * onSend: an error answered before the request's body was read to its end (a refused upload) closes the connection,
 * as Fastify does for a body over its limit. The server then stops reading what the client still sends instead of
 * reading and discarding the rest of the body to keep the connection alive.
 */
export function closeOnUnreadBody(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (error: Error | null, payload?: unknown) => void,
): void {
  const declaresBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (reply.statusCode >= 400 && declaresBody && request.raw.complete === false)
    void reply.header('connection', 'close');
  done(null, payload);
}
