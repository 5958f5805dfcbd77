import { systemClock } from '../../platform/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUnit, buildUser, SYSTEM_ACTOR } from '../../testing/factories';
import { startSmtpCapture, type SmtpCapture } from '../../testing/smtp-capture';
import { queryRows } from '../../platform/database';
import { createMailer } from '../../platform/mail';
import { startJobs, type Jobs } from '../../platform/jobs';
import { addDays, todayInVietnam } from '../../../core/dates/vn-dates';
import { SAMPLES } from '../../../core/documents/samples';
import type { DocumentDraft } from '../../../contracts/documents';
import { createPlan } from './plans.service';
import { issuePlan, transitionPlan } from './plan-lifecycle.service';
import { updateTask } from './tasks.service';
import { REMINDERS_QUEUE, registerPlanJobs } from './plan-jobs';
import { runReminders } from './reminders.service';

const today = todayInVietnam(new Date());

describe.each(engines())('deadline reminders on %s', (engine) => {
  const ctx = useTestApp(engine);
  let smtp: SmtpCapture;
  let jobs: Jobs | null = null;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    await jobs?.stop();
    await smtp.close();
  });

  it('reminds before, on and after the deadline by e-mail and in the app, escalates, and never twice', async () => {
    const db = ctx.database.db;
    const ubnd = await buildUnit(db, {
      parent: '18673',
      level: 'organization',
      type: 'UBND',
      name: 'Ủy ban nhân dân xã Cẩm Xuyên',
      shortName: 'UBND',
    });
    const officer = await buildUser(ctx.app, db, {
      role: 'officer',
      unit: '18673',
      email: 'vanhoa.camxuyen@example.vn',
    });
    await buildUser(ctx.app, db, { role: 'unit_admin', unit: '42', email: 'tinh@example.vn' });
    const task = (text: string, deadline: string) => ({
      text,
      lead: ['Công chức Văn hóa - Xã hội'],
      support: [],
      deadline: { raw: `chậm nhất ngày ${deadline}`, from: null, to: deadline },
    });
    const plan = await createPlan(
      db,
      SYSTEM_ACTOR,
      {
        draft: { ...SAMPLES.KH, kind: 'KH', number: null, date: today } as DocumentDraft,
        unit: ubnd.code,
        targets: [],
        tasks: [
          task('Việc đã quá hạn', addDays(today, -1)),
          task('Việc đến hạn hôm nay', today),
          task('Việc còn hai ngày', addDays(today, 2)),
          task('Việc còn mười ngày', addDays(today, 10)),
          task('Việc đã xong', addDays(today, -3)),
        ],
        printParts: true,
      },
      new Date(),
    );
    const done = plan.tasks.find((t) => t.text === 'Việc đã xong')!;
    await updateTask(db, SYSTEM_ACTOR, done.id, { status: 'done' }, new Date());
    // A draft plan reminds nobody.
    expect((await runReminders(db, today)).reminders).toBe(0);
    await transitionPlan(db, SYSTEM_ACTOR, plan.id, { action: 'submit' }, new Date());
    await transitionPlan(db, SYSTEM_ACTOR, plan.id, { action: 'approve' }, new Date());
    await issuePlan(db, SYSTEM_ACTOR, plan.id, { date: today }, new Date());

    jobs = await startJobs(ctx.database, { pollingIntervalSeconds: 0.5, schedule: false });
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'PhongTrao <nhac-viec@phongtrao.local>' });
    await registerPlanJobs(
      jobs,
      db,
      mailer,
      { publicUrl: 'http://pt.test' },
      { schedule: false, clock: systemClock },
    );
    await jobs.send(REMINDERS_QUEUE, { date: today });

    const mail = await smtp.waitFor((m) => m.to.includes('vanhoa.camxuyen@example.vn'), 20_000);
    expect(mail.subject).toBe('[PhongTrào] Nhắc hạn nhiệm vụ: 1 quá hạn, 1 đến hạn hôm nay, 1 sắp đến hạn');
    expect(mail.text).toContain('Việc đã quá hạn');
    expect(mail.text).toContain('quá hạn 1 ngày');
    expect(mail.text).toContain('còn 2 ngày');
    expect(mail.text).not.toContain('Việc còn mười ngày');
    expect(mail.text).not.toContain('Việc đã xong');
    const overdueTask = plan.tasks.find((t) => t.text === 'Việc đã quá hạn')!;
    expect(mail.text).toContain(`http://pt.test/viec/${overdueTask.id}`);
    // The province, parent of the commune, hears of the overdue task.
    const escalation = await smtp.waitFor((m) => m.to.includes('tinh@example.vn'), 20_000);
    expect(escalation.subject).toContain('1 quá hạn ở đơn vị trực thuộc');

    const inbox = await ctx.app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: { cookie: officer.cookie },
    });
    expect(inbox.json().unread).toBe(3);
    expect(
      inbox
        .json()
        .items.map((n: { title: string }) => n.title)
        .sort(),
    ).toEqual(['Quá hạn', 'Sắp đến hạn', 'Đến hạn hôm nay'].sort());

    // Run again, by the job and directly: nothing new is decided, queued or sent.
    const sentBefore = smtp.messages.length;
    expect(await runReminders(db, today)).toEqual({ reminders: 0, notifications: 0, emails: 0 });
    await jobs.send(REMINDERS_QUEUE, { date: today });
    const outbox = async () =>
      (
        await queryRows<{ pending: number; total: number }>(
          db,
          sql`SELECT count(*) FILTER (WHERE status <> 'sent')::int AS pending, count(*)::int AS total FROM mail_outbox`,
        )
      )[0]!;
    // The sender marks a message sent just after the SMTP exchange: wait for that, then compare.
    for (let i = 0; i < 100 && (await outbox()).pending > 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await outbox()).toEqual({ pending: 0, total: sentBefore });
    expect(smtp.messages.length).toBe(sentBefore);
    // The next day, the two-day task is one day closer but already reminded: only nothing new (its 'before' is done).
    const tomorrow = await runReminders(db, addDays(today, 1));
    expect(tomorrow.reminders).toBe(2); // the due-today task is now overdue, and its escalation
  });
});
