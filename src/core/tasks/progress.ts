import type { TaskStatus } from '../../contracts/plans';

/**
 * The progress a status implies when progress is not set by hand: 0 / 50 / 100 / 100; a paused task keeps what it
 * had. A finished task is 100 whatever was typed. The server stores it, the web previews it.
 */
export function progressFromStatus(status: TaskStatus, current: number): number {
  switch (status) {
    case 'not_started':
      return 0;
    case 'in_progress':
      return 50;
    case 'done':
    case 'done_late':
      return 100;
    case 'paused':
      return current;
  }
}

/** A task marked done after its due day is done late. */
export function finishingStatus(status: TaskStatus, deadlineTo: string | null, today: string): TaskStatus {
  return status === 'done' && deadlineTo !== null && today > deadlineTo ? 'done_late' : status;
}
