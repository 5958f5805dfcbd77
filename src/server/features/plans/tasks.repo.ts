import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { documents } from '../../db/schema/documents';
import { plans, taskComments, taskParties, taskReports, tasks } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import { instant, queryRows, type Db } from '../../platform/database';
import type { Party, PlanStatus, Task, TaskStatus } from '../../../contracts/plans';
import { isOverdue, OPEN_TASK_STATUSES, RUNNING_PLAN_STATUSES } from '../../../core/tasks/deadline';

export { RUNNING_PLAN_STATUSES } from '../../../core/tasks/deadline';

/**
 * Lists count their matches up to this many; beyond it the answer says "more than" (`totalCapped`). An exact count
 * of a province's 81,054 overdue tasks alone took 110–210 ms on PostgreSQL; nobody pages that far.
 */
export const COUNT_CAP = 10_000;

export type TaskRecord = typeof tasks.$inferSelect;

/** The raw task queries' aliases: `t` (tasks) of `pl` (plans), read by `overdueSql` and the dashboards too. */
export const t = alias(tasks, 't');
export const pl = alias(plans, 'pl');
/** A task's party, in the parties filters. */
const p = alias(taskParties, 'p');
/** The plan's document. */
const d = alias(documents, 'd');

const textList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * SQL: the task (alias t) of a plan (alias pl) is overdue by core/tasks' rule (`isOverdue`): open, not a recurring
 * series, in a running plan, and its due day has passed. overdue-rule.test.ts holds the two together.
 */
export const overdueSql = (today: string): SQL =>
  sql`${t.status} IN (${textList(OPEN_TASK_STATUSES)}) AND ${t.deadlineTo} < ${today} AND ${t.recurrence} IS NULL
      AND ${pl.status} IN (${textList(RUNNING_PLAN_STATUSES)})`;

/** Whose tasks a list holds, through their parties (`role` null: either role). */
export type PartyFilter =
  | { kind: 'subtree'; path: string; role: string | null }
  | { kind: 'unitAndBodies'; unitId: number; role: string | null }
  | { kind: 'units'; ids: number[]; role: string | null };

/** The conditions a task query can take; all given ones hold. */
export interface TaskFilter {
  id?: number;
  parties?: PartyFilter;
  planId?: number;
  parentTaskId?: number;
  topLevel?: boolean;
  notRecurring?: boolean;
  runningPlans?: boolean;
  status?: string;
  overdue?: { today: string; is: boolean };
  dueBefore?: string;
  dueAfter?: string;
  /** Text the task contains (case-insensitive). */
  text?: string;
}

function partiesSql(f: PartyFilter): SQL {
  const role = f.role === null ? sql`` : sql`AND ${p.role} = ${f.role}`;
  const ofTask = sql`SELECT 1 FROM ${taskParties} ${p} WHERE ${p.taskId} = ${t.id}`;
  // The unit ids as a list, not an OR over a join, so that the parties are found by task_parties_unit_idx.
  if (f.kind === 'subtree') return sql`EXISTS (${ofTask} AND ${p.unitPath} LIKE ${f.path + '%'} ${role})`;
  if (f.kind === 'unitAndBodies')
    return sql`EXISTS (${ofTask} ${role} AND ${p.unitId} IN (
                SELECT ${f.unitId}::int UNION ALL
                SELECT ${units.id} FROM ${units} WHERE ${units.parentId} = ${f.unitId} AND ${units.level} = 'organization'))`;
  return sql`EXISTS (${ofTask} ${role} AND ${p.unitId} IN (${sql.join(
    f.ids.map((i) => sql`${i}`),
    sql`, `,
  )}))`;
}

/** The condition on `t` (tasks) and `pl` (plans) a filter stands for. */
function whereSql(f: TaskFilter): SQL {
  const where: SQL[] = [];
  if (f.id !== undefined) where.push(sql`${t.id} = ${f.id}`);
  if (f.parties) where.push(partiesSql(f.parties));
  if (f.planId !== undefined) where.push(sql`${t.planId} = ${f.planId}`);
  if (f.parentTaskId !== undefined) where.push(sql`${t.parentTaskId} = ${f.parentTaskId}`);
  if (f.topLevel) where.push(sql`${t.parentTaskId} IS NULL`);
  if (f.notRecurring) where.push(sql`${t.recurrence} IS NULL`);
  if (f.runningPlans) where.push(sql`${pl.status} IN ('issued', 'in_progress')`);
  if (f.status) where.push(sql`${t.status} = ${f.status}`);
  if (f.overdue?.is === true) where.push(overdueSql(f.overdue.today));
  if (f.overdue?.is === false) where.push(sql`NOT (${overdueSql(f.overdue.today)})`);
  if (f.dueBefore) where.push(sql`${t.deadlineTo} <= ${f.dueBefore}`);
  if (f.dueAfter) where.push(sql`${t.deadlineTo} >= ${f.dueAfter}`);
  if (f.text) where.push(sql`${t.text} ILIKE ${'%' + f.text.replace(/[%_\\]/g, (c) => '\\' + c) + '%'}`);
  return where.length === 0 ? sql`TRUE` : sql.join(where, sql` AND `);
}

