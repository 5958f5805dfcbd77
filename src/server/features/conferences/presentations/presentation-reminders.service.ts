import type { Db } from '../../../platform/database';
import { tableDate } from '../../../../core/dates/vn-dates';
import type { Actor } from '../../../platform/actor';
import type { ReminderHooks } from '../../plans/reminders.service';
import {
  assertChangesConference,
  auditConference,
  requireConference,
} from '../conference/conference-access.service';
import { mailRecipients, notifyUnits, queueMail } from '../../notifications/notifications.service';
import {
  insertPresentationEvents,
  lockMissingPresentations,
  notRemindedToday,
  type MissingPresentation,
} from './presentations.repo';
import { presentationReminderMessages as r } from './presentations.messages';

/** A missing tham luận is reminded from this many days before its due date, and every day after it. */
export const PRESENTATION_DAYS_BEFORE = 3;

type Missing = MissingPresentation;

/**
 * Reminds the units whose tham luận is still missing (assigned, or sent back for changes) and due within three days
 * or past, for conferences not yet over: a notice to the unit, an e-mail to each of its accounts with an address and
 * a 'remind' event, at most once per tham luận per day. The rows are locked and today's event is the record, so a
 * run repeated, or run by the daily job and an organiser at once, reminds nothing twice. `conferenceId` limits the
 * run to one conference; the daily job passes none.
 */
export async function remindMissingPresentations(
  db: Db,
  today: string,
  baseUrl = '',
  options: { conferenceId?: number; byUser?: number | null } = {},
): Promise<{ notified: number; emails: number }> {
  return db.transaction(async (tx) => {
    const missing = await lockMissingPresentations(tx, today, PRESENTATION_DAYS_BEFORE, options.conferenceId);
    // Locked above: a concurrent run waits here, then finds today's events and skips what this one reminded.
    const keep = new Set(
      await notRemindedToday(
        tx,
        missing.map((m) => m.id),
        today,
      ),
    );
    const due = missing.filter((m) => keep.has(m.id));
    if (due.length === 0) return { notified: 0, emails: 0 };
    // The event's text is the day it was decided: the once-per-day key.
    await insertPresentationEvents(
      tx,
      due.map((m) => ({
        presentationId: m.id,
        kind: 'remind',
        text: today,
        byUser: options.byUser ?? null,
      })),
    );
    await notifyUnits(
      tx,
      due.map((m) => ({
        unitId: m.unit_id,
        kind: 'presentation.remind',
        title: m.due_date < today ? r.overdueTitle : r.dueSoonTitle,
        body: noticeBody(m, today),
        conferenceId: m.conference_id,
      })),
    );
    const emails = await queueEmails(tx, due, today, baseUrl);
    return { notified: due.length, emails };
  });
}

function noticeBody(m: Missing, today: string): string {
  const days = Math.round((Date.parse(m.due_date) - Date.parse(today)) / 86_400_000);
  const state = days > 0 ? r.daysLeft(days) : days === 0 ? r.dueToday : r.daysLate(-days);
  const again = m.status === 'changes_requested' ? r.sendAgain : '';
  return r.notice({
    topic: m.topic,
    unit: m.unit_name,
    conference: m.conference_title,
    due: tableDate(m.due_date),
    state,
    again,
  });
}

async function queueEmails(tx: Db, due: Missing[], today: string, baseUrl: string): Promise<number> {
  const unitIds = [...new Set(due.map((m) => m.unit_id))];
  const people = await mailRecipients(tx, unitIds);
  const rows = due.flatMap((m) =>
    people
      .filter((p) => p.unit_id === m.unit_id || p.organization_id === m.unit_id)
      .map((p) => ({
        dedupeKey: `presentation-remind:${m.id}:${today}:${p.id}`,
        toAddress: p.email,
        subject: r.subject(m.topic).slice(0, 250),
        body: r.mail({
          person: p.full_name,
          notice: noticeBody(m, today),
          link: baseUrl ? `${baseUrl}/hoi-nghi/${m.conference_id}` : null,
        }),
      })),
  );
  if (rows.length === 0) return 0;
  return (await queueMail(tx, rows)).length;
}

/** The organiser reminds the units of one conference now (the daily job does the same for every conference). */
export async function remindConferencePresentations(
  db: Db,
  actor: Actor,
  hooks: ReminderHooks,
  conferenceId: number,
  today: string,
): Promise<{ notified: number }> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const run = await db.transaction(async (tx) => {
    const result = await remindMissingPresentations(tx, today, hooks.baseUrl, {
      conferenceId,
      byUser: actor.id || null,
    });
    await auditConference(tx, actor, conference, 'presentation.remind', { after: { today, ...result } });
    return result;
  });
  await hooks.afterRun();
  return { notified: run.notified };
}
