import { createHash } from 'node:crypto';
import { eq, sql, type SQL } from 'drizzle-orm';
import { taskAttachments, taskComments, taskParties, taskReports, tasks } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { Task, TaskDetail, TaskInput, TaskListQuery, TaskStatus } from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../auth/actor';
import { canEdit, canView, isWithin } from '../auth/scope';
import { recordAudit } from '../audit/audit.service';
import { resolveUnit } from '../units/units.service';
import { PartyResolver } from './parties';
import { findPlan, overdueSql, selectTasks, type PlanRow } from './plans.repo';
import { assertStructureEditable, insertTask, markStarted, viewsPlan, writeVersion } from './plans.service';
import { storedDeadline } from './deadlines';

/** Progress a status implies when progress is not set by hand; paused keeps what it had. */
const STATUS_PROGRESS: Partial<Record<TaskStatus, number>> = {
  not_started: 0,
  in_progress: 50,
  done: 100,
  done_late: 100,
};

interface TaskContext {
  task: typeof tasks.$inferSelect;
  plan: PlanRow;
  partyPaths: string[];
}

async function taskContext(db: Db, id: number): Promise<TaskContext> {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, id));
  if (!task) throw notFound(`nhiệm vụ số ${id}`);
  const plan = await findPlan(db, task.planId);
  const parties = await db
    .select({ path: taskParties.unitPath })
    .from(taskParties)
    .where(eq(taskParties.taskId, id));
  return { task, plan, partyPaths: parties.map((p) => p.path) };
}

const viewsTask = (actor: Actor, ctx: TaskContext) =>
  viewsPlan(actor, ctx.plan.area_path) || ctx.partyPaths.some((p) => canView(actor, p));

/** Who may report on a task: an editor of the plan's unit or of a unit that leads or coordinates it. */
const reportsTask = (actor: Actor, ctx: TaskContext) =>
  canEdit(actor, ctx.plan.unit_path) || ctx.partyPaths.some((p) => canEdit(actor, p));

function assertReports(actor: Actor, ctx: TaskContext): void {
  if (actor.role === 'viewer') throw new AppError('FORBIDDEN');
  if (!reportsTask(actor, ctx))
    throw new AppError(
      'OUT_OF_SCOPE',
      'Chỉ đơn vị chủ trì, phối hợp hoặc đơn vị lập kế hoạch mới cập nhật nhiệm vụ này.',
    );
}

function auditTask(tx: Db, actor: Actor, ctx: TaskContext, action: string, after: unknown, before?: unknown) {
  return recordAudit(tx, actor, {
    action,
    entityType: 'task',
    entityId: ctx.task.id,
    unit: { id: ctx.plan.unit_id, path: ctx.plan.unit_path },
    before,
    after,
  });
}

async function oneTask(db: Db, id: number): Promise<Task> {
  const { items } = await selectTasks(db, sql`t.id = ${id}`, null);
  return items[0]!;
}

