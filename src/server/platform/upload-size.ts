import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';
import { platformMessages as pm } from './platform.messages';

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
 * The one file of a multipart request (field "file"), read only after the caller was found allowed: refused from
 * its declared Content-Length (413), when not multipart or without a file (400), or when the file passes `maxBytes`
 * while it is read (413). `what` names the file in the messages ("tệp kế hoạch"); nothing is stored here. The bytes
 * are held once, in shared memory (readInto), so a parse worker reads them without a copy.
 */
export async function readOneFile(
  request: FastifyRequest,
  { maxBytes, what }: { maxBytes: number; what: string },
): Promise<{ fileName: string; data: Buffer }> {
  const tooLarge = pm.uploadTooLarge(what, maxBytes);
  assertDeclaredSize(request, maxBytes, tooLarge);
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', pm.uploadNotMultipart(what));
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 }, throwFileSizeLimit: false });
  if (!part) throw new AppError('VALIDATION_FAILED', pm.uploadMissing(what));
  const data = await readInto(part.file, Number(request.headers['content-length'] ?? 0), maxBytes);
  if (!data) throw new AppError('PAYLOAD_TOO_LARGE', tooLarge, { fileName: part.filename });
  return { fileName: part.filename, data };
}

/** The first buffer of a body sent without Content-Length; it doubles as the file comes. */
const UNDECLARED_START = 256 * 1024;

/**
 * A file part read into one SharedArrayBuffer, sized by the request's declared Content-Length (already checked
 * against the limit, and a body holds its file) or, without one, doubled as the file comes: no list of chunks joined
 * at the end, which held the file twice while it was joined, and a worker given the bytes (imports/parse-runner.ts)
 * shares this memory instead of copying it. A chunk a turn of the event loop. Null when the file passes `maxBytes`
 * (busboy stops it there).
 */
async function readInto(
  file: AsyncIterable<Buffer> & { truncated?: boolean },
  declared: number,
  maxBytes: number,
): Promise<Buffer | null> {
  let memory = new SharedArrayBuffer(
    Math.max(1, Math.min(declared > 0 ? declared : UNDECLARED_START, maxBytes)),
  );
  let view = new Uint8Array(memory);
  let size = 0;
  for await (const chunk of file) {
    if (file.truncated) return null;
    if (size + chunk.length > memory.byteLength) {
      const grown = new SharedArrayBuffer(
        Math.max(size + chunk.length, Math.min(memory.byteLength * 2, maxBytes)),
      );
      const next = new Uint8Array(grown);
      next.set(view.subarray(0, size));
      memory = grown;
      view = next;
    }
    view.set(chunk, size);
    size += chunk.length;
    // The event loop gets a turn after each chunk: uploads arriving together were otherwise read in long turns (each
    // socket read many times a turn, the data passed on at once), which held up every other request by up to 100 ms.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (file.truncated) return null;
  return Buffer.from(memory, 0, size);
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
