import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { taskAttachments, taskComments, taskParties, taskReports, tasks } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { TaskStatus } from '../../../contracts/plans';
import type { Actor } from '../auth/actor';
import { canEdit, isWithin } from '../auth/scope';
import { resolveUnit } from '../units/units.service';
import { markStarted } from './plan-lifecycle.service';
import { assertReports, auditTask, followUp, taskContext, viewsTask, type TaskContext } from './task-access';
import { getTask } from './tasks.service';

export interface ReportFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

/** Accepted attachments, recognised by their first bytes and not by the name the browser sends. */
const FILE_KINDS: { ext: RegExp; type: string; magic: (b: Buffer) => boolean }[] = [
  { ext: /\.pdf$/i, type: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    ext: /\.docx$/i,
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: (b) => b[0] === 0x50 && b[1] === 0x4b,
  },
  {
    ext: /\.xlsx$/i,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: (b) => b[0] === 0x50 && b[1] === 0x4b,
  },
  { ext: /\.png$/i, type: 'image/png', magic: (b) => b.subarray(0, 4).toString('latin1') === '\x89PNG' },
  { ext: /\.jpe?g$/i, type: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
];

export const MAX_REPORT_FILES = 5;
export const MAX_REPORT_FILE_BYTES = 10 * 1024 * 1024;

function checkFile(file: ReportFile): { type: string } {
  const kind = FILE_KINDS.find((k) => k.ext.test(file.fileName));
  if (!kind || !kind.magic(file.data))
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Tệp "${file.fileName}" không phải PDF, DOCX, XLSX hoặc ảnh PNG/JPEG hợp lệ.`,
      { fileName: file.fileName },
    );
  return { type: kind.type };
}

/** A progress report: text, optionally a new status and progress, and attachments, all or nothing. */
export async function addReport(
  db: Db,
  actor: Actor,
  id: number,
  body: {
    text: string;
    status?: TaskStatus | undefined;
    progress?: number | undefined;
    unit?: string | undefined;
  },
  files: ReportFile[],
) {
  const ctx = await taskContext(db, id);
  assertReports(actor, ctx);
  if (!body.text.trim())
    throw new AppError('VALIDATION_FAILED', 'Cần nội dung báo cáo.', [
      { path: 'text', message: 'Thiếu nội dung' },
    ]);
  const checked = files.map((f) => ({ ...f, ...checkFile(f) }));
  const unitId = await reportingUnit(db, actor, ctx, body.unit);
  const reportId = await db.transaction(async (tx) => {
    const [report] = await tx
      .insert(taskReports)
      .values({
        taskId: id,
        unitId,
        text: body.text.trim(),
        status: body.status ?? null,
        progress: body.progress ?? null,
        createdBy: actor.id,
      })
      .returning();
    if (checked.length > 0)
      await tx.insert(taskAttachments).values(
        checked.map((f) => ({
          reportId: report!.id,
          fileName: f.fileName,
          contentType: f.type,
          size: f.data.length,
          sha256: createHash('sha256').update(f.data).digest('hex'),
          data: f.data,
        })),
      );
    const follow = followUp(ctx.task, { status: body.status, progress: body.progress }, ctx.task.deadlineTo);
    if (Object.keys(follow).length > 0)
      await tx
        .update(tasks)
        .set({ ...follow, updatedAt: new Date() })
        .where(eq(tasks.id, id));
    else if (ctx.task.status === 'not_started')
      await tx
        .update(tasks)
        .set({ ...followUp(ctx.task, { status: 'in_progress' }, ctx.task.deadlineTo), updatedAt: new Date() })
        .where(eq(tasks.id, id));
    await markStarted(tx, ctx.plan.id);
    await auditTask(tx, actor, ctx, 'task.report', {
      report: report!.id,
      text: body.text,
      status: body.status ?? null,
      progress: body.progress ?? null,
      files: checked.map((f) => f.fileName),
    });
    return report!.id;
  });
  const detail = await getTask(db, actor, id);
  return detail.reports.find((r) => r.id === reportId)!;
}

/** The unit a report speaks for: the one named, else the reporter's own unit among the task's parties. */
async function reportingUnit(
  db: Db,
  actor: Actor,
  ctx: TaskContext,
  code: string | undefined,
): Promise<number> {
  if (code) {
    const unit = await resolveUnit(db, code);
    if (!canEdit(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
    return unit.id;
  }
  const parties = await db
    .select({ unitId: taskParties.unitId, path: taskParties.unitPath })
    .from(taskParties)
    .where(eq(taskParties.taskId, ctx.task.id));
  const own = parties.find((p) => isWithin(p.path, actor.captureScope));
  return own?.unitId ?? ctx.plan.unit_id;
}

export async function addComment(db: Db, actor: Actor, id: number, text: string) {
  const ctx = await taskContext(db, id);
  if (!viewsTask(actor, ctx)) throw new AppError('OUT_OF_SCOPE');
  if (actor.role === 'viewer') throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(taskComments).values({ taskId: id, userId: actor.id, text }).returning();
    await auditTask(tx, actor, ctx, 'task.comment', { comment: row!.id, text });
    const [author] = await queryRows<{ full_name: string }>(
      tx,
      sql`SELECT full_name FROM users WHERE id = ${actor.id}`,
    );
    return {
      id: row!.id,
      author: author?.full_name ?? actor.username,
      text,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}

export async function getAttachment(db: Db, actor: Actor, id: number) {
  const [file] = await queryRows<{
    file_name: string;
    content_type: string;
    data: Buffer | Uint8Array;
    task_id: number;
  }>(
    db,
    sql`SELECT a.file_name, a.content_type, a.data, r.task_id FROM task_attachments a
        JOIN task_reports r ON r.id = a.report_id WHERE a.id = ${id}`,
  );
  if (!file) throw notFound(`tệp đính kèm số ${id}`);
  const ctx = await taskContext(db, file.task_id);
  if (!viewsTask(actor, ctx)) throw new AppError('OUT_OF_SCOPE');
  return { fileName: file.file_name, contentType: file.content_type, data: Buffer.from(file.data) };
}
