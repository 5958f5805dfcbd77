import type { Db } from '../../../platform/database';
import { todayInVietnam } from '../../../../core/dates/vn-dates';
import { AppError, notFound } from '../../../platform/errors';
import { zipHoldsEntry } from '../../../platform/zip-guard';
import type { Presentation } from '../../../../contracts/conferences';
import type { Actor } from '../../../platform/actor';
import {
  actsForUnit,
  assertNotCancelled,
  auditConference,
  editsConference,
  requireConference,
  viewsConference,
} from '../conference/conference-access.service';
import { onePresentation, requirePresentation } from './presentations.service';
import { insertPresentationEvents, presentationFile, updatePresentationRow } from './presentations.repo';
import { presentationFileMessages as m } from './presentations.messages';

/** A tham luận text is at most 10 MB. */
export const MAX_PRESENTATION_BYTES = 10 * 1024 * 1024;

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface UploadedFile {
  fileName: string;
  data: Buffer;
}

/**
 * PDF or DOCX, told by the bytes (a PDF header; a zip holding word/document.xml), never by the name. The zip's
 * directory is checked through the zip guard and nothing is inflated: a zip bomb is refused with 413 and the guard's
 * reason, a broken zip or one without word/document.xml is neither type (null).
 */
export async function presentationFileType(data: Buffer): Promise<typeof PDF | typeof DOCX | null> {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return PDF;
  if (data[0] !== 0x50 || data[1] !== 0x4b) return null;
  return (await zipHoldsEntry(data, 'word/document.xml')) ? DOCX : null;
}

/** The extension a stored name gets when the browser's name does not say what the bytes are. */
function storedName(fileName: string, type: string): string {
  const name = fileName.trim().replace(/[/\\]/g, '_').slice(0, 200) || 'tham-luan';
  const ext = type === PDF ? '.pdf' : '.docx';
  return name.toLowerCase().endsWith(ext) ? name : name.replace(/\.[a-z0-9]{1,5}$/i, '') + ext;
}

/**
 * The text of a tham luận, uploaded by the organiser or by an editor of the assigned unit (the commune officer from
 * the phone). Who may send is decided before the file is read; its type and size before anything is written; the
 * status becomes submitted.
 */
export async function uploadPresentationFile(
  db: Db,
  actor: Actor,
  id: number,
  read: () => Promise<UploadedFile>,
  now: Date,
): Promise<Presentation> {
  const presentation = await requirePresentation(db, id);
  const conference = await requireConference(db, presentation.conferenceId);
  if (!editsConference(actor, conference) && !actsForUnit(actor, presentation.unitPath))
    throw new AppError(actor.role === 'viewer' ? 'FORBIDDEN' : 'OUT_OF_SCOPE', m.notAssigned);
  assertNotCancelled(conference);
  const file = await read();
  if (file.data.length > MAX_PRESENTATION_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', m.tooLarge);
  if (file.data.length === 0) throw new AppError('VALIDATION_FAILED', m.empty);
  const type = await presentationFileType(file.data);
  if (!type)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', m.wrongType(file.fileName), { fileName: file.fileName });
  const fileName = storedName(file.fileName, type);
  await db.transaction(async (tx) => {
    await updatePresentationRow(tx, id, {
      file: file.data,
      fileName,
      fileType: type,
      fileSize: file.data.length,
      status: 'submitted',
      submittedAt: now,
      submittedBy: actor.id || null,
    });
    await insertPresentationEvents(tx, [
      { presentationId: id, kind: 'submit', text: fileName, byUser: actor.id || null },
    ]);
    await auditConference(tx, actor, conference, 'presentation.submit', {
      entityType: 'presentation',
      entityId: id,
      before: { status: presentation.status },
      after: { status: 'submitted', fileName, size: file.data.length, type },
    });
  });
  return onePresentation(db, conference.id, id, todayInVietnam(now));
}

/** The uploaded text, for those who read the conference and for the assigned unit. */
export async function getPresentationFile(db: Db, actor: Actor, id: number) {
  const presentation = await requirePresentation(db, id);
  const conference = await requireConference(db, presentation.conferenceId);
  if (!viewsConference(actor, conference) && !actsForUnit(actor, presentation.unitPath))
    throw new AppError('OUT_OF_SCOPE');
  const row = await presentationFile(db, id);
  if (!row?.file) throw notFound(m.noFile);
  return { fileName: row.file_name, contentType: row.file_type, data: Buffer.from(row.file) };
}
