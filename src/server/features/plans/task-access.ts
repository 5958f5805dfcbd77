import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { Task, TaskInput, TaskStatus } from '../../../contracts/plans';
import type { Actor } from '../../platform/actor';
import { canEdit, canView } from '../../platform/scope';
import { recordAudit } from '../audit/audit.service';
import { findPlan, type PlanRow } from './plans.repo';
import { findTaskRecord, selectTaskPartyUnits, selectTasks, type TaskRecord } from './tasks.repo';
import { viewsPlan } from './plan-structure';

/** Progress a status implies when progress is not set by hand; paused keeps what it had. */
export const STATUS_PROGRESS: Partial<Record<TaskStatus, number>> = {
  not_started: 0,
  in_progress: 50,
  done: 100,
  done_late: 100,
};

export interface TaskContext {
  task: TaskRecord;
  plan: PlanRow;
  partyPaths: string[];
}

export interface TaskChanges {
  text?: string | undefined;
  lead?: (number | string)[] | undefined;
  support?: (number | string)[] | undefined;
  deadline?: TaskInput['deadline'];
  status?: TaskStatus | undefined;
  progress?: number | null | undefined;
}

export async function taskContext(db: Db, id: number): Promise<TaskContext> {
  const task = await findTaskRecord(db, id);
  if (!task) throw notFound(`nhiệm vụ số ${id}`);
  const plan = await findPlan(db, task.planId);
  const parties = await selectTaskPartyUnits(db, id);
  return { task, plan, partyPaths: parties.map((p) => p.path) };
}

export const viewsTask = (actor: Actor, ctx: TaskContext) =>
  viewsPlan(actor, ctx.plan.area_path) || ctx.partyPaths.some((p) => canView(actor, p));

/** Who may report on a task: an editor of the plan's unit or of a unit that leads or coordinates it. */
export const reportsTask = (actor: Actor, ctx: TaskContext) =>
  canEdit(actor, ctx.plan.unit_path) || ctx.partyPaths.some((p) => canEdit(actor, p));

export function assertReports(actor: Actor, ctx: TaskContext): void {
  if (actor.role === 'viewer') throw new AppError('FORBIDDEN');
  if (!reportsTask(actor, ctx))
    throw new AppError(
      'OUT_OF_SCOPE',
      'Chỉ đơn vị chủ trì, phối hợp hoặc đơn vị lập kế hoạch mới cập nhật nhiệm vụ này.',
    );
}

export function auditTask(
  tx: Db,
  actor: Actor,
  ctx: TaskContext,
  action: string,
  after: unknown,
  before?: unknown,
) {
  return recordAudit(tx, actor, {
    action,
    entityType: 'task',
    entityId: ctx.task.id,
    unit: { id: ctx.plan.unit_id, path: ctx.plan.unit_path },
    before,
    after,
  });
}

export async function oneTask(db: Db, id: number, today: string): Promise<Task> {
  const { items } = await selectTasks(db, { id }, today);
  return items[0]!;
}

export function followUp(
  task: TaskRecord,
  changes: Pick<TaskChanges, 'status' | 'progress'>,
  deadlineTo: string | null,
  today: string,
): Partial<TaskRecord> {
  const set: Partial<TaskRecord> = {};
  let status = changes.status;
  if (status === 'done' && deadlineTo && today > deadlineTo) status = 'done_late';
  if (status !== undefined) {
    set.status = status;
    set.completedOn = status === 'done' || status === 'done_late' ? today : null;
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
