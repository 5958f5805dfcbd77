import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { plans, taskParties, tasks } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import { queryRows, type Db } from '../../platform/database';
import type { TaskStatus } from '../../../contracts/plans';
import { overdueSql, pl, t } from './tasks.repo';

/** A lead party (`p`) of a task and its unit (`u`). */
const p = alias(taskParties, 'p');
const u = alias(units, 'u');

/** A plan's non-recurring tasks counted by status. */
export function countTasksByStatus(db: Db, planId: number) {
  return db
    .select({ status: sql<TaskStatus>`${tasks.status}`, n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), isNull(tasks.recurrence)))
    .groupBy(tasks.status);
}

/** A plan's overdue tasks on `today` counted by lead unit, most first. */
export function countOverdueByLead(db: Db, planId: number, today: string) {
  return queryRows<{ code: string; name: string; n: number }>(
    db,
    sql`SELECT ${u.code} AS code, ${u.fullName} AS name, count(DISTINCT ${t.id})::int AS n
        FROM ${tasks} ${t} JOIN ${plans} ${pl} ON ${pl.id} = ${t.planId}
        JOIN ${taskParties} ${p} ON ${p.taskId} = ${t.id} AND ${p.role} = 'lead' JOIN ${units} ${u} ON ${u.id} = ${p.unitId}
        WHERE ${t.planId} = ${planId} AND ${overdueSql(today)}
        GROUP BY ${u.code}, ${u.fullName} ORDER BY n DESC, ${u.fullName}`,
  );
}

export interface LeadCounts {
  total: number;
  done: number;
  overdue: number;
}

const leadCountsSql = (today: string) =>
  sql`count(DISTINCT ${t.id})::int AS total,
      count(DISTINCT ${t.id}) FILTER (WHERE ${t.status} IN ('done', 'done_late'))::int AS done,
      count(DISTINCT ${t.id}) FILTER (WHERE ${overdueSql(today)})::int AS overdue`;

/**
 * The non-recurring tasks led under a path, counted for the path and per unit directly below it (`child`, the next
 * id of the lead parties' paths), in one grouped query each.
 */
export async function countLeadTasks(db: Db, path: string, today: string) {
  const from = sql`FROM ${taskParties} ${p} JOIN ${tasks} ${t} ON ${t.id} = ${p.taskId}
        JOIN ${plans} ${pl} ON ${pl.id} = ${t.planId}
        WHERE ${p.role} = 'lead' AND ${p.unitPath} LIKE ${path + '%'} AND ${t.recurrence} IS NULL`;
  const byChild = await queryRows<LeadCounts & { child: string }>(
    db,
    sql`SELECT split_part(substr(${p.unitPath}, ${path.length + 1}), '/', 1) AS child, ${leadCountsSql(today)}
        ${from}
        GROUP BY 1`,
  );
  const [own] = await queryRows<LeadCounts>(db, sql`SELECT ${leadCountsSql(today)} ${from}`);
  return { own: own!, byChild };
}

export function selectUnitNames(db: Db, ids: number[]) {
  return db
    .select({ id: units.id, code: units.code, name: units.fullName })
    .from(units)
    .where(inArray(units.id, ids));
}