export async function addTask(db: Db, actor: Actor, planId: number, input: TaskInput): Promise<Task> {
  const plan = await findPlan(db, planId);
  assertStructureEditable(actor, plan);
  if (input.lead.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Nhiệm vụ chưa có đơn vị chủ trì (Thực hiện).', [
      { path: 'lead', message: 'Thiếu đơn vị chủ trì' },
    ]);
  const resolver = await PartyResolver.forArea(db, {
    unitId: plan.area_unit_id,
    path: plan.area_path,
    name: plan.area_name,
  });
  const id = await db.transaction(async (tx) => {
    const [max] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT coalesce(max(position), 0)::int AS n FROM tasks WHERE plan_id = ${planId} AND parent_task_id IS NULL`,
    );
    const { id } = await insertTask(tx, plan, resolver, input, max!.n + 1);
    await writeVersion(tx, actor, plan);
    await recordAudit(tx, actor, {
      action: 'task.create',
      entityType: 'task',
      entityId: id,
      unit: { id: plan.unit_id, path: plan.unit_path },
      after: input,
    });
    return id;
  });
  return oneTask(db, id);
}

export interface TaskChanges {
  text?: string | undefined;
  lead?: (number | string)[] | undefined;
  support?: (number | string)[] | undefined;
  deadline?: TaskInput['deadline'];
  status?: TaskStatus | undefined;
  progress?: number | null | undefined;
}

/**
 * Changes a task. Content, parties and deadline are the plan's structure (its editors, a new version); status and
 * progress are follow-up (the units doing it). Done after the due day becomes "hoàn thành quá hạn".
 */
export async function updateTask(db: Db, actor: Actor, id: number, changes: TaskChanges): Promise<Task> {
  const ctx = await taskContext(db, id);
  const structural =
    changes.text !== undefined || changes.lead || changes.support || changes.deadline !== undefined;
  if (structural) assertStructureEditable(actor, ctx.plan);
  if (changes.status !== undefined || changes.progress !== undefined) assertReports(actor, ctx);
  if (changes.lead && changes.lead.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Nhiệm vụ phải có ít nhất một đơn vị chủ trì.', [
      { path: 'lead', message: 'Thiếu đơn vị chủ trì' },
    ]);
  const before = await oneTask(db, id);
  await db.transaction(async (tx) => {
    const set: Partial<typeof tasks.$inferInsert> = { updatedAt: new Date() };
    if (changes.text !== undefined) set.text = changes.text;
    if (changes.deadline !== undefined) {
      const d = storedDeadline(changes.deadline, ctx.plan.year);
      Object.assign(set, {
        deadlineRaw: d?.raw ?? null,
        deadlineKind: d?.kind ?? null,
        deadlineFrom: d?.from ?? null,
        deadlineTo: d?.to ?? null,
        recurrence: ctx.task.parentTaskId ? null : (d?.recurrence ?? null),
        deadlineWarning: d?.warning ?? null,
      });
    }
    Object.assign(set, followUp(ctx.task, changes, set.deadlineTo ?? ctx.task.deadlineTo));
    await tx.update(tasks).set(set).where(eq(tasks.id, id));
    if (changes.lead || changes.support) {
      const resolver = await PartyResolver.forArea(tx, {
        unitId: ctx.plan.area_unit_id,
        path: ctx.plan.area_path,
        name: ctx.plan.area_name,
      });
      for (const role of ['lead', 'support'] as const) {
        const refs = changes[role];
        if (!refs) continue;
        const { parties } = await resolver.resolve(tx, refs);
        // The parent of a recurring task and its occurrences share their parties.
        const ids = await queryRows<{ id: number }>(
          tx,
          sql`SELECT id FROM tasks WHERE id = ${id} OR parent_task_id = ${id}`,
        );
        await tx.execute(
          sql`DELETE FROM task_parties WHERE role = ${role} AND task_id IN (SELECT id FROM tasks WHERE id = ${id} OR parent_task_id = ${id})`,
        );
        if (parties.length > 0)
          await tx
            .insert(taskParties)
            .values(ids.flatMap((t) => parties.map((p) => ({ ...p, role, taskId: t.id }))));
      }
    }
    if (structural) await writeVersion(tx, actor, ctx.plan);
    if (changes.status !== undefined || changes.progress !== undefined) await markStarted(tx, ctx.plan.id);
    const after = await oneTask(tx, id);
    await auditTask(tx, actor, ctx, 'task.update', trimTask(after), trimTask(before));
  });
  return oneTask(db, id);
}

/** The fields of a task worth showing in its history. */
function trimTask(t: Task) {
  return {
    text: t.text,
    status: t.status,
    progress: t.progress,
    deadline: t.deadline?.raw ?? null,
    lead: t.lead.map((p) => p.position ?? p.unitName),
    support: t.support.map((p) => p.position ?? p.unitName),
  };
}

function followUp(
  task: typeof tasks.$inferSelect,
  changes: Pick<TaskChanges, 'status' | 'progress'>,
  deadlineTo: string | null,
): Partial<typeof tasks.$inferInsert> {
  const set: Partial<typeof tasks.$inferInsert> = {};
  let status = changes.status;
  if (status === 'done' && deadlineTo && todayInVietnam() > deadlineTo) status = 'done_late';
  if (status !== undefined) {
    set.status = status;
    set.completedOn = status === 'done' || status === 'done_late' ? todayInVietnam() : null;
  }
  if (changes.progress === null) set.progressMode = 'status';
  else if (changes.progress !== undefined) {
    set.progressMode = 'manual';
    set.progress = changes.progress;
  }
  const mode = set.progressMode ?? task.progressMode;
  const effective = status ?? (task.status as TaskStatus);
  // Finishing is 100 % whatever was set by hand; otherwise a hand-set figure stays.
  if (effective === 'done' || effective === 'done_late') set.progress = 100;
  else if (mode === 'status' && STATUS_PROGRESS[effective] !== undefined)
    set.progress = STATUS_PROGRESS[effective];
  return set;
}

export async function deleteTask(db: Db, actor: Actor, id: number): Promise<void> {
  const ctx = await taskContext(db, id);
  assertStructureEditable(actor, ctx.plan);
  if (ctx.plan.issued_version)
    throw new AppError(
      'CONFLICT',
      'Nhiệm vụ của kế hoạch đã ban hành không xóa được; hãy chuyển sang "Tạm dừng".',
    );
  const [reports] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM task_reports WHERE task_id IN (SELECT id FROM tasks WHERE id = ${id} OR parent_task_id = ${id})`,
  );
  if (reports!.n > 0) throw new AppError('CONFLICT', 'Nhiệm vụ đã có báo cáo tiến độ, không xóa được.');
  const before = await oneTask(db, id);
  await db.transaction(async (tx) => {
    const family = sql`SELECT id FROM tasks WHERE id = ${id} OR parent_task_id = ${id}`;
    await tx.execute(sql`DELETE FROM task_comments WHERE task_id IN (${family})`);
    await tx.execute(sql`DELETE FROM task_parties WHERE task_id IN (${family})`);
    await tx.execute(sql`DELETE FROM tasks WHERE parent_task_id = ${id}`);
    await tx.execute(sql`DELETE FROM tasks WHERE id = ${id}`);
    await writeVersion(tx, actor, ctx.plan);
    await auditTask(tx, actor, ctx, 'task.delete', null, trimTask(before));
  });
}

