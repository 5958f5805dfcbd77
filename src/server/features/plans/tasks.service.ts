import { eq, sql, type SQL } from 'drizzle-orm';
import { taskParties, tasks } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { Task, TaskDetail, TaskInput, TaskListQuery, TaskStatus } from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../auth/actor';
import { canEdit, canView } from '../auth/scope';
import { recordAudit } from '../audit/audit.service';
import { resolveUnit } from '../units/units.service';
import { PartyResolver } from './parties';
import { findPlan, overdueSql, selectTasks } from './plans.repo';
import { assertStructureEditable, insertTask, viewsPlan, writeVersion } from './plan-structure';
import { markStarted } from './plan-lifecycle.service';
import { storedDeadline } from './deadlines';
import {
  actorUnits,
  assertReports,
  auditTask,
  followUp,
  oneTask,
  reportsTask,
  taskContext,
  viewsTask,
  type TaskChanges,
} from './task-access';

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
