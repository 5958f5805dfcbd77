import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { Task, TaskInput, TaskStatus } from '../../../contracts/plans';
import type { TaskDetail, TaskListQuery } from '../../../contracts/tasks';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { canView } from '../../platform/scope';
import { recordAudit } from '../audit/audit.service';
import { resolveUnit } from '../units/units.service';
import { PartyResolver } from './parties';
import { actorUnits } from '../notifications/notifications.service';
import { findPlan } from './plans.repo';
import {
  countFamilyReports,
  deleteFamilyParties,
  deleteTaskFamily,
  insertTaskParties,
  maxTaskPosition,
  selectBodiesUnder,
  selectTaskFamilyIds,
  selectTasks,
  updateTaskRow,
  type PartyFilter,
  type TaskFilter,
  type TaskRecord,
} from './tasks.repo';
import { selectTaskHistory, selectTaskReports } from './task-reports.repo';
import { insertTask, writeVersion } from './plan-structure';
import {
  assertReports,
  assertStructureOpen,
  assertViewsPlan,
  assertViewsTask,
  editsTask,
  planFacts,
  reportsTask,
} from './plans.policy';
import { tasksMessages as m } from './tasks.messages';
import { markStarted } from './plan-lifecycle.service';
import { storedDeadline } from './deadlines';
import { auditTask, followUp, oneTask, taskContext, type TaskChanges } from './task-access';

export async function addTask(
  db: Db,
  actor: Actor,
  planId: number,
  input: TaskInput,
  now: Date,
): Promise<Task> {
  const today = todayInVietnam(now);
  const plan = await findPlan(db, planId);
  assertStructureOpen(actor, planFacts(plan));
  if (input.lead.length === 0)
    throw new AppError('VALIDATION_FAILED', m.leadMissingTask, [{ path: 'lead', message: m.leadMissing }]);
  const resolver = await PartyResolver.forArea(
    db,
    { unitId: plan.area_unit_id, path: plan.area_path, name: plan.area_name },
    today,
  );
  const id = await db.transaction(async (tx) => {
    const max = await maxTaskPosition(tx, planId);
    const { id } = await insertTask(tx, plan, resolver, input, max + 1);
    await writeVersion(tx, actor, plan, now);
    await recordAudit(tx, actor, {
      action: 'task.create',
      entityType: 'task',
      entityId: id,
      unit: { id: plan.unit_id, path: plan.unit_path },
      after: input,
    });
    return id;
  });
  return oneTask(db, id, today);
}

/**
 * Changes a task. Content, parties and deadline are the plan's structure (its editors, a new version); status and
 * progress are follow-up (the units doing it). Done after the due day becomes "hoàn thành quá hạn".
 */
