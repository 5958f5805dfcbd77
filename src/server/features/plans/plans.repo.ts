import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/database';
import { notFound } from '../../platform/errors';
import type { Party, Task, TaskStatus } from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';

/** The task states that still run; only these can be overdue or reminded. */
export const OPEN_STATUSES: TaskStatus[] = ['not_started', 'in_progress'];

export interface PlanRow {
  id: number;
  document_id: number;
  unit_id: number;
  area_unit_id: number;
  area_path: string;
  status: string;
  year: number;
  print_parts: boolean;
  budget: unknown;
  parent_plan_id: number | null;
  results_summary: string | null;
  updated_at: Date | string;
  unit_code: string;
  unit_name: string;
  unit_path: string;
  area_name: string;
  title: string;
  number: string | null;
  current_version: number;
  issued_version: number | null;
}

export async function findPlan(db: Db, id: number): Promise<PlanRow> {
  const [row] = await queryRows<PlanRow>(
    db,
    sql`SELECT p.*, u.code AS unit_code, u.full_name AS unit_name, u.path AS unit_path, a.full_name AS area_name,
               d.title, d.number, d.current_version, d.issued_version
        FROM plans p JOIN units u ON u.id = p.unit_id JOIN units a ON a.id = p.area_unit_id
        JOIN documents d ON d.id = p.document_id
        WHERE p.id = ${id}`,
  );
  if (!row) throw notFound(`kế hoạch số ${id}`);
  return row;
}

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
  updated_at: Date | string;
  plan_title: string;
  plan_number: string | null;
  plan_status: string;
  total?: number | string;
}

interface PartyRow {
  task_id: number;
  role: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  position: string | null;
  name: string;
  matched: boolean;
}

const iso = (value: Date | string) =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/** Plans whose tasks are being carried out: before issue nobody is bound by them, after closing they are history. */
export const RUNNING_PLAN_STATUSES = ['issued', 'in_progress'];

/** SQL: the task (alias t) of a running plan (alias pl) is open and its due day has passed. */
export const overdueSql = (today: string): SQL =>
  sql`t.status IN ('not_started', 'in_progress') AND t.deadline_to < ${today} AND t.recurrence IS NULL
      AND pl.status IN ('issued', 'in_progress')`;

/**
 * Lists count their matches up to this many; beyond it the answer says "more than" (`totalCapped`). An exact count
 * of a province's 81,054 overdue tasks alone took 110–210 ms on PostgreSQL; nobody pages that far.
 */
export const COUNT_CAP = 10_000;

const countSql = (where: SQL): SQL =>
  sql`SELECT count(*) FROM (SELECT 1 FROM tasks t JOIN plans pl ON pl.id = t.plan_id WHERE ${where}
      LIMIT ${COUNT_CAP + 1}) capped`;

/**
 * Tasks matching a condition on `t` (tasks) and `pl` (plans), with their parties, in two queries whatever the
 * number of tasks: no query per task. A page's total is a count computed once beside it, not `count(*) OVER ()`:
 * the window joined, kept and sorted every matching row before the first 50 came out (a province's 81,054 overdue
 * tasks: 3.5x slower on PostgreSQL, bench/plans.bench.ts).
 */
export async function selectTasks(
  db: Db,
  where: SQL,
  page: { limit: number; offset: number } | null,
  order: SQL = sql`t.plan_id, t.position, t.id`,
): Promise<{ items: Task[]; total: number; totalCapped: boolean }> {
  const rows = await queryRows<TaskRow>(
    db,
    sql`SELECT t.id, t.plan_id, t.parent_task_id, t.position, t.text, t.deadline_raw, t.deadline_kind,
               t.deadline_from::text AS deadline_from, t.deadline_to::text AS deadline_to, t.recurrence,
               t.deadline_warning, t.status, t.progress, t.progress_mode, t.updated_at,
               d.title AS plan_title, d.number AS plan_number, pl.status AS plan_status
               ${page ? sql`, (${countSql(where)}) AS total` : sql``}
        FROM tasks t JOIN plans pl ON pl.id = t.plan_id JOIN documents d ON d.id = pl.document_id
        WHERE ${where}
        ORDER BY ${order}
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
      : await queryRows<PartyRow>(
          db,
          sql`SELECT p.task_id, p.role, p.unit_id, u.code AS unit_code, u.full_name AS unit_name, p.position,
                     p.name, p.matched
              FROM task_parties p JOIN units u ON u.id = p.unit_id
              WHERE p.task_id IN (${sql.join(
                ids.map((id) => sql`${id}`),
                sql`, `,
              )})
              ORDER BY p.id`,
        );
  const byTask = new Map<number, { lead: Party[]; support: Party[] }>();
  for (const p of parties) {
    const entry = byTask.get(p.task_id) ?? { lead: [], support: [] };
    const party: Party = {
      unitId: p.unit_id,
      unitCode: p.unit_code,
      unitName: p.unit_name,
      position: p.position,
      name: p.name,
      matched: p.matched,
    };
    (p.role === 'lead' ? entry.lead : entry.support).push(party);
    byTask.set(p.task_id, entry);
  }
  const today = todayInVietnam();
  return {
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
    items: rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      planTitle: r.plan_title,
      planNumber: r.plan_number,
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
      overdue:
        RUNNING_PLAN_STATUSES.includes(r.plan_status) &&
        OPEN_STATUSES.includes(r.status as TaskStatus) &&
        r.recurrence === null &&
        r.deadline_to !== null &&
        r.deadline_to < today,
      parentTaskId: r.parent_task_id,
      warning: r.deadline_warning,
      updatedAt: iso(r.updated_at),
    })),
  };
}
