import type { Task, TaskStatus } from '../../../contracts/plans';
import type { TaskChange } from './tasks.queries';
import { progressFromStatus } from '../../../core/tasks/progress';

/** Progress a status implies: the one rule, in core (the server stores it, this form previews it). */
export { progressFromStatus };

export interface ProgressForm {
  status: TaskStatus;
  mode: 'status' | 'manual';
  /** The slider's value; used only by hand. */
  value: number;
}

export const progressFormOf = (task: Pick<Task, 'status' | 'progress' | 'progressMode'>): ProgressForm => ({
  status: task.status,
  mode: task.progressMode,
  value: task.progress,
});

/** The PATCH body for what the form changed, or null when it changed nothing. */
export function progressChange(
  task: Pick<Task, 'status' | 'progress' | 'progressMode'>,
  form: ProgressForm,
): TaskChange | null {
  const change: TaskChange = {};
  if (form.status !== task.status) change.status = form.status;
  if (form.mode === 'manual' && (task.progressMode !== 'manual' || form.value !== task.progress))
    change.progress = form.value;
  if (form.mode === 'status' && task.progressMode === 'manual') change.progress = null;
  return Object.keys(change).length > 0 ? change : null;
}

/** What the bar will show once saved. */
export const previewProgress = (task: Pick<Task, 'progress'>, form: ProgressForm): number =>
  form.mode === 'manual' ? form.value : progressFromStatus(form.status, task.progress);
