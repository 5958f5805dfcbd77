import type { Config } from '../../platform/config';
import type { Db } from '../../platform/database';
import type { Jobs } from '../../platform/jobs';
import { vietnamToday, type Clock } from '../../platform/clock';
import { flushOutbox, type MailSender } from '../notifications/notifications.service';
import { runReminders, type ReminderHooks } from './reminders.service';

export const REMINDERS_QUEUE = 'reminders.run';
export const MAIL_QUEUE = 'mail.flush';
/** Every morning at 07:00, Vietnam time. */
export const REMINDERS_CRON = '0 7 * * *';

/**
 * The background work of plans: the daily reminder run and the e-mail sender, as pg-boss jobs. Both are stored in the
 * database, so a job queued before a restart runs after it; the `stately` policy keeps one of each queued at a time,
 * and reminder_log's unique key keeps a reminder from going out twice even if a run is repeated.
 */
export async function registerPlanJobs(
  jobs: Jobs,
  db: Db,
  mailer: MailSender,
  config: Pick<Config, 'publicUrl'>,
  options: { schedule?: boolean; clock: Clock },
): Promise<ReminderHooks> {
  const clock = options.clock;
  await jobs.register<{ date?: string }>(
    REMINDERS_QUEUE,
    async (job) => {
      await runReminders(db, job.data.date ?? vietnamToday(clock), config.publicUrl);
      await jobs.send(MAIL_QUEUE, {});
    },
    { policy: 'stately', retryLimit: 3, retryDelaySeconds: 60 },
  );
  await jobs.register<Record<string, never>>(
    MAIL_QUEUE,
    async () => {
      // Sends in batches until nothing is pending; a failure leaves the row pending for the next run.
      const now = clock.now();
      for (;;) {
        const { sent } = await flushOutbox(db, mailer, now);
        if (sent === 0) break;
      }
    },
    { policy: 'stately', retryLimit: 5, retryDelaySeconds: 120 },
  );
  if (options.schedule ?? true) await jobs.schedule(REMINDERS_QUEUE, REMINDERS_CRON, {});
  return { baseUrl: config.publicUrl, afterRun: async () => void (await jobs.send(MAIL_QUEUE, {})) };
}
