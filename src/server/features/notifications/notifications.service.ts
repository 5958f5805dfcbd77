import type { Db } from '../../platform/database';
import { notFound } from '../../platform/errors';
import type { Notification } from '../../../contracts/notifications';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../audit/audit.service';
import {
  claimMails,
  countUnread,
  deleteNoticesOfConference,
  findAccountUnits,
  insertMails,
  insertNotices,
  insertNoticeUnlessSince,
  markMailFailed,
  markMailSent,
  markNoticesRead,
  noticeExists,
  releaseStaleClaims,
  selectMailRecipients,
  selectNotices,
  type MarkedNotice,
  type NewMail,
  type NewNotice,
} from './notifications.repo';
import { notificationsMessages as m } from './notifications.messages';

export type { NewMail, NewNotice };

/** What sends mail; platform/mail.ts gives the real one. */
export interface MailSender {
  enabled: boolean;
  send(message: { to: string; subject: string; text: string }): Promise<unknown>;
}

/** The units an account works for: its unit and its organization. */
export async function actorUnits(db: Db, actor: Actor): Promise<number[]> {
  const row = await findAccountUnits(db, actor.id);
  return row ? [row.unitId, ...(row.organizationId ? [row.organizationId] : [])] : [actor.unitId];
}

/** The notices of the account's unit and organization, newest first (a notice is read once for the whole unit). */
export async function listNotifications(db: Db, actor: Actor, unreadOnly: boolean) {
  const ids = await actorUnits(db, actor);
  const rows = await selectNotices(db, ids, unreadOnly);
  const unread = await countUnread(db, ids);
  const items: Notification[] = rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt ? r.readAt.toISOString() : null,
  }));
  return { items, unread };
}

/**
 * Marks one notice of the account's units read, with its audit row in the same transaction. A notice already read
 * changes nothing and writes nothing; one of another unit (or none) is not found.
 */
export async function markRead(db: Db, actor: Actor, id: number): Promise<void> {
  const ids = await actorUnits(db, actor);
  await db.transaction(async (tx) => {
    const [marked] = await markNoticesRead(tx, ids, id);
    if (!marked) {
      if (!(await noticeExists(tx, id, ids))) throw notFound(m.noticeNumbered(id));
      return;
    }
    await recordAudit(tx, actor, {
      action: 'notification.read',
      entityType: 'notification',
      entityId: marked.id,
      unit: { id: marked.unit_id, path: marked.unit_path },
      after: { notifications: [marked.id] },
    });
  });
}

/**
 * Marks every unread notice of the account's units read: one audit row per unit whose notices changed, naming
 * "all" with the ids and their count, in the same transaction. Their read_at is that transaction's now(), the
 * audit row's time. Nothing unread changes nothing and writes nothing.
 */
export async function markAllRead(db: Db, actor: Actor): Promise<void> {
  const ids = await actorUnits(db, actor);
  await db.transaction(async (tx) => {
    const marked = await markNoticesRead(tx, ids);
    const byUnit = new Map<number, MarkedNotice[]>();
    for (const row of marked) byUnit.set(row.unit_id, [...(byUnit.get(row.unit_id) ?? []), row]);
    for (const [unitId, rows] of byUnit) {
      const notices = rows.map((r) => r.id).sort((a, b) => a - b);
      await recordAudit(tx, actor, {
        action: 'notification.read_all',
        entityType: 'notification',
        entityId: 'all',
        unit: { id: unitId, path: rows[0]!.unit_path },
        after: { notifications: 'all', ids: notices, count: notices.length },
      });
    }
  });
}

/** Writes notices for units (about a task, a plan or a conference); how many. */
export async function notifyUnits(tx: Db, notices: NewNotice[]): Promise<number> {
  await insertNotices(tx, notices);
  return notices.length;
}

/**
 * Writes a notice unless its unit already has one of the same kind (and conference) written since `since`: a
 * reminder sent once a day passes the start of the day. Whether it wrote it.
 */
export function notifyUnitOnce(tx: Db, notice: NewNotice, since: Date): Promise<boolean> {
  return insertNoticeUnlessSince(tx, notice, since);
}

/** Deletes a conference's notices (the conference is deleted). */
export function deleteConferenceNotices(tx: Db, conferenceId: number): Promise<void> {
  return deleteNoticesOfConference(tx, conferenceId);
}

/** An active account with an e-mail address, working for a unit directly or through its organization. */
export interface MailRecipient {
  id: number;
  email: string;
  full_name: string;
  unit_id: number;
  organization_id: number | null;
}

/** The accounts that receive mail for these units: those of the unit, and those of the unit as their organization. */
export async function mailRecipients(db: Db, unitIds: number[]): Promise<MailRecipient[]> {
  if (unitIds.length === 0) return [];
  return selectMailRecipients(db, unitIds);
}

/** Queues mail (unique dedupe keys: a key already queued is skipped); the keys actually queued. */
export function queueMail(tx: Db, mails: NewMail[]): Promise<string[]> {
  return insertMails(tx, mails);
}

/** A claimed row whose sender has not marked it after this long is taken to be lost and sent again. */
const CLAIM_TIMEOUT_MS = 10 * 60_000;

/**
 * Sends pending e-mail. Each row is claimed by one short UPDATE before sending and marked after, so two senders never
 * take the same row; a row claimed by a sender that died is retried after ten minutes.
 */
export async function flushOutbox(
  db: Db,
  mailer: MailSender,
  now: Date,
  limit = 200,
): Promise<{ sent: number; failed: number }> {
  if (!mailer.enabled) return { sent: 0, failed: 0 };
  await releaseStaleClaims(db, new Date(now.getTime() - CLAIM_TIMEOUT_MS));
  const claimed = await claimMails(db, limit, now);
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await mailer.send({ to: mail.to_address, subject: mail.subject, text: mail.body });
      await markMailSent(db, mail.id);
      sent++;
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      await markMailFailed(db, mail.id, mail.attempts >= 5 ? 'failed' : 'pending', message.slice(0, 500));
    }
  }
  return { sent, failed };
}