export async function updateTask(
  db: Db,
  actor: Actor,
  id: number,
  changes: TaskChanges,
  now: Date,
): Promise<Task> {
  const today = todayInVietnam(now);
  const ctx = await taskContext(db, id);
  const structural =
    changes.text !== undefined || changes.lead || changes.support || changes.deadline !== undefined;
  if (structural) assertStructureOpen(actor, ctx.facts.plan);
  if (changes.status !== undefined || changes.progress !== undefined) assertReports(actor, ctx.facts);
  if (changes.lead && changes.lead.length === 0)
    throw new AppError('VALIDATION_FAILED', m.leadRequired, [{ path: 'lead', message: m.leadMissing }]);
  const before = await oneTask(db, id, today);
  await db.transaction(async (tx) => {
    const set: Partial<TaskRecord> = { updatedAt: now };
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
    Object.assign(set, followUp(ctx.task, changes, set.deadlineTo ?? ctx.task.deadlineTo, today));
    await updateTaskRow(tx, id, set);
    if (changes.lead || changes.support) {
      const resolver = await PartyResolver.forArea(
        tx,
        { unitId: ctx.plan.area_unit_id, path: ctx.plan.area_path, name: ctx.plan.area_name },
        today,
      );
      for (const role of ['lead', 'support'] as const) {
        const refs = changes[role];
        if (!refs) continue;
        const { parties } = await resolver.resolve(tx, refs);
        // The parent of a recurring task and its occurrences share their parties.
        const ids = await selectTaskFamilyIds(tx, id);
        await deleteFamilyParties(tx, id, role);
        if (parties.length > 0)
          await insertTaskParties(
            tx,
            ids.flatMap((taskId) => parties.map((p) => ({ ...p, role, taskId }))),
          );
      }
    }
    if (structural) await writeVersion(tx, actor, ctx.plan, now);
    if (changes.status !== undefined || changes.progress !== undefined) await markStarted(tx, ctx.plan.id);
    const after = await oneTask(tx, id, today);
    await auditTask(tx, actor, ctx, 'task.update', trimTask(after), trimTask(before));
  });
  return oneTask(db, id, today);
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

export async function deleteTask(db: Db, actor: Actor, id: number, now: Date): Promise<void> {
  const ctx = await taskContext(db, id);
  assertStructureOpen(actor, ctx.facts.plan);
  if (ctx.plan.issued_version) throw new AppError('CONFLICT', m.issuedNoDelete);
  if ((await countFamilyReports(db, id)) > 0) throw new AppError('CONFLICT', m.reportedNoDelete);
  const before = await oneTask(db, id, todayInVietnam(now));
  await db.transaction(async (tx) => {
    await deleteTaskFamily(tx, id);
    await writeVersion(tx, actor, ctx.plan, now);
    await auditTask(tx, actor, ctx, 'task.delete', null, trimTask(before));
  });
}

/** The filter of a task list query, with the scope of the reader. */
export async function taskListFilter(
  db: Db,
  actor: Actor,
  query: TaskListQuery,
  today: string,
): Promise<TaskFilter> {
  const role = query.role === 'any' ? null : query.role;
  let parties: PartyFilter | undefined;
  if (query.unit) {
    const unit = await resolveUnit(db, query.unit, today);
    if (!canView(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
    // The unit itself and the organizations directly under it (its UBND, its BCĐ), or its whole subtree.
    parties = query.within
      ? { kind: 'subtree', path: unit.path, role }
      : { kind: 'unitAndBodies', unitId: unit.id, role };
  } else if (!query.plan) {
    // The account's unit, its organization, and the bodies directly under its unit (a commune's UBND and BCĐ).
    const bodies = await selectBodiesUnder(db, actor.unitId);
    parties = { kind: 'units', ids: [...new Set([...(await actorUnits(db, actor)), ...bodies])], role };
  }
  if (query.plan) {
    const plan = await findPlan(db, query.plan);
    assertViewsPlan(actor, plan.area_path);
  }
  return {
    ...(parties ? { parties } : {}),
    ...(query.plan ? { planId: query.plan } : {}),
    // Recurring parents are followed through their occurrences.
    notRecurring: true,
    // An inbox holds the tasks of running plans; a plan's own list (`plan=`) shows them at every stage.
    runningPlans: !query.plan,
    ...(query.status ? { status: query.status } : {}),
    ...(query.overdue !== undefined ? { overdue: { today, is: query.overdue } } : {}),
    ...(query.due_before ? { dueBefore: query.due_before } : {}),
    ...(query.due_after ? { dueAfter: query.due_after } : {}),
    ...(query.q ? { text: query.q } : {}),
  };
}

export async function listTasks(db: Db, actor: Actor, query: TaskListQuery, today: string) {
  const filter = await taskListFilter(db, actor, query, today);
  return selectTasks(db, filter, today, query, 'deadline');
}

export async function getTask(db: Db, actor: Actor, id: number, today: string): Promise<TaskDetail> {
  const ctx = await taskContext(db, id);
  assertViewsTask(actor, ctx.facts);
  const task = await oneTask(db, id, today);
  const { reports, files, comments } = await selectTaskReports(db, id);
  const history = await selectTaskHistory(db, id);
  const occurrences = ctx.task.recurrence
    ? (await selectTasks(db, { parentTaskId: id }, today, null, 'occurrence')).items
    : [];
  return {
    ...task,
    reports: reports.map((r) => ({
      id: r.id,
      unitCode: r.code,
      unitName: r.name,
      author: r.author,
      text: r.text,
      status: r.status as TaskStatus | null,
      progress: r.progress,
      createdAt: r.createdAt.toISOString(),
      attachments: files
        .filter((f) => f.reportId === r.id)
        .map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size })),
    })),
    comments: comments.map((c) => ({
      id: c.id,
      author: c.author,
      text: c.text,
      createdAt: c.createdAt.toISOString(),
    })),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      actor: h.actor,
      actorName: h.actorName,
      action: h.action,
      before: h.before,
      after: h.after,
    })),
    occurrences,
    canReport: reportsTask(actor, ctx.facts),
    canEdit: editsTask(actor, ctx.facts),
  };
}
