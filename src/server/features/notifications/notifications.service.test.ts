import { todayInVietnam } from '../../../core/dates/vn-dates';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { queryRows } from '../../platform/database';
import { resolveUnit } from '../units/units.service';
import { deleteConferenceNotices, notifyUnitOnce, notifyUnits, queueMail } from './notifications.service';

describe.each(engines())('writing notices and mail on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;
  const count = async (where: ReturnType<typeof sql>) =>
    (
      await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM notifications WHERE ${where}`)
    )[0]!.n;

  it('writes a notice once per unit, kind and conference since an instant, and deletes a conference’s notices', async () => {
    const unit = await resolveUnit(db(), '18673', todayInVietnam(new Date()));
    const notice = { unitId: unit.id, kind: 'test.once', title: 'T', body: 'B', conferenceId: 987_654 };
    const since = new Date(Date.now() - 60_000);
    expect(await notifyUnitOnce(db(), notice, since)).toBe(true);
    expect(await notifyUnitOnce(db(), notice, since)).toBe(false);
    // Another conference, or a window starting after the first notice, writes again.
    expect(await notifyUnitOnce(db(), { ...notice, conferenceId: 987_655 }, since)).toBe(true);
    expect(await notifyUnitOnce(db(), notice, new Date(Date.now() + 60_000))).toBe(true);
    expect(await count(sql`kind = 'test.once' AND conference_id = 987654`)).toBe(2);
    expect(await notifyUnits(db(), [{ ...notice, kind: 'test.many' }])).toBe(1);
    await deleteConferenceNotices(db(), 987_654);
    expect(await count(sql`conference_id = 987654`)).toBe(0);
    expect(await count(sql`conference_id = 987655`)).toBe(1);
  });

  it('queues a mail once per dedupe key and answers the keys it queued', async () => {
    const mail = (key: string) => ({ dedupeKey: key, toAddress: 'a@example.vn', subject: 'S', body: 'B' });
    expect(await queueMail(db(), [mail('test:1'), mail('test:2')])).toEqual(['test:1', 'test:2']);
    expect(await queueMail(db(), [mail('test:2'), mail('test:3')])).toEqual(['test:3']);
  });
});
