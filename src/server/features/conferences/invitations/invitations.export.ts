import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  inviteeLine,
  renderInvitationPages,
  type InvitationPage,
} from '../../../../core/documents/invitation-batch';
import type { DocModel } from '../../../../core/documents/model';
import { qrPng } from '../../../../core/documents/qr';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Config } from '../../../platform/config';
import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import { docxToPdf, isPdfAvailable } from '../../../platform/pdf';
import type { Actor } from '../../../platform/actor';
import { layoutOfUnit, versionDraft } from '../../documents/documents.service';
import { assertChangesConference, requireConference } from '../conference/conference-access.service';
import {
  conferenceOfDelegate,
  invitationConference,
  invitationDelegates,
  invitationDocumentVersion,
  type DelegateFilter,
  type InvitationConference,
} from './invitations.repo';
import { invitationDraft, personalLink, pointLines } from './invitations.service';
import { UNIT_QR_CAPTION, unitPages } from './unit-invitations.service';
import { invitationsMessages as m } from './invitations.messages';

/** Which pages a batch holds: a page per delegate, or a page per unit (see unit-invitations.service.ts). */
export type InvitationMode = 'delegate' | 'unit';

/** Pages per LibreOffice run: a 3,000-page file in one run takes minutes and a lot of memory; chunks are joined. */
export const PDF_CHUNK_PAGES = 300;

const run = promisify(execFile);

/** The stored giấy mời (its issued version, with number and date), or a preview when none was generated yet. */
async function template(db: Db, c: InvitationConference) {
  if (c.invitationDocumentId === null)
    return { draft: invitationDraft(c) as DocModel, layout: await layoutOfUnit(db, c.unitId) };
  const doc = await invitationDocumentVersion(db, c.invitationDocumentId);
  return {
    draft: (await versionDraft(db, c.invitationDocumentId, doc.version)) as DocModel,
    layout: await layoutOfUnit(db, doc.unit_id),
  };
}

export interface InvitationFile {
  bytes: Uint8Array;
  fileName: string;
  pages: number;
}

/**
 * The giấy mời of the chosen delegates, a page each, addressed to the delegate and carrying their QR code and
 * personal link. Only the organiser may print them: each page holds a delegate's token.
 */
async function invitationPages(
  db: Db,
  actor: Actor,
  conferenceId: number,
  filter: DelegateFilter,
  today: string,
  baseUrl: string,
  mode: InvitationMode = 'delegate',
) {
  assertChangesConference(actor, await requireConference(db, conferenceId));
  const c = (await invitationConference(db, conferenceId))!;
  const delegates = await invitationDelegates(db, conferenceId, filter);
  const pages: InvitationPage[] =
    mode === 'unit'
      ? await unitPages(db, c, delegates, baseUrl, today)
      : delegates.map((d) => {
          const link = personalLink(baseUrl, c, d, today);
          return { invitee: inviteeLine(d), lines: pointLines(d), link, qrPng: qrPng(link) };
        });
  const { draft, layout } = await template(db, c);
  const base = foldVietnamese(
    `giay moi ${draft.number ?? 'du thao'}${mode === 'unit' ? ' don vi' : ''} ${c.title}`,
  )
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, 80);
  const options = mode === 'unit' ? { qrCaption: UNIT_QR_CAPTION } : {};
  return { pages, draft, layout, base, options };
}

export async function invitationsDocx(
  db: Db,
  actor: Actor,
  conferenceId: number,
  filter: DelegateFilter,
  today: string,
  baseUrl: string,
  mode: InvitationMode = 'delegate',
): Promise<InvitationFile> {
  const { pages, draft, layout, base, options } = await invitationPages(
    db,
    actor,
    conferenceId,
    filter,
    today,
    baseUrl,
    mode,
  );
  if (pages.length === 0) throw new AppError('VALIDATION_FAILED', m.noDelegates);
  return {
    bytes: await renderInvitationPages(draft, pages, layout, options),
    fileName: `${base}.docx`,
    pages: pages.length,
  };
}

/** One delegate's giấy mời. */
export async function delegateInvitationDocx(
  db: Db,
  actor: Actor,
  delegateId: number,
  today: string,
  baseUrl: string,
): Promise<InvitationFile> {
  const conferenceId = await conferenceOfDelegate(db, delegateId);
  if (conferenceId === null) throw notFound(m.delegate, { id: delegateId });
  const { pages, draft, layout, base } = await invitationPages(
    db,
    actor,
    conferenceId,
    { delegateId },
    today,
    baseUrl,
  );
  return {
    bytes: await renderInvitationPages(draft, pages, layout),
    fileName: `${base}-${delegateId}.docx`,
    pages: 1,
  };
}

/**
 * The same pages as a PDF: LibreOffice converts chunks of at most PDF_CHUNK_PAGES pages (two at a time, see
 * platform/pdf.ts), and `pdfunite` (poppler-utils) joins them. 503 pdf_unavailable without either tool.
 */
export async function invitationsPdf(
  db: Db,
  actor: Actor,
  conferenceId: number,
  filter: DelegateFilter,
  today: string,
  config: Config,
  chunkPages = PDF_CHUNK_PAGES,
  mode: InvitationMode = 'delegate',
): Promise<InvitationFile> {
  const { pages, draft, layout, base, options } = await invitationPages(
    db,
    actor,
    conferenceId,
    filter,
    today,
    config.publicUrl,
    mode,
  );
  if (pages.length === 0) throw new AppError('VALIDATION_FAILED', m.noDelegates);
  if (!(await isPdfAvailable())) throw new AppError('pdf_unavailable');
  const cacheDir = path.join(config.dataDir, 'cache', 'pdf');
  const chunks: InvitationPage[][] = [];
  for (let i = 0; i < pages.length; i += chunkPages) chunks.push(pages.slice(i, i + chunkPages));
  const pdfs = await Promise.all(
    chunks.map(async (chunk) =>
      docxToPdf(await renderInvitationPages(draft, chunk, layout, options), { cacheDir, timeoutMs: 600_000 }),
    ),
  );
  const bytes = pdfs.length === 1 ? pdfs[0]! : await unite(pdfs);
  return { bytes, fileName: `${base}.pdf`, pages: pages.length };
}

async function unite(pdfs: Uint8Array[]): Promise<Uint8Array> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'phongtrao-unite-'));
  try {
    const inputs = await Promise.all(
      pdfs.map(async (pdf, i) => {
        const file = path.join(work, `part-${String(i).padStart(4, '0')}.pdf`);
        await fs.writeFile(file, pdf);
        return file;
      }),
    );
    const output = path.join(work, 'all.pdf');
    try {
      await run('pdfunite', [...inputs, output], { timeout: 300_000 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new AppError('pdf_unavailable', m.pdfuniteMissing);
      throw error;
    }
    return new Uint8Array(await fs.readFile(output));
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
