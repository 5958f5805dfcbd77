import { createHash } from 'node:crypto';
import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import { zipHoldsEntry, ZipRefusedError } from '../../platform/zip-guard';
import type { TaskStatus } from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { canEdit, isWithin } from '../../platform/scope';
import { resolveUnit } from '../units/units.service';
import { markStarted } from './plan-lifecycle.service';
import { auditTask, followUp, taskContext, type TaskContext } from './task-access';
import { assertComments, assertReports, assertViewsTask } from './plans.policy';
import { tasksMessages as m } from './tasks.messages';
import { getTask } from './tasks.service';
import { selectTaskPartyUnits, updateTaskRow } from './tasks.repo';
import {
  findAttachment,
  findUserName,
  insertAttachments,
  insertComment,
  insertReport,
} from './task-reports.repo';

export interface ReportFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

/**
 * Accepted attachments, recognised by their first bytes and not by the name the browser sends. A DOCX or XLSX is a
 * zip: its directory is checked through the zip guard (nothing inflated) and must hold the part that makes it that
 * Office type.
 */
const FILE_KINDS: { ext: RegExp; type: string; magic: (b: Buffer) => boolean; zipPart?: string }[] = [
  { ext: /\.pdf$/i, type: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    ext: /\.docx$/i,
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: (b) => b[0] === 0x50 && b[1] === 0x4b,
    zipPart: 'word/document.xml',
  },
  {
    ext: /\.xlsx$/i,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: (b) => b[0] === 0x50 && b[1] === 0x4b,
    zipPart: 'xl/workbook.xml',
  },
  { ext: /\.png$/i, type: 'image/png', magic: (b) => b.subarray(0, 4).toString('latin1') === '\x89PNG' },
  { ext: /\.jpe?g$/i, type: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
];

export const MAX_REPORT_FILES = 5;
export const MAX_REPORT_FILE_BYTES = 10 * 1024 * 1024;

/** What a report request carries, read by the route once the caller may report. */
export interface ReportInput {
  fields: {
    text: string;
    status?: TaskStatus | undefined;
    progress?: number | undefined;
    unit?: string | undefined;
  };
  files: ReportFile[];
}

/** Does the zip hold `part`? A bomb is refused (413 with the guard's reason, naming the file), a broken zip is not that type. */
async function zipHolds(file: ReportFile, part: string): Promise<boolean> {
  try {
    return await zipHoldsEntry(file.data, part);
  } catch (error) {
    if (error instanceof ZipRefusedError)
      throw new AppError('PAYLOAD_TOO_LARGE', m.fileRefused(file.fileName, error.message), {
        reason: error.reason,
        fileName: file.fileName,
      });
    throw error;
  }
}

async function checkFile(file: ReportFile): Promise<{ type: string }> {
  const kind = FILE_KINDS.find((k) => k.ext.test(file.fileName));
  if (!kind || !kind.magic(file.data) || (kind.zipPart && !(await zipHolds(file, kind.zipPart))))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', m.fileNotAccepted(file.fileName), {
      fileName: file.fileName,
    });
  return { type: kind.type };
}

/**
 * A progress report: text, optionally a new status and progress, and attachments, all or nothing. Who may report
 * is decided before `read` reads the request's body; the files are checked by their bytes before anything is written.
 */
export async function addReport(
  db: Db,
  actor: Actor,
  id: number,
  read: () => Promise<ReportInput>,
  now: Date,
) {
  const today = todayInVietnam(now);
  const ctx = await taskContext(db, id);
  assertReports(actor, ctx.facts);
  const { fields: body, files } = await read();
  if (!body.text.trim())
    throw new AppError('VALIDATION_FAILED', m.reportTextMissing, [
      { path: 'text', message: m.reportTextField },
    ]);
  const checked: (ReportFile & { type: string })[] = [];
  for (const f of files) checked.push({ ...f, ...(await checkFile(f)) });
  const unitId = await reportingUnit(db, actor, ctx, body.unit, today);
  const reportId = await db.transaction(async (tx) => {
    const report = await insertReport(tx, {
      taskId: id,
      unitId,
      text: body.text.trim(),
      status: body.status ?? null,
      progress: body.progress ?? null,
      createdBy: actor.id,
    });
    if (checked.length > 0)
      await insertAttachments(
        tx,
        checked.map((f) => ({
          reportId: report.id,
          fileName: f.fileName,
          contentType: f.type,
          size: f.data.length,
          sha256: createHash('sha256').update(f.data).digest('hex'),
          data: f.data,
        })),
      );
    const follow = followUp(
      ctx.task,
      { status: body.status, progress: body.progress },
      ctx.task.deadlineTo,
      today,
    );
    if (Object.keys(follow).length > 0) await updateTaskRow(tx, id, { ...follow, updatedAt: now });
    else if (ctx.task.status === 'not_started')
      await updateTaskRow(tx, id, {
        ...followUp(ctx.task, { status: 'in_progress' }, ctx.task.deadlineTo, today),
        updatedAt: now,
      });
    await markStarted(tx, ctx.plan.id);
    await auditTask(tx, actor, ctx, 'task.report', {
      report: report.id,
      text: body.text,
      status: body.status ?? null,
      progress: body.progress ?? null,
      files: checked.map((f) => f.fileName),
    });
    return report.id;
  });
  const detail = await getTask(db, actor, id, today);
  return detail.reports.find((r) => r.id === reportId)!;
}

/** The unit a report speaks for: the one named, else the reporter's own unit among the task's parties. */
async function reportingUnit(
  db: Db,
  actor: Actor,
  ctx: TaskContext,
  code: string | undefined,
  today: string,
): Promise<number> {
  if (code) {
    const unit = await resolveUnit(db, code, today);
    if (!canEdit(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
    return unit.id;
  }
  const parties = await selectTaskPartyUnits(db, ctx.task.id);
  const own = parties.find((p) => isWithin(p.path, actor.captureScope));
  return own?.unitId ?? ctx.plan.unit_id;
}

export async function addComment(db: Db, actor: Actor, id: number, text: string) {
  const ctx = await taskContext(db, id);
  assertComments(actor, ctx.facts);
  return db.transaction(async (tx) => {
    const row = await insertComment(tx, { taskId: id, userId: actor.id, text });
    await auditTask(tx, actor, ctx, 'task.comment', { comment: row.id, text });
    return {
      id: row.id,
      author: (await findUserName(tx, actor.id)) ?? actor.username,
      text,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export async function getAttachment(db: Db, actor: Actor, id: number) {
  const file = await findAttachment(db, id);
  if (!file) throw notFound(m.attachmentNumbered(id));
  const ctx = await taskContext(db, file.taskId);
  assertViewsTask(actor, ctx.facts);
  return { fileName: file.fileName, contentType: file.contentType, data: Buffer.from(file.data) };
}
