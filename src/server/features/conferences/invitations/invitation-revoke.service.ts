import type { DelegateInvitation, ReissueInvitationBody } from '../../../../contracts/conferences';
import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { Actor } from '../../../platform/actor';
import type { ReminderHooks } from '../../plans/reminders.service';
import {
  assertChangesConference,
  auditConference,
  requireConference,
} from '../conference/conference-access.service';
import { lockDelegateInvitation, markEmailed, raiseDelegateTokenVersion } from './invitation-issuing.repo';
import { conferenceOfDelegate, documentStatus, invitationDelegates } from './invitations.repo';
import {
  assertInvitationsOpen,
  invitationMail,
  personalLink,
  queueMail,
  requireInvitationConference,
} from './invitations.service';
import { invitationsMessages as m } from './invitations.messages';
import { invitationMailText as mail } from './invitation-mail.messages';

/* Re-issuing and cancelling one delegate's giấy mời: both raise its token version, revoking every link and QR so far. */

/** The delegate whose invitation an organiser changes, locked with its conference for the change. */
async function invitationTarget(db: Db, actor: Actor, delegateId: number) {
  const conferenceId = await conferenceOfDelegate(db, delegateId);
  if (conferenceId === null) throw notFound(m.delegate, { id: delegateId });
  const access = await requireConference(db, conferenceId);
  assertChangesConference(actor, access);
  assertInvitationsOpen(access);
  return access;
}

/** Raises the delegate's token version (revoking every link and QR printed so far); the row after the change. */
async function raiseTokenVersion(tx: Db, delegateId: number, cancel: boolean) {
  const before = await lockDelegateInvitation(tx, delegateId);
  if (cancel && before!.attendance === 'present')
    throw new AppError('CONFLICT', m.checkedIn(before!.name ?? before!.position), {
      delegateId,
      reason: 'checked_in',
    });
  const after = await raiseDelegateTokenVersion(tx, delegateId, cancel);
  return { before: before!, after };
}

/**
 * POST /api/delegates/:id/invitation/reissue: a new personal link for a delegate (a lost or forwarded giấy mời). The
 * token version goes up, so the old link and QR code answer TOKEN_INVALID on RSVP, QR image and check-in; the answer
 * given so far stays. With `email`, the new link is mailed to the delegate's address (once per version).
 */
export async function reissueInvitation(
  db: Db,
  actor: Actor,
  delegateId: number,
  body: ReissueInvitationBody,
  hooks: ReminderHooks,
  today: string,
): Promise<DelegateInvitation> {
  const access = await invitationTarget(db, actor, delegateId);
  const result = await db.transaction(async (tx) => {
    const { before, after } = await raiseTokenVersion(tx, delegateId, false);
    const c = await requireInvitationConference(tx, access.id);
    const [d] = await invitationDelegates(tx, access.id, { delegateId });
    const link = personalLink(hooks.baseUrl, c, d!, today);
    let emailed = false;
    if (body.email && d!.email) {
      const doc = c.invitationDocumentId ? await documentStatus(tx, c.invitationDocumentId) : undefined;
      const queued = await queueMail(tx, [
        {
          dedupeKey: `invite:${d!.id}:${d!.tokenVersion}`,
          toAddress: d!.email,
          subject: mail.reissuedSubject(c.title),
          body: invitationMail(c, d!, link, doc?.number ?? null),
        },
      ]);
      emailed = queued.length > 0;
      if (emailed) await markEmailed(tx, [delegateId]);
    }
    await auditConference(tx, actor, access, 'delegate.invitation.reissue', {
      entityType: 'delegate',
      entityId: delegateId,
      before: { tokenVersion: before.token_version },
      after: { tokenVersion: after.token_version, emailed },
    });
    return {
      delegateId,
      tokenVersion: after.token_version,
      invited: after.invited,
      link,
      emailed,
    };
  });
  if (result.emailed) await hooks.afterRun();
  return result;
}

/**
 * POST /api/delegates/:id/invitation/cancel: the delegate is no longer invited. The token version goes up (every
 * link and QR printed so far is revoked), the invitation and the answer are cleared; the delegate stays on the list
 * (delete it to remove it) and a later "Tạo giấy mời" invites it again with a new link. Refused once checked in.
 */
export async function cancelInvitation(
  db: Db,
  actor: Actor,
  delegateId: number,
): Promise<DelegateInvitation> {
  const access = await invitationTarget(db, actor, delegateId);
  return db.transaction(async (tx) => {
    const { before, after } = await raiseTokenVersion(tx, delegateId, true);
    await auditConference(tx, actor, access, 'delegate.invitation.cancel', {
      entityType: 'delegate',
      entityId: delegateId,
      before: {
        tokenVersion: before.token_version,
        invitedAt: before.invited_at,
        rsvp: before.rsvp,
        substituteName: before.substitute_name,
      },
      after: { tokenVersion: after.token_version, invitedAt: null, rsvp: 'pending' },
    });
    return { delegateId, tokenVersion: after.token_version, invited: false, link: null, emailed: false };
  });
}
