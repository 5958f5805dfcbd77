import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { Actor } from '../../../platform/actor';
import { canEdit, isWithin } from '../../../platform/scope';
import { recordAudit } from '../../audit/audit.service';
import { viewsPlan } from '../../plans/plan-structure';
import { findConference, type ConferenceRow } from './conference.repo';

export type { ConferenceRow };
export { findConference };

export async function requireConference(db: Db, id: number): Promise<ConferenceRow> {
  const row = await findConference(db, id);
  if (!row) throw notFound('hội nghị', { id });
  return row;
}

/**
 * Reading: the host's area is in the actor's scope, or the actor's unit lies inside that area (a commune reads the
 * district's conference it attends, as with plans).
 */
export function viewsConference(actor: Actor, conference: Pick<ConferenceRow, 'areaPath'>): boolean {
  return viewsPlan(actor, conference.areaPath);
}

export function assertViewsConference(actor: Actor, conference: Pick<ConferenceRow, 'areaPath'>): void {
  if (!viewsConference(actor, conference)) throw new AppError('OUT_OF_SCOPE');
}

/** Organising (programme, delegates, invitations, awards): an editor whose capture scope holds the host unit. */
export function editsConference(actor: Actor, conference: Pick<ConferenceRow, 'unitPath'>): boolean {
  return canEdit(actor, conference.unitPath);
}

export function assertEditsConference(actor: Actor, conference: Pick<ConferenceRow, 'unitPath'>): void {
  if (!editsConference(actor, conference)) {
    throw new AppError(
      ['viewer'].includes(actor.role) ? 'FORBIDDEN' : 'OUT_OF_SCOPE',
      'Chỉ đơn vị tổ chức hội nghị mới thay đổi được nội dung này.',
    );
  }
}

/** A cancelled conference is a record: it changes no more (a new one is made instead). */
export function assertNotCancelled(conference: Pick<ConferenceRow, 'status'>): void {
  if (conference.status === 'cancelled')
    throw new AppError('CONFLICT', 'Hội nghị đã hủy; không thay đổi được nữa.', { status: 'cancelled' });
}

/**
 * Changing anything of a conference (programme, points, delegates, giấy mời, tham luận, awards, checklist): its
 * organiser, while it is not cancelled. Only deleting a conference is allowed once it is cancelled.
 */
export function assertChangesConference(
  actor: Actor,
  conference: Pick<ConferenceRow, 'unitPath' | 'status'>,
): void {
  assertEditsConference(actor, conference);
  assertNotCancelled(conference);
}

/**
 * Checking in at a point: the organiser, or an editor whose capture scope holds the point's host unit (the commune
 * staff at their own điểm cầu).
 */
export function checksInAt(
  actor: Actor,
  conference: Pick<ConferenceRow, 'unitPath'>,
  pointUnitPath: string,
): boolean {
  return editsConference(actor, conference) || canEdit(actor, pointUnitPath);
}

/** A unit (by path) may act on what is assigned to it (a tham luận): an editor whose capture scope holds it. */
export const actsForUnit = (actor: Actor, unitPath: string | null) =>
  unitPath !== null && canEdit(actor, unitPath) && isWithin(unitPath, actor.captureScope);

/** One audit row per conference change, filed under the host unit so its administrators read it. */
export async function auditConference(
  tx: Db,
  actor: Actor,
  conference: Pick<ConferenceRow, 'id' | 'unitId' | 'unitPath'>,
  action: string,
  change: { before?: unknown; after?: unknown; entityType?: string; entityId?: number | string } = {},
): Promise<void> {
  await recordAudit(tx, actor, {
    action,
    entityType: change.entityType ?? 'conference',
    entityId: change.entityId ?? conference.id,
    unit: { id: conference.unitId, path: conference.unitPath },
    before: change.before,
    after: change.after,
  });
}
