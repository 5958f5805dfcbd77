import type { Config } from '../../../platform/config';
import { vietnamToday, type Clock } from '../../../platform/clock';
import type { Db } from '../../../platform/database';
import type { Jobs } from '../../../platform/jobs';
import { addDays } from '../../../../core/dates/vn-dates';
import { MAIL_QUEUE } from '../../plans/plan-jobs';
import { invitationConference, invitedConferencesBetween } from './invitations.repo';
import { remindPendingIn } from './invitations.service';
import { auditConference } from '../conference/conference-access.service';
import { SYSTEM_ACTOR } from '../../../platform/actor';

export const RSVP_REMINDERS_QUEUE = 'invitations.remind';
/** Every morning at 07:30, Vietnam time (after the task reminders of 07:00). */
export const RSVP_REMINDERS_CRON = '30 7 * * *';
/** Conferences this many days ahead or fewer are reminded of. */
export const RSVP_REMINDER_DAYS = 7;

/**
 * Reminds the delegates who have not answered, for every conference in status 'invited' held within the next
 * RSVP_REMINDER_DAYS days: one e-mail per delegate per day (the outbox's dedupe key) and one notice per unit per day.
 * Each conference in its own transaction (with its audit row), so one failure does not hold the others back.
 */
export async function runRsvpReminders(
  db: Db,
  today: string,
  baseUrl = '',
): Promise<{ conferences: number; queued: number; notified: number }> {
  const due = await invitedConferencesBetween(db, today, addDays(today, RSVP_REMINDER_DAYS));
  let queued = 0;
  let notified = 0;
  for (const id of due) {
    const result = await db.transaction(async (tx) => {
      const c = await invitationConference(tx, id);
      if (!c) return { queued: 0, notified: 0 };
      const reminded = await remindPendingIn(tx, c, baseUrl, today);
      // The daily job's run is recorded where it changed something, as the organiser's button is.
      if (reminded.queued > 0 || reminded.notified > 0)
        await auditConference(tx, SYSTEM_ACTOR, c, 'conference.invitations.remind', {
          after: { ...reminded, today, by: 'daily_job' },
        });
      return reminded;
    });
    queued += result.queued;
    notified += result.notified;
  }
  return { conferences: due.length, queued, notified };
}

/**
 * The daily RSVP reminder as a pg-boss job (`stately`: one queued at a time). Register after registerPlanJobs: the
 * mail it queues goes out through the plans' `mail.flush` queue.
 */
export async function registerInvitationJobs(
  jobs: Jobs,
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  options: { schedule?: boolean; clock: Clock },
): Promise<void> {
  const clock = options.clock;
  await jobs.register<{ date?: string }>(
    RSVP_REMINDERS_QUEUE,
    async (job) => {
      const run = await runRsvpReminders(db, job.data.date ?? vietnamToday(clock), config.publicUrl);
      if (run.queued > 0) await jobs.send(MAIL_QUEUE, {});
    },
    { policy: 'stately', retryLimit: 3, retryDelaySeconds: 60 },
  );
  if (options.schedule ?? true) await jobs.schedule(RSVP_REMINDERS_QUEUE, RSVP_REMINDERS_CRON, {});
}
