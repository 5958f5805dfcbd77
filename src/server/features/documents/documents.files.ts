import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { DocumentDraft } from '../../../contracts/documents';
import { renderDocx } from '../../../core/documents/build-docx';
import { DEFAULT_LAYOUT, type DocLayout } from '../../../core/documents/model';
import { foldVietnamese } from '../../../core/vn-text/fold';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { docxToPdf, isPdfAvailable } from '../../platform/pdf';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Renders a draft to DOCX, or to PDF through LibreOffice (503 pdf_unavailable where it is not installed). */
export async function renderFile(
  draft: DocumentDraft,
  format: 'docx' | 'pdf',
  config: Config,
  layout: DocLayout = DEFAULT_LAYOUT,
): Promise<Uint8Array> {
  const docx = await renderDocx(draft, layout);
  if (format === 'docx') return docx;
  if (!(await isPdfAvailable())) throw new AppError('pdf_unavailable');
  return docxToPdf(docx, { cacheDir: path.join(config.dataDir, 'cache', 'pdf') });
}

/** Sends a file with a name people recognise: "KH-34-KH-BCD.docx". */
export function sendFile(
  reply: FastifyReply,
  bytes: Uint8Array,
  format: 'docx' | 'pdf',
  draft: DocumentDraft,
) {
  const base = foldVietnamese(`${draft.kind} ${draft.number ?? 'du thao'} ${draft.title}`)
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return reply
    .header('content-type', TYPES[format])
    .header('content-disposition', `attachment; filename="${base}.${format}"`)
    .send(Buffer.from(bytes));
}
