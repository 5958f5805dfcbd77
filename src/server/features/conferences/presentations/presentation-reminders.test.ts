import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { queryRows } from '../../../platform/database';
import { addDays, todayInVietnam } from '../../../../core/dates/vn-dates';
import { remindMissingPresentations } from './presentation-reminders.service';
import { PDF, presentationKit } from './presentations.testing';

describe.each(engines())('tham luận reminders on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { db, inject, setup } = presentationKit(ctx);

  it('reminds missing texts due within three days or past, once a day, by notice, e-mail and event', async () => {
    const today = todayInVietnam(new Date());
    const s = await setup(addDays(today, 20));
    const soon = (await s.create({ topic: 'Sắp đến hạn', unit: '18673', dueDate: addDays(today, 2) })).json();
    await s.create({ topic: 'Còn lâu', unit: '18673', dueDate: addDays(today, 10) });
    const sent = (await s.create({ topic: 'Đã gửi', unit: '18673', dueDate: addDays(today, -1) })).json();
    await s.upload(sent.id, s.commune.cookie, 'da-gui.pdf', PDF);
    const late = (await s.create({ topic: 'Phải sửa', unit: '18073', dueDate: addDays(today, -2) })).json();
    await s.upload(late.id, s.otherCommune.cookie, 'ban-dau.pdf', PDF);
    await inject({
      method: 'POST',
      url: `/api/presentations/${late.id}/review`,
      headers: { cookie: s.organiser.cookie },
      payload: { verdict: 'request_changes', comment: 'Viết lại.' },
    });
    await s.create({ topic: 'Không có đơn vị', unit: 'Hội Cựu chiến binh', dueDate: addDays(today, -2) });

    const remind = (cookie = s.organiser.cookie) =>
      inject({
        method: 'POST',
        url: `/api/conferences/${s.id}/presentations/remind`,
        headers: { cookie },
        payload: {},
      });
    expect((await remind(s.commune.cookie)).statusCode).toBe(403);
    const first = await remind();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ notified: 2 });
    expect((await remind()).json()).toEqual({ notified: 0 });

    const notices = await queryRows<{ code: string; body: string }>(
      db(),
      sql`SELECT u.code, n.body FROM notifications n JOIN units u ON u.id = n.unit_id
           WHERE n.conference_id = ${s.id} AND n.kind = 'presentation.remind' ORDER BY u.code`,
    );
    expect(notices.map((n) => n.code)).toEqual(['18073', '18673']);
    expect(notices[0]!.body).toContain('quá hạn 2 ngày');
    expect(notices[1]!.body).toContain('còn 2 ngày');
    const mails = await queryRows<{ to_address: string; subject: string }>(
      db(),
      sql`SELECT to_address, subject FROM mail_outbox WHERE dedupe_key LIKE ${`presentation-remind:${soon.id}:%`}`,
    );
    // Every account of the commune with an address (earlier tests made some), and no one else.
    const communeMails = await queryRows<{ email: string }>(
      db(),
      sql`SELECT us.email FROM users us JOIN units u ON u.id = us.unit_id
           WHERE u.code = '18673' AND us.email IS NOT NULL AND us.email <> ''`,
    );
    expect(mails.map((m) => m.to_address).sort()).toEqual(communeMails.map((m) => m.email).sort());
    expect(mails.map((m) => m.to_address)).toContain(s.commune.account.email);
    expect(new Set(mails.map((m) => m.subject))).toEqual(
      new Set(['[PhongTrào] Nhắc gửi tham luận: Sắp đến hạn']),
    );
    const list = (
      await inject({
        method: 'GET',
        url: `/api/conferences/${s.id}/presentations`,
        headers: { cookie: s.organiser.cookie },
      })
    ).json();
    const remindEvents = list.flatMap((p: { topic: string; events: { kind: string }[] }) =>
      p.events.filter((e) => e.kind === 'remind').map(() => p.topic),
    );
    expect(remindEvents.sort()).toEqual(['Phải sửa', 'Sắp đến hạn']);
    expect(list.find((p: { id: number }) => p.id === late.id).overdue).toBe(true);

    // The daily job on the next day reminds them again, and only them.
    const tomorrow = await remindMissingPresentations(
      db(),
      addDays(today, 1),
      'https://phongtrao.example.vn',
      {
        conferenceId: s.id,
      },
    );
    expect(tomorrow.notified).toBe(2);
    const link = await queryRows<{ body: string }>(
      db(),
      sql`SELECT body FROM mail_outbox WHERE dedupe_key = ${`presentation-remind:${soon.id}:${addDays(today, 1)}:${s.commune.account.id}`}`,
    );
    expect(link[0]!.body).toContain(`https://phongtrao.example.vn/hoi-nghi/${s.id}`);
  });
});
