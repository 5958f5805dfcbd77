import type { GenerateInvitationsBody, InvitationsSummary } from '../../../../contracts/conferences';
import type { DocumentDraft } from '../../../../contracts/documents';
import { formalDate, todayInVietnam } from '../../../../core/dates/vn-dates';
import { inviteeLine } from '../../../../core/documents/invitation-batch';
import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { Actor } from '../../../platform/actor';
import { createDocument, issueDocument } from '../../documents/documents.service';
import type { ReminderHooks } from '../../plans/reminders.service';
import {
  assertChangesConference,
  assertViewsConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from '../conference/conference-access.service';
import { notifyUnitOnce, queueMail } from '../../notifications/notifications.service';
import {
  lockConferenceForInvitations,
  markConferenceInvited,
  markDelegatesInvited,
  markEmailed,
  unmailedDelegateIds,
} from './invitation-issuing.repo';
import {
  documentStatus,
  invitationConference,
  invitationDelegates,
  invitationsSummary,
  type InvitationConference,
  type InvitationDelegate,
} from './invitations.repo';
import { signToken, tokenExpiry } from './tokens.service';
import { invitationsMessages as m } from './invitations.messages';
import { invitationMailText as mail, invitationText as t } from './invitation-mail.messages';

export const isAdminUnit = (level: string) => level !== 'organization' && level !== 'village';
export const committee = (fullName: string) =>
  t.committee(`${fullName.charAt(0).toLowerCase()}${fullName.slice(1)}`);

/** "07:30" → "07 giờ 30 phút". */
const clock = (hm: string) => t.clock(hm.slice(0, 2), hm.slice(3, 5));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The Thời gian line of a giấy mời: "07 giờ 30 phút, ngày 22 tháng 3 năm 2024"; for several sessions
 * "Buổi sáng từ 07 giờ 30 phút, buổi chiều từ 13 giờ 30 phút, ngày …"; the plan's words when it names no day.
 */
export function invitationTime(c: Pick<InvitationConference, 'sessions' | 'date' | 'dateRaw'>): string {
  const day = c.date ? formalDate(c.date) : (c.dateRaw ?? t.timeLater);
  if (c.sessions.length === 0) return capitalise(day);
  if (c.sessions.length === 1) return `${clock(c.sessions[0]!.start)}, ${day}`;
  const label = (l: string) => (/^buổi\b/i.test(l) ? l.toLowerCase() : t.session(l.toLowerCase()));
  return capitalise(
    `${c.sessions.map((s) => t.sessionFrom(label(s.label), clock(s.start))).join(', ')}, ${day}`,
  );
}

/** The Địa điểm line: the venue, and the bridge points of an online or hybrid conference. */
export function invitationPlace(c: Pick<InvitationConference, 'venue' | 'format'>): string {
  const online = c.format === 'online' || c.format === 'hybrid';
  if (!c.venue) return online ? t.onlineOnly : t.placeLater;
  return online ? t.withBridges(c.venue) : c.venue;
}

/** The inviting body as the sentence names it: "Ủy ban nhân dân xã Cẩm Xuyên", or the organization's name. */
const hostName = (c: InvitationConference) =>
  isAdminUnit(c.host.level) ? committee(c.host.fullName) : c.host.name;

function signerOf(
  c: InvitationConference,
  given: GenerateInvitationsBody['signer'],
): DocumentDraft['signer'] {
  if (given)
    return { authority: given.authority, delegation: null, position: given.position, name: given.name };
  if (c.plan) return c.plan.signer;
  const authority = isAdminUnit(c.host.level) ? t.committeeAuthority : null;
  if (c.leader)
    return {
      authority,
      delegation: null,
      position: c.leader.position ?? t.chairman,
      name: c.leader.fullName,
    };
  throw new AppError('VALIDATION_FAILED', m.signerMissing, {
    path: 'signer',
  });
}

/** The giấy mời (Mẫu 1.7) of a conference, for no one in particular: each page of the batch names its delegate. */
export function invitationDraft(
  c: InvitationConference,
  signer?: GenerateInvitationsBody['signer'],
): DocumentDraft {
  const admin = isAdminUnit(c.host.level);
  const parentLine = c.hostParent
    ? isAdminUnit(c.hostParent.level)
      ? t.parentCommittee(c.hostParent.fullName).toUpperCase()
      : c.hostParent.name.toUpperCase()
    : null;
  const issuer = c.plan?.issuer ?? {
    parent: admin ? (c.hostParent && isAdminUnit(c.hostParent.level) ? parentLine : null) : parentLine,
    name: (admin ? committee(c.host.fullName) : c.host.name).toUpperCase(),
  };
  return {
    kind: 'GM',
    issuer,
    number: null,
    place: c.plan?.place || (admin ? c.host.name : (c.hostParent?.name ?? c.host.name)),
    date: null,
    title: t.title(c.title),
    recipientsTo: [],
    legalBases: [],
    sections: [],
    signer: signerOf(c, signer),
    recipients: t.recipients(),
    invitation: {
      host: hostName(c),
      invitee: null,
      event: c.title,
      chair: c.chair,
      time: invitationTime(c),
      place: invitationPlace(c),
      closing: t.closing,
    },
  };
}

/** The personal link of a delegate: `${PUBLIC_URL}/moi/<token>`, the same text as the QR code. */
export function personalLink(
  baseUrl: string,
  c: Pick<InvitationConference, 'id' | 'secret' | 'date'>,
  d: Pick<InvitationDelegate, 'id' | 'tokenVersion'>,
  today: string,
): string {
  const token = signToken(c.secret, {
    conferenceId: c.id,
    delegateId: d.id,
    version: d.tokenVersion,
    expires: tokenExpiry(c.date, today),
  });
  return `${baseUrl}/moi/${token}`;
}

/** The lines a page or an e-mail adds for a delegate attending at another bridge point. */
export function pointLines(d: InvitationDelegate): { label: string; text: string }[] {
  if (d.isMainPoint || !d.pointName) return [];
  const name = d.pointName.replace(/^điểm cầu\s+/i, '');
  return [{ label: t.point, text: d.pointRoom ? `${name} (${d.pointRoom})` : name }];
}

/** What both e-mails say of the conference and the delegate. */
const mailFacts = (c: InvitationConference, d: InvitationDelegate, link: string) => ({
  invitee: inviteeLine(d),
  title: c.title,
  time: invitationTime(c),
  place: invitationPlace(c),
  pointLines: pointLines(d).map((l) => `${l.label}: ${l.text}`),
  link,
});

export function invitationMail(
  c: InvitationConference,
  d: InvitationDelegate,
  link: string,
  number: string | null,
) {
  return mail.invitation({
    ...mailFacts(c, d, link),
    host: hostName(c),
    number,
    chair: c.chair,
  });
}

const reminderMail = (c: InvitationConference, d: InvitationDelegate, link: string) =>
  mail.reminder(mailFacts(c, d, link));

export { queueMail };

/** The giấy mời summary of a conference, for the conference page. */
export { invitationsSummary };

/** Giấy mời are made, sent, re-issued and reminded until the conference ends or is cancelled. */
export function assertInvitationsOpen(conference: Pick<ConferenceRow, 'status'>): void {
  if (conference.status === 'ended')
    throw new AppError('CONFLICT', m.ended, {
      status: conference.status,
    });
  if (conference.status === 'cancelled')
    throw new AppError('CONFLICT', m.cancelled, {
      status: conference.status,
    });
}

export async function requireInvitationConference(db: Db, id: number) {
  const c = await invitationConference(db, id);
  if (!c) throw notFound(m.conference, { id });
  return c;
}

/**
 * Generates the giấy mời: the GM document (created once, issued with a number from the register when asked), the
 * conference marked invited, its delegates marked invited and e-mailed a personal link, all in one transaction. Run
 * again, it reuses the document and its number and invites only those not invited yet; an e-mail goes once per
 * delegate and token version. Per unit (`mode: 'unit'`) is the same document and number: only the printed batch
 * differs (a page per unit, see unit-invitations.service.ts); e-mail still goes to each delegate with an address.
 */
export async function generateInvitations(
  db: Db,
  actor: Actor,
  conferenceId: number,
  body: GenerateInvitationsBody,
  hooks: ReminderHooks,
  now: Date,
): Promise<InvitationsSummary> {
  const today = todayInVietnam(now);
  const access = await requireConference(db, conferenceId);
  assertChangesConference(actor, access);
  assertInvitationsOpen(access);
  const queued = await db.transaction(async (tx) => {
    // One generation at a time per conference: the second waits and finds the document made.
    await lockConferenceForInvitations(tx, conferenceId);
    const c = await requireInvitationConference(tx, conferenceId);
    let documentId = c.invitationDocumentId;
    if (documentId === null) {
      const created = await createDocument(tx, actor, invitationDraft(c, body.signer), c.host.code, today);
      documentId = created.id;
    }
    const doc = await documentStatus(tx, documentId);
    let number = doc!.number;
    if (body.issue && doc!.status !== 'issued')
      number = (await issueDocument(tx, actor, documentId, {}, now)).number;
    await markConferenceInvited(tx, conferenceId, documentId);
    const invited = await markDelegatesInvited(tx, conferenceId);
    let mailed: string[] = [];
    if (body.email) {
      const toMail = (await invitationDelegates(tx, conferenceId)).filter((d) => d.email);
      const pending = new Set(await unmailedDelegateIds(tx, conferenceId));
      const rows = toMail
        .filter((d) => pending.has(d.id))
        .map((d) => ({
          dedupeKey: `invite:${d.id}:${d.tokenVersion}`,
          toAddress: d.email!,
          subject: mail.subject(c.title),
          body: invitationMail(c, d, personalLink(hooks.baseUrl, c, d, today), number),
        }));
      mailed = await queueMail(tx, rows);
      const ids = rows.map((r) => Number(r.dedupeKey.split(':')[1]));
      await markEmailed(tx, ids);
    }
    await auditConference(tx, actor, access, 'conference.invitations.generate', {
      after: { documentId, number, mode: body.mode, invited: invited.length, emailed: mailed.length },
    });
    return mailed.length;
  });
  if (queued > 0) await hooks.afterRun();
  return invitationsSummary(db, conferenceId);
}

export async function getInvitations(
  db: Db,
  actor: Actor,
  conferenceId: number,
): Promise<InvitationsSummary> {
  assertViewsConference(actor, await requireConference(db, conferenceId));
  return invitationsSummary(db, conferenceId);
}

/**
 * Reminds the invited delegates who have not answered: an e-mail to each with an address (once a day) and a notice
 * to each unit with pending seats (once a day). Used by the organiser's button and by the daily job.
 */
export async function remindPendingIn(
  tx: Db,
  c: InvitationConference,
  baseUrl: string,
  today: string,
): Promise<{ queued: number; notified: number }> {
  const pending = await invitationDelegates(tx, c.id, { pendingOnly: true });
  const rows = pending
    .filter((d) => d.email)
    .map((d) => ({
      dedupeKey: `rsvp-remind:${d.id}:${today}`,
      toAddress: d.email!,
      subject: mail.reminderSubject(c.title),
      body: reminderMail(c, d, personalLink(baseUrl, c, d, today)),
    }));
  const queued = await queueMail(tx, rows);
  const byUnit = new Map<number, number>();
  for (const d of pending) if (d.unitId !== null) byUnit.set(d.unitId, (byUnit.get(d.unitId) ?? 0) + 1);
  let notified = 0;
  for (const [unitId, count] of byUnit) {
    const notice = {
      unitId,
      kind: 'rsvp_pending',
      title: mail.pendingNoticeTitle,
      conferenceId: c.id,
      body: mail.pendingNotice(count, c.title, invitationTime(c)),
    };
    // At most once per conference per Vietnam day.
    if (await notifyUnitOnce(tx, notice, new Date(`${today}T00:00:00+07:00`))) notified += 1;
  }
  return { queued: queued.length, notified };
}

/** The organiser reminds the delegates who have not answered now. */
export async function remindInvitations(
  db: Db,
  actor: Actor,
  conferenceId: number,
  hooks: ReminderHooks,
  today: string,
): Promise<{ queued: number }> {
  const access = await requireConference(db, conferenceId);
  assertChangesConference(actor, access);
  assertInvitationsOpen(access);
  const run = await db.transaction(async (tx) => {
    const c = await requireInvitationConference(tx, conferenceId);
    const result = await remindPendingIn(tx, c, hooks.baseUrl, today);
    await auditConference(tx, actor, access, 'conference.invitations.remind', { after: result });
    return result;
  });
  if (run.queued > 0) await hooks.afterRun();
  return { queued: run.queued };
}