/** The units an account works for: its unit and its organization. */
export async function actorUnits(db: Db, actor: Actor): Promise<number[]> {
  const [row] = await queryRows<{ unit_id: number; organization_id: number | null }>(
    db,
    sql`SELECT unit_id, organization_id FROM users WHERE id = ${actor.id}`,
  );
  return row ? [row.unit_id, ...(row.organization_id ? [row.organization_id] : [])] : [actor.unitId];
}

/** The condition of a task list query on `t` and `pl`, with the scope of the reader. */
export async function taskListCondition(db: Db, actor: Actor, query: TaskListQuery): Promise<SQL> {
  const where: SQL[] = [];
  const role = query.role === 'any' ? sql`` : sql`AND p.role = ${query.role}`;
  if (query.unit) {
    const unit = await resolveUnit(db, query.unit);
    if (!canView(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
    // The unit itself and the organizations directly under it (its UBND, its BCĐ), or its whole subtree. The unit
    // ids as a list, not an OR over a join, so that the parties are found by task_parties_unit_idx.
    where.push(
      query.within
        ? sql`EXISTS (SELECT 1 FROM task_parties p WHERE p.task_id = t.id AND p.unit_path LIKE ${unit.path + '%'} ${role})`
        : sql`EXISTS (SELECT 1 FROM task_parties p WHERE p.task_id = t.id ${role} AND p.unit_id IN (
                SELECT ${unit.id}::int UNION ALL
                SELECT id FROM units WHERE parent_id = ${unit.id} AND level = 'organization'))`,
    );
  } else if (!query.plan) {
    // The account's unit, its organization, and the bodies directly under its unit (a commune's UBND and BCĐ).
    const bodies = await queryRows<{ id: number }>(
      db,
      sql`SELECT id FROM units WHERE parent_id = ${actor.unitId} AND level = 'organization'`,
    );
    const ids = [...new Set([...(await actorUnits(db, actor)), ...bodies.map((b) => b.id)])];
    where.push(
      sql`EXISTS (SELECT 1 FROM task_parties p WHERE p.task_id = t.id ${role} AND p.unit_id IN (${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )}))`,
    );
  }
  if (query.plan) {
    const plan = await findPlan(db, query.plan);
    if (!viewsPlan(actor, plan.area_path)) throw new AppError('OUT_OF_SCOPE');
    where.push(sql`t.plan_id = ${query.plan}`);
  }
  // Recurring parents are followed through their occurrences.
  where.push(sql`t.recurrence IS NULL`);
  // An inbox holds the tasks of running plans; a plan's own list (`plan=`) shows them at every stage.
  if (!query.plan) where.push(sql`pl.status IN ('issued', 'in_progress')`);
  if (query.status) where.push(sql`t.status = ${query.status}`);
  if (query.overdue === true) where.push(overdueSql(todayInVietnam()));
  if (query.overdue === false) where.push(sql`NOT (${overdueSql(todayInVietnam())})`);
  if (query.due_before) where.push(sql`t.deadline_to <= ${query.due_before}`);
  if (query.due_after) where.push(sql`t.deadline_to >= ${query.due_after}`);
  if (query.q) where.push(sql`t.text ILIKE ${'%' + query.q.replace(/[%_\\]/g, (c) => '\\' + c) + '%'}`);
  return sql.join(where, sql` AND `);
}

export async function listTasks(db: Db, actor: Actor, query: TaskListQuery) {
  const where = await taskListCondition(db, actor, query);
  return selectTasks(db, where, query, sql`t.deadline_to ASC NULLS LAST, t.plan_id, t.position, t.id`);
}

export async function getTask(db: Db, actor: Actor, id: number): Promise<TaskDetail> {
  const ctx = await taskContext(db, id);
  if (!viewsTask(actor, ctx)) throw new AppError('OUT_OF_SCOPE');
  const task = await oneTask(db, id);
  const reports = await queryRows<{
    id: number;
    code: string;
    name: string;
    author: string | null;
    text: string;
    status: TaskStatus | null;
    progress: number | null;
    created_at: Date | string;
  }>(
    db,
    sql`SELECT r.id, u.code, u.full_name AS name, us.full_name AS author, r.text, r.status, r.progress, r.created_at
        FROM task_reports r JOIN units u ON u.id = r.unit_id LEFT JOIN users us ON us.id = r.created_by
        WHERE r.task_id = ${id} ORDER BY r.created_at DESC, r.id DESC`,
  );
  const files =
    reports.length === 0
      ? []
      : await queryRows<{
          id: number;
          report_id: number;
          file_name: string;
          content_type: string;
          size: number;
        }>(
          db,
          sql`SELECT id, report_id, file_name, content_type, size FROM task_attachments
              WHERE report_id IN (${sql.join(
                reports.map((r) => sql`${r.id}`),
                sql`, `,
              )}) ORDER BY id`,
        );
  const comments = await queryRows<{
    id: number;
    author: string | null;
    text: string;
    created_at: Date | string;
  }>(
    db,
    sql`SELECT c.id, u.full_name AS author, c.text, c.created_at FROM task_comments c
        LEFT JOIN users u ON u.id = c.user_id WHERE c.task_id = ${id} ORDER BY c.created_at, c.id`,
  );
  const history = await queryRows<{
    at: Date | string;
    actor: string | null;
    actor_name: string | null;
    action: string;
    before: unknown;
    after: unknown;
  }>(
    db,
    sql`SELECT a.at, a.actor_username AS actor, u.full_name AS actor_name, a.action, a.before, a.after
        FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE a.entity_type = 'task' AND a.entity_id = ${String(id)} ORDER BY a.id`,
  );
  const occurrences = ctx.task.recurrence
    ? (await selectTasks(db, sql`t.parent_task_id = ${id}`, null, sql`t.deadline_to, t.id`)).items
    : [];
  const iso = (v: Date | string) => new Date(v).toISOString();
  return {
    ...task,
    reports: reports.map((r) => ({
      id: r.id,
      unitCode: r.code,
      unitName: r.name,
      author: r.author,
      text: r.text,
      status: r.status,
      progress: r.progress,
      createdAt: iso(r.created_at),
      attachments: files
        .filter((f) => f.report_id === r.id)
        .map((f) => ({ id: f.id, fileName: f.file_name, contentType: f.content_type, size: f.size })),
    })),
    comments: comments.map((c) => ({
      id: c.id,
      author: c.author,
      text: c.text,
      createdAt: iso(c.created_at),
    })),
    history: history.map((h) => ({
      at: iso(h.at),
      actor: h.actor,
      actorName: h.actor_name,
      action: h.action,
      before: h.before,
      after: h.after,
    })),
    occurrences,
    canReport: actor.role !== 'viewer' && reportsTask(actor, ctx),
    canEdit:
      canEdit(actor, ctx.plan.unit_path) && !['submitted', 'approved', 'closed'].includes(ctx.plan.status),
  };
}

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
