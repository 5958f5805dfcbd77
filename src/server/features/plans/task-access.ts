import type { Db } from '../../platform/database';
import { notFound } from '../../platform/errors';
import type { Task, TaskInput, TaskStatus } from '../../../contracts/plans';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../audit/audit.service';
import { findPlan, type PlanRow } from './plans.repo';
import { findTaskRecord, selectTaskPartyUnits, selectTasks, type TaskRecord } from './tasks.repo';
import { planFacts, type TaskFacts } from './plans.policy';
import { tasksMessages as m } from './tasks.messages';

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
  /** What plans.policy decides on: the plan's status and paths, and the parties' paths. */
  facts: TaskFacts;
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
  if (!task) throw notFound(m.taskNumbered(id));
  const plan = await findPlan(db, task.planId);
  const partyPaths = (await selectTaskPartyUnits(db, id)).map((p) => p.path);
  return { task, plan, partyPaths, facts: { plan: planFacts(plan), partyPaths } };
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
