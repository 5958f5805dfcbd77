/**
 * A worker thread that reads and parses one uploaded plan file at a time (readers.ts, then core/import), so that a file
 * that is slow or heavy to read costs this thread, never the server's event loop. Started by parse-runner.ts.
 */
import { parentPort } from 'node:worker_threads';
import { parsePlanText } from '../../../core/import/parse-plan';
import { AppError } from '../../platform/errors';
import { readPlanFile, UnreadableFileError } from './readers';
import type { ParseReply, ParseRequest } from './parse-runner';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread (see parse-runner.ts)');

port.on('message', (request: ParseRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});
port.postMessage({ ready: true } satisfies ParseReply);

async function handle(request: ParseRequest): Promise<ParseReply> {
  try {
    const read = await readPlanFile(request.bytes, request.fileName, {
      zipLimits: request.zipLimits,
      pdfTimeoutMs: request.pdfTimeoutMs,
    });
    const draft = parsePlanText(read.text, { fileName: request.fileName });
    return { ok: true, format: read.format, text: request.withText ? read.text : undefined, draft };
  } catch (error) {
    if (error instanceof UnreadableFileError)
      return {
        ok: false,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: error.message,
        details: { reason: error.reason },
      };
    if (error instanceof AppError)
      return { ok: false, code: error.code, message: error.message, details: error.details };
    // A bug of ours, not the file's fault: said as such to the person, written to the server's log.
    console.error('plan parse worker:', error);
    return {
      ok: false,
      code: 'INTERNAL',
      message: 'Đã có lỗi ở máy chủ khi đọc tệp. Vui lòng thử lại sau.',
      details: { reason: 'bug' },
    };
  }
}
