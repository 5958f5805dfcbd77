import type { TargetInput, TaskInput } from '../../../contracts/plans';
import { changedTaskFields, targetInput, taskInput, type PlanForm } from './plan-form-state';

/** One call of an existing plan's save: targets and tasks are rows of their own, saved one by one. */
export type SyncOp =
  | { kind: 'deleteTarget'; id: number }
  | { kind: 'updateTarget'; id: number; body: TargetInput }
  | { kind: 'createTarget'; body: TargetInput }
  | { kind: 'deleteTask'; id: number }
  /** Only the changed fields (see changedTaskFields). */
  | { kind: 'updateTask'; id: number; body: Partial<TaskInput> }
  | { kind: 'createTask'; body: TaskInput };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The calls that turn the saved rows into the edited ones: deletions first, then changes, then new rows (which the
 * server appends, so they keep the form's order). Unchanged rows make no call.
 */
export function planSyncOps(saved: PlanForm, edited: PlanForm): SyncOp[] {
  const ops: SyncOp[] = [];
  const keptTargets = new Set(edited.targets.map((row) => row.id));
  const keptTasks = new Set(edited.tasks.map((row) => row.id));
  for (const row of saved.targets)
    if (row.id !== null && !keptTargets.has(row.id)) ops.push({ kind: 'deleteTarget', id: row.id });
  for (const row of saved.tasks)
    if (row.id !== null && !keptTasks.has(row.id)) ops.push({ kind: 'deleteTask', id: row.id });

  const savedTargets = new Map(saved.targets.map((row) => [row.id, targetInput(row)]));
  const savedTasks = new Map(saved.tasks.map((row) => [row.id, taskInput(row, saved)]));
  for (const row of edited.targets) {
    const body = targetInput(row);
    if (row.id === null) continue;
    if (!same(savedTargets.get(row.id), body)) ops.push({ kind: 'updateTarget', id: row.id, body });
  }
  for (const row of edited.tasks) {
    const before = row.id === null ? undefined : savedTasks.get(row.id);
    if (row.id === null || !before) continue;
    const body = changedTaskFields(before, taskInput(row, edited));
    if (Object.keys(body).length > 0) ops.push({ kind: 'updateTask', id: row.id, body });
  }
  for (const row of edited.targets)
    if (row.id === null) ops.push({ kind: 'createTarget', body: targetInput(row) });
  for (const row of edited.tasks)
    if (row.id === null) ops.push({ kind: 'createTask', body: taskInput(row, edited) });
  return ops;
}
