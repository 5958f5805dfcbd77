import type { ConferenceStatus, ConferenceStep } from '../../contracts/conference-fields';

/**
 * The conference's life cycle, in one place: dự kiến → đã gửi giấy mời → đang diễn ra → đã kết thúc, any step
 * forward and one step back (an organiser who pressed "kết thúc" too early takes it back); đã hủy is reached from any
 * step but the last, by cancelling with a reason, and is final: a cancelled conference is a record.
 */
export const CONFERENCE_STEPS: readonly ConferenceStep[] = ['planned', 'invited', 'running', 'ended'];

/** Whether a PATCH may move the conference from one status to another step. */
export function mayMoveConference(from: ConferenceStatus, to: ConferenceStep): boolean {
  if (from === 'cancelled') return false;
  if (from === to) return true;
  return CONFERENCE_STEPS.indexOf(to) >= CONFERENCE_STEPS.indexOf(from) - 1;
}

/** The step after this one, or null at the end and once cancelled. */
export function nextConferenceStep(status: ConferenceStatus): Exclude<ConferenceStep, 'planned'> | null {
  if (status === 'cancelled') return null;
  const next = CONFERENCE_STEPS[CONFERENCE_STEPS.indexOf(status) + 1];
  return (next as Exclude<ConferenceStep, 'planned'> | undefined) ?? null;
}

/** A conference that has not ended may be cancelled, once. */
export const mayCancelConference = (status: ConferenceStatus): boolean =>
  status !== 'ended' && status !== 'cancelled';

/** Anything of a conference (programme, delegates, giấy mời, …) changes only while it is not cancelled. */
export const conferenceChangeable = (status: ConferenceStatus): boolean => status !== 'cancelled';