const ORDERS = {
  plan: sql`${t.planId}, ${t.position}, ${t.id}`,
  deadline: sql`${t.deadlineTo} ASC NULLS LAST, ${t.planId}, ${t.position}, ${t.id}`,
  occurrence: sql`${t.deadlineTo}, ${t.id}`,
};

interface TaskRow {
  id: number;
  plan_id: number;
  parent_task_id: number | null;
  position: number;
  text: string;
  deadline_raw: string | null;
  deadline_kind: string | null;
  deadline_from: string | null;
  deadline_to: string | null;
  recurrence: string | null;
  deadline_warning: string | null;
  status: string;
  progress: number;
  progress_mode: string;
  updated_at: string;
  plan_title: string;
  plan_number: string | null;
  plan_status: string;
  total?: number | string;
}

const countSql = (where: SQL): SQL =>
  sql`SELECT count(*) FROM (SELECT 1 FROM ${tasks} ${t} JOIN ${plans} ${pl} ON ${pl.id} = ${t.planId} WHERE ${where}
      LIMIT ${COUNT_CAP + 1}) capped`;

/**
 * Tasks matching a filter, with their parties, in two queries whatever the number of tasks: no query per task. A
 * page's total is a count computed once beside it, not `count(*) OVER ()`: the window joined, kept and sorted every
 * matching row before the first 50 came out (a province's 81,054 overdue tasks: 3.5x slower on PostgreSQL,
 * bench/plans.bench.ts). `today` decides which are overdue.
 */
export async function selectTasks(
  db: Db,
  filter: TaskFilter,
  today: string,
  page: { limit: number; offset: number } | null = null,
  order: keyof typeof ORDERS = 'plan',
): Promise<{ items: Task[]; total: number; totalCapped: boolean }> {
  const where = whereSql(filter);
  const rows = await queryRows<TaskRow>(
    db,
    sql`SELECT ${t.id} AS id, ${t.planId} AS plan_id, ${t.parentTaskId} AS parent_task_id, ${t.position} AS position,
               ${t.text} AS text, ${t.deadlineRaw} AS deadline_raw, ${t.deadlineKind} AS deadline_kind,
               ${t.deadlineFrom}::text AS deadline_from, ${t.deadlineTo}::text AS deadline_to,
               ${t.recurrence} AS recurrence, ${t.deadlineWarning} AS deadline_warning, ${t.status} AS status,
               ${t.progress} AS progress, ${t.progressMode} AS progress_mode, ${t.updatedAt} AS updated_at,
               ${d.title} AS plan_title, ${d.number} AS plan_number, ${pl.status} AS plan_status
               ${page ? sql`, (${countSql(where)}) AS total` : sql``}
        FROM ${tasks} ${t} JOIN ${plans} ${pl} ON ${pl.id} = ${t.planId}
        JOIN ${documents} ${d} ON ${d.id} = ${pl.documentId}
        WHERE ${where}
        ORDER BY ${ORDERS[order]}
        ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``}`,
  );
  let total = rows.length;
  if (page && rows[0]) total = Number(rows[0].total);
  else if (page && page.offset > 0) {
    // A page past the end has no row to carry the total.
    const [count] = await queryRows<{ total: number }>(db, sql`SELECT (${countSql(where)})::int AS total`);
    total = count!.total;
  }
  const ids = rows.map((r) => r.id);
  const parties =
    ids.length === 0
      ? []
      : await db
          .select({
            taskId: taskParties.taskId,
            role: taskParties.role,
            unitId: taskParties.unitId,
            unitCode: units.code,
            unitName: units.fullName,
            position: taskParties.position,
            name: taskParties.name,
            matched: taskParties.matched,
          })
          .from(taskParties)
          .innerJoin(units, eq(units.id, taskParties.unitId))
          .where(inArray(taskParties.taskId, ids))
          .orderBy(asc(taskParties.id));
  const byTask = new Map<number, { lead: Party[]; support: Party[] }>();
  for (const { taskId, role, ...party } of parties) {
    const entry = byTask.get(taskId) ?? { lead: [], support: [] };
    (role === 'lead' ? entry.lead : entry.support).push(party);
    byTask.set(taskId, entry);
  }
  return {
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
    items: rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      planTitle: r.plan_title,
      planNumber: r.plan_number,
      planStatus: r.plan_status as PlanStatus,
      position: r.position,
      text: r.text,
      lead: byTask.get(r.id)?.lead ?? [],
      support: byTask.get(r.id)?.support ?? [],
      deadline:
        r.deadline_raw === null && r.deadline_to === null
          ? null
          : {
              raw: r.deadline_raw ?? '',
              from: r.deadline_from,
              to: r.deadline_to,
              kind: r.deadline_kind ?? 'date',
              recurrence: r.recurrence,
            },
      status: r.status as TaskStatus,
      progress: r.progress,
      progressMode: r.progress_mode as 'status' | 'manual',
      overdue: isOverdue(
        {
          status: r.status as TaskStatus,
          planStatus: r.plan_status as PlanStatus,
          deadlineTo: r.deadline_to,
          recurrence: r.recurrence,
        },
        today,
      ),
      parentTaskId: r.parent_task_id,
      warning: r.deadline_warning,
      updatedAt: instant(r.updated_at).toISOString(),
    })),
  };
}

