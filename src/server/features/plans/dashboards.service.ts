import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/database';
import type { TaskStatus } from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../auth/actor';
import { assertCanView } from '../auth/scope';
import { resolveUnit } from '../units/units.service';
import { assertViewsPlan } from './plan-structure';
import { findPlan, overdueSql } from './plans.repo';
import { listTargets } from './targets.service';

const rate = (done: number, total: number) => (total === 0 ? 0 : Math.round((done / total) * 1000) / 10);

/** Per plan: tasks by status, overdue tasks by lead unit, targets against reported values. */
export async function planDashboard(db: Db, actor: Actor, id: number) {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const today = todayInVietnam();
  const statuses = await queryRows<{ status: TaskStatus; n: number }>(
    db,
    sql`SELECT status, count(*)::int AS n FROM tasks t WHERE plan_id = ${id} AND recurrence IS NULL GROUP BY status`,
  );
  const byStatus: Record<TaskStatus, number> = {
    not_started: 0,
    in_progress: 0,
    done: 0,
    done_late: 0,
    paused: 0,
  };
  for (const s of statuses) byStatus[s.status] = s.n;
  const overdue = await queryRows<{ code: string; name: string; n: number }>(
    db,
    sql`SELECT u.code, u.full_name AS name, count(DISTINCT t.id)::int AS n
        FROM tasks t JOIN plans pl ON pl.id = t.plan_id
        JOIN task_parties p ON p.task_id = t.id AND p.role = 'lead' JOIN units u ON u.id = p.unit_id
        WHERE t.plan_id = ${id} AND ${overdueSql(today)}
        GROUP BY u.code, u.full_name ORDER BY n DESC, u.full_name`,
  );
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  return {
    byStatus,
    overdueByUnit: overdue.map((o) => ({ unitCode: o.code, unitName: o.name, overdue: o.n })),
    targets: await listTargets(db, id),
    completionRate: rate(byStatus.done + byStatus.done_late, total),
  };
}

/**
 * Per unit: the tasks its subtree leads, done and overdue, and the same for each unit directly below it, in one
 * grouped query over the lead parties' paths.
 */
export async function unitDashboard(db: Db, actor: Actor, code: string) {
  const unit = await resolveUnit(db, code);
  assertCanView(actor, unit.path);
  const today = todayInVietnam();
  const rows = await queryRows<{ child: string; total: number; done: number; overdue: number }>(
    db,
    sql`SELECT split_part(substr(p.unit_path, ${unit.path.length + 1}), '/', 1) AS child,
               count(DISTINCT t.id)::int AS total,
               count(DISTINCT t.id) FILTER (WHERE t.status IN ('done', 'done_late'))::int AS done,
               count(DISTINCT t.id) FILTER (WHERE ${overdueSql(today)})::int AS overdue
        FROM task_parties p JOIN tasks t ON t.id = p.task_id JOIN plans pl ON pl.id = t.plan_id
        WHERE p.role = 'lead' AND p.unit_path LIKE ${unit.path + '%'} AND t.recurrence IS NULL
        GROUP BY 1`,
  );
  const [own] = await queryRows<{ total: number; done: number; overdue: number }>(
    db,
    sql`SELECT count(DISTINCT t.id)::int AS total,
               count(DISTINCT t.id) FILTER (WHERE t.status IN ('done', 'done_late'))::int AS done,
               count(DISTINCT t.id) FILTER (WHERE ${overdueSql(today)})::int AS overdue
        FROM task_parties p JOIN tasks t ON t.id = p.task_id JOIN plans pl ON pl.id = t.plan_id
        WHERE p.role = 'lead' AND p.unit_path LIKE ${unit.path + '%'} AND t.recurrence IS NULL`,
  );
  const childIds = rows.map((r) => Number(r.child)).filter((n) => Number.isInteger(n) && n > 0);
  const names =
    childIds.length === 0
      ? []
      : await queryRows<{ id: number; code: string; name: string }>(
          db,
          sql`SELECT id, code, full_name AS name FROM units WHERE id IN (${sql.join(
            childIds.map((i) => sql`${i}`),
            sql`, `,
          )})`,
        );
  const byChild = rows
    .flatMap((r) => {
      const child = names.find((n) => n.id === Number(r.child));
      return child
        ? [
            {
              unitCode: child.code,
              unitName: child.name,
              total: r.total,
              done: r.done,
              overdue: r.overdue,
              completionRate: rate(r.done, r.total),
            },
          ]
        : [];
    })
    .sort((a, b) => b.overdue - a.overdue || a.unitName.localeCompare(b.unitName, 'vi'));
  return {
    unitCode: unit.code,
    unitName: unit.fullName,
    total: own!.total,
    done: own!.done,
    overdue: own!.overdue,
    completionRate: rate(own!.done, own!.total),
    byChild,
  };
}
