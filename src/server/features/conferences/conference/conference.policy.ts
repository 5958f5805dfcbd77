import type { ConferenceStatus, ConferenceStep } from '../../../../contracts/conference-fields';
import {
  CONFERENCE_STEPS,
  conferenceChangeable,
  mayCancelConference,
  mayMoveConference,
  nextConferenceStep,
} from '../../../../core/conferences/lifecycle';
import { AppError } from '../../../platform/errors';
import type { Actor } from '../../../platform/actor';
import { canEdit, isWithin } from '../../../platform/scope';
import { viewsPlan } from '../../plans/plans.policy';
import { conferenceMessages as m } from './conference.messages';

/**
 * Who may do what with a conference: pure functions of the account and the conference's facts over core's life cycle
 * (core/conferences/lifecycle), table-tested (conference.policy.test.ts). The services call the asserts before they
 * write; the conference page's `permissions` and `allowedActions` are read from the same functions.
 */

/** What a policy needs of a conference: the host unit's path, the area it is held for, and its status. */
export interface ConferenceFacts {
  unitPath: string;
  areaPath: string;
  /** A ConferenceStatus; the repo's row carries it as text. */
  status: string;
}

const statusOf = (conference: Pick<ConferenceFacts, 'status'>) => conference.status as ConferenceStatus;

/**
 * Reading: the host's area is in the actor's scope, or the actor's unit lies inside that area (a commune reads the
 * district's conference it attends, as with plans).
 */
export function viewsConference(actor: Actor, conference: Pick<ConferenceFacts, 'areaPath'>): boolean {
  return viewsPlan(actor, conference.areaPath);
}

export function assertViewsConference(actor: Actor, conference: Pick<ConferenceFacts, 'areaPath'>): void {
  if (!viewsConference(actor, conference)) throw new AppError('OUT_OF_SCOPE');
}

/** Organising (programme, delegates, invitations, awards): an editor whose capture scope holds the host unit. */
export function editsConference(actor: Actor, conference: Pick<ConferenceFacts, 'unitPath'>): boolean {
  return canEdit(actor, conference.unitPath);
}

export function assertEditsConference(actor: Actor, conference: Pick<ConferenceFacts, 'unitPath'>): void {
  if (!editsConference(actor, conference)) {
    throw new AppError(['viewer'].includes(actor.role) ? 'FORBIDDEN' : 'OUT_OF_SCOPE', m.organiserOnly);
  }
}

/** A cancelled conference is a record: it changes no more (a new one is made instead). */
export function assertNotCancelled(conference: Pick<ConferenceFacts, 'status'>): void {
  if (!conferenceChangeable(statusOf(conference)))
    throw new AppError('CONFLICT', m.cancelledNoChange, { status: 'cancelled' });
}

/** Changing anything of a conference: its organiser, while it is not cancelled. */
export const changesConference = (actor: Actor, conference: Pick<ConferenceFacts, 'unitPath' | 'status'>) =>
  editsConference(actor, conference) && conferenceChangeable(statusOf(conference));

/**
 * Changing anything of a conference (programme, points, delegates, giấy mời, tham luận, awards, checklist): its
 * organiser, while it is not cancelled. Only deleting a conference is allowed once it is cancelled.
 */
export function assertChangesConference(
  actor: Actor,
  conference: Pick<ConferenceFacts, 'unitPath' | 'status'>,
): void {
  assertEditsConference(actor, conference);
  assertNotCancelled(conference);
}

/**
 * A status move by PATCH, once assertChangesConference passed: forward (a step may be skipped: a conference without
 * giấy mời goes straight to running) or back one step only.
 */
export function assertMovesConference(conference: Pick<ConferenceFacts, 'status'>, to: ConferenceStep): void {
  if (!mayMoveConference(statusOf(conference), to))
    throw new AppError('CONFLICT', m.oneStepBack, { from: conference.status, to });
}

/** Cancelling, once assertChangesConference passed: not once it has ended. */
export function assertCancelsConference(conference: Pick<ConferenceFacts, 'status'>): void {
  if (!mayCancelConference(statusOf(conference)))
    throw new AppError('CONFLICT', m.endedNoCancel, { status: conference.status });
}

/**
 * Checking in at a point: the organiser, or an editor whose capture scope holds the point's host unit (the commune
 * staff at their own điểm cầu).
 */
export function checksInAt(
  actor: Actor,
  conference: Pick<ConferenceFacts, 'unitPath'>,
  pointUnitPath: string,
): boolean {
  return editsConference(actor, conference) || canEdit(actor, pointUnitPath);
}

/** A unit (by path) may act on what is assigned to it (a tham luận): an editor whose capture scope holds it. */
export const actsForUnit = (actor: Actor, unitPath: string | null) =>
  unitPath !== null && canEdit(actor, unitPath) && isWithin(unitPath, actor.captureScope);

/** Whether anything has left the office: giấy mời issued or sent, anybody checked in (then cancel, not delete). */
export interface DeletionBlockers {
  invitation: boolean;
  invited: number;
  present: number;
}

export const deletionBlocked = (b: DeletionBlockers): boolean =>
  b.invitation || b.invited > 0 || b.present > 0;

/** Deleting: its organiser (a cancelled conference too), while nothing has left the office. */
export const deletesConference = (
  actor: Actor,
  conference: Pick<ConferenceFacts, 'unitPath'>,
  blockers: DeletionBlockers,
): boolean => editsConference(actor, conference) && !deletionBlocked(blockers);

/** What this account may do with the conference now: `ConferenceDetail.allowedActions`. */
export interface ConferenceActions {
  /** PATCH its fields (and its parts: programme, points, delegates, …). */
  edit: boolean;
  /** The steps a PATCH `{ status }` accepts besides the current one, in the life cycle's order. */
  moveTo: ConferenceStep[];
  /** The step after this one, when the account may move it there. */
  nextStep: ConferenceStep | null;
  cancel: boolean;
  delete: boolean;
}

export function conferenceActions(
  actor: Actor,
  conference: Pick<ConferenceFacts, 'unitPath' | 'status'>,
  blockers: DeletionBlockers,
): ConferenceActions {
  const status = statusOf(conference);
  const changes = changesConference(actor, conference);
  const next = nextConferenceStep(status);
  return {
    edit: changes,
    moveTo: changes ? CONFERENCE_STEPS.filter((to) => to !== status && mayMoveConference(status, to)) : [],
    nextStep: changes ? next : null,
    cancel: changes && mayCancelConference(status),
    delete: deletesConference(actor, conference, blockers),
  };
}
