import type { Db } from '../../platform/database';
import type { TaskStatus } from '../../../contracts/plans';
import type { Actor } from '../../platform/actor';
import { assertCanView } from '../../platform/scope';
import { resolveUnit } from '../units/units.service';
import { assertViewsPlan } from './plans.policy';
import { findPlan } from './plans.repo';
import { countLeadTasks, countOverdueByLead, countTasksByStatus, selectUnitNames } from './dashboards.repo';
import { listTargets } from './targets.service';

const rate = (done: number, total: number) => (total === 0 ? 0 : Math.round((done / total) * 1000) / 10);

/** Per plan: tasks by status, overdue tasks by lead unit, targets against reported values. */
export async function planDashboard(db: Db, actor: Actor, id: number, today: string) {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const statuses = await countTasksByStatus(db, id);
  const byStatus: Record<TaskStatus, number> = {
    not_started: 0,
    in_progress: 0,
    done: 0,
    done_late: 0,
    paused: 0,
  };
  for (const s of statuses) byStatus[s.status] = s.n;
  const overdue = await countOverdueByLead(db, id, today);
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
export async function unitDashboard(db: Db, actor: Actor, code: string, today: string) {
  const unit = await resolveUnit(db, code, today);
  assertCanView(actor, unit.path);
  const { own, byChild: rows } = await countLeadTasks(db, unit.path, today);
  const childIds = rows.map((r) => Number(r.child)).filter((n) => Number.isInteger(n) && n > 0);
  const names = childIds.length === 0 ? [] : await selectUnitNames(db, childIds);
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
    total: own.total,
    done: own.done,
    overdue: own.overdue,
    completionRate: rate(own.done, own.total),
    byChild,
  };
}
