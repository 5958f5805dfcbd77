import { systemClock } from '../../../platform/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { startSmtpCapture, type SmtpCapture } from '../../../testing/smtp-capture';
import { queryRows } from '../../../platform/database';
import { createMailer } from '../../../platform/mail';
import { startJobs, type Jobs } from '../../../platform/jobs';
import { addDays, todayInVietnam } from '../../../../core/dates/vn-dates';
import { registerPlanJobs } from '../../plans/plan-jobs';
import { insertTestConference } from '../conference/conferences.testing';
import { registerInvitationJobs, RSVP_REMINDERS_QUEUE, runRsvpReminders } from './invitations.jobs';

const today = todayInVietnam(new Date());
const SIGNER = { authority: null, position: 'Chủ tịch', name: 'Phạm Văn Thắng' };

describe.each(engines())('the daily RSVP reminder on %s', (engine) => {
  const ctx = useTestApp(engine, { publicUrl: 'http://pt.test' });
  let smtp: SmtpCapture;
  let jobs: Jobs | null = null;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    await jobs?.stop();
    await smtp.close();
  });

  it('reminds the pending delegates of conferences in the next 7 days, once a day, by mail and notice', async () => {
    const db = ctx.database.db;
    const { cookie } = await buildUser(ctx.app, db, { role: 'officer', unit: '18673' });
    const soon = await insertTestConference(db, {
      delegates: 3,
      date: addDays(today, 3),
      title: `Sắp họp ${engine}`,
    });
    const later = await insertTestConference(db, {
      delegates: 2,
      date: addDays(today, 10),
      title: `Còn xa ${engine}`,
    });
    for (const t of [soon, later]) {
      await db.execute(
        sql`UPDATE delegates SET unit_id = ${t.unit.id} WHERE conference_id = ${t.conference.id}`,
      );
      const r = await ctx.app.inject({
        method: 'POST',
        url: `/api/conferences/${t.conference.id}/invitations`,
        headers: { cookie },
        payload: { signer: SIGNER, email: false },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${soon.tokenOf(soon.delegates[0]!)}`,
      payload: { answer: 'no' },
    });

    jobs = await startJobs(ctx.database, { pollingIntervalSeconds: 0.5, schedule: false });
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'PhongTrao <nhac-viec@phongtrao.local>' });
    await registerPlanJobs(
      jobs,
      db,
      mailer,
      { publicUrl: 'http://pt.test' },
      { schedule: false, clock: systemClock },
    );
    await registerInvitationJobs(
      jobs,
      db,
      { publicUrl: 'http://pt.test' },
      { schedule: false, clock: systemClock },
    );
    await jobs.send(RSVP_REMINDERS_QUEUE, { date: today });
    for (const d of soon.delegates.slice(1)) {
      const mail = await smtp.waitFor((m) => m.to.includes(d.email!), 20_000);
      expect(mail.subject).toBe(`Nhắc xác nhận tham dự: Sắp họp ${engine}`);
      expect(mail.text).toMatch(/http:\/\/pt\.test\/moi\/\S+/);
    }

    // The same day again: nothing new is decided.
    expect(await runRsvpReminders(db, today, 'http://pt.test')).toMatchObject({ queued: 0, notified: 0 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(
      soon.delegates
        .slice(1)
        .map((d) => d.email)
        .sort(),
    );
    const notices = await queryRows<{ conference_id: number; body: string }>(
      db,
      sql`SELECT conference_id, body FROM notifications WHERE kind = 'rsvp_pending'`,
    );
    expect(notices).toEqual([
      { conference_id: soon.conference.id, body: expect.stringMatching(/^2 đại biểu/) },
    ]);
  });
});