export async function findTaskRecord(db: Db, id: number): Promise<TaskRecord | undefined> {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, id));
  return task;
}

/** The units (id and path) of a task's parties, both roles. */
export function selectTaskPartyUnits(db: Db, taskId: number) {
  return db
    .select({ unitId: taskParties.unitId, path: taskParties.unitPath })
    .from(taskParties)
    .where(eq(taskParties.taskId, taskId));
}

/** The last position among the plan's top-level tasks (0 for none). */
export async function maxTaskPosition(db: Db, planId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${tasks.position}), 0)::int` })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), isNull(tasks.parentTaskId)));
  return row!.n;
}

export async function insertTasks(db: Db, rows: (typeof tasks.$inferInsert)[]): Promise<number[]> {
  const inserted = await db.insert(tasks).values(rows).returning({ id: tasks.id });
  return inserted.map((r) => r.id);
}

export async function insertTaskParties(db: Db, rows: (typeof taskParties.$inferInsert)[]): Promise<void> {
  await db.insert(taskParties).values(rows);
}

export async function updateTaskRow(db: Db, id: number, set: Partial<typeof tasks.$inferInsert>) {
  await db.update(tasks).set(set).where(eq(tasks.id, id));
}

/** A task and its occurrences: the parent of a recurring task shares its parties with them. */
const family = (id: number) => or(eq(tasks.id, id), eq(tasks.parentTaskId, id));
const familyIds = (db: Db, id: number) => db.select({ id: tasks.id }).from(tasks).where(family(id));

export async function selectTaskFamilyIds(db: Db, id: number): Promise<number[]> {
  return (await familyIds(db, id)).map((r) => r.id);
}

/** Removes the parties of one role from a task and its occurrences. */
export async function deleteFamilyParties(db: Db, id: number, role: string): Promise<void> {
  await db
    .delete(taskParties)
    .where(and(eq(taskParties.role, role), inArray(taskParties.taskId, familyIds(db, id))));
}

export async function countFamilyReports(db: Db, id: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(taskReports)
    .where(inArray(taskReports.taskId, familyIds(db, id)));
  return row!.n;
}

/** Deletes a task with its occurrences, their comments and parties (a task with reports is never deleted). */
export async function deleteTaskFamily(db: Db, id: number): Promise<void> {
  await db.delete(taskComments).where(inArray(taskComments.taskId, familyIds(db, id)));
  await db.delete(taskParties).where(inArray(taskParties.taskId, familyIds(db, id)));
  await db.delete(tasks).where(eq(tasks.parentTaskId, id));
  await db.delete(tasks).where(eq(tasks.id, id));
}

/** The organizations directly under a unit (a commune's UBND and BCĐ). */
export async function selectBodiesUnder(db: Db, unitId: number): Promise<number[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, unitId), eq(units.level, 'organization')));
  return rows.map((r) => r.id);
}
