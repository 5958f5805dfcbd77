import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { insertTestConference } from './conferences.testing';
import { SAMPLES } from '../../../../core/documents/samples';

describe.each(engines())('deleting, cancelling and revoking links on %s', (engine) => {
  const ctx = useTestApp(engine, { publicUrl: 'http://pt.test' });
  const db = () => ctx.database.db;
  const audits = async (action: string) =>
    (
      await queryRows<{ n: number }>(
        db(),
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
      )
    )[0]!.n;

  it('deletes a conference with nothing sent, refuses once invited, cancels with a reason and frees nothing twice', async () => {
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const call = (method: 'POST' | 'DELETE' | 'GET', url: string, payload?: object) =>
      ctx.app.inject({ method, url, payload, headers: { cookie: officer.cookie } });
    const fresh = await insertTestConference(db(), { delegates: 1 });
    const deleted = await call('DELETE', `/api/conferences/${fresh.conference.id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await call('GET', `/api/conferences/${fresh.conference.id}`)).statusCode).toBe(404);
    expect(await audits('conference.delete')).toBe(1);

    const t = await insertTestConference(db(), { delegates: 1 });
    await db().execute(sql`UPDATE delegates SET invited_at = now() WHERE conference_id = ${t.conference.id}`);
    const refused = await call('DELETE', `/api/conferences/${t.conference.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details).toMatchObject({ offer: 'cancel', invited: 1 });
    const token = t.tokenOf(t.delegates[0]!);
    const cancelled = await call('POST', `/api/conferences/${t.conference.id}/cancel`, {
      reason: 'Lùi thời gian tổ chức',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Lùi thời gian tổ chức' });
    // Its page is a record: no editing offered, nor a second cancellation.
    expect(cancelled.json().permissions).toMatchObject({ canEdit: false, canCancel: false });
    expect(await audits('conference.cancel')).toBe(1);
    const rsvp = await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${token}`,
      payload: { answer: 'yes' },
    });
    expect(rsvp.statusCode).toBe(409);
    expect(rsvp.json().error.message).toContain('Hội nghị đã hủy');
    const checkin = await call('POST', '/api/checkin', { token, point: t.points[0]!.id });
    expect(checkin.statusCode).toBe(409);
    expect(
      (await call('POST', `/api/conferences/${t.conference.id}/cancel`, { reason: 'x' })).statusCode,
    ).toBe(409);
    // Nor can its parts change: a cancelled conference is a record (its organiser included).
    const countRows = async () =>
      (
        await queryRows<{ n: number }>(
          db(),
          sql`SELECT (SELECT count(*) FROM conference_points WHERE conference_id = ${t.conference.id})
                   + (SELECT count(*) FROM conference_checklist WHERE conference_id = ${t.conference.id})
                   + (SELECT count(*) FROM delegates WHERE conference_id = ${t.conference.id})::int AS n`,
        )
      )[0]!.n;
    const before = await countRows();
    for (const [method, url, payload] of [
      ['POST', `/api/conferences/${t.conference.id}/points`, { name: 'Điểm cầu mới', unit: '18673' }],
      [
        'POST',
        `/api/conferences/${t.conference.id}/checklist`,
        { text: 'Chuẩn bị hội trường', unit: '18673' },
      ],
      ['POST', `/api/conferences/${t.conference.id}/delegates`, { position: 'Chủ tịch UBND', unit: '18673' }],
      ['DELETE', `/api/points/${t.points[0]!.id}`, undefined],
      ['DELETE', `/api/delegates/${t.delegates[0]!.id}`, undefined],
    ] as const) {
      const changed = await call(method, url, payload);
      expect(changed.statusCode, `${method} ${url}: ${changed.body}`).toBe(409);
      expect(changed.json().error.message).toContain('Hội nghị đã hủy');
    }
    expect(await countRows()).toBe(before);
  });

  it('one conference per plan does not count a cancelled one', async () => {
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const call = (url: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url, payload, headers: { cookie: officer.cookie } });
    const plan = await call('/api/plans', {
      draft: { ...SAMPLES.KH, number: null, date: null },
      unit: '18673',
      tasks: [],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().id as number;
    await db().execute(sql`UPDATE conferences SET status = 'cancelled' WHERE plan_id = ${planId}`);
    const first = await call('/api/conferences', { title: 'Hội nghị A', planId });
    expect(first.statusCode, first.body).toBe(201);
    expect((await call('/api/conferences', { title: 'Hội nghị B', planId })).statusCode).toBe(409);
    expect(
      (await call(`/api/conferences/${first.json().id}/cancel`, { reason: 'Đổi kế hoạch' })).statusCode,
    ).toBe(200);
    expect((await call('/api/conferences', { title: 'Hội nghị B', planId })).statusCode).toBe(201);
  });

  it('re-issuing or cancelling an invitation revokes the old link on RSVP, QR and check-in', async () => {
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const t = await insertTestConference(db(), { delegates: 2 });
    const call = (url: string, payload: object = {}) =>
      ctx.app.inject({ method: 'POST', url, payload, headers: { cookie: officer.cookie } });
    const [d1, d2] = t.delegates as [(typeof t.delegates)[0], (typeof t.delegates)[0]];
    const old = t.tokenOf(d1);
    const reissued = await call(`/api/delegates/${d1.id}/invitation/reissue`, { email: false });
    expect(reissued.statusCode, reissued.body).toBe(200);
    expect(reissued.json().tokenVersion).toBe(d1.tokenVersion + 1);
    const fresh = t.tokenOf({ id: d1.id, tokenVersion: reissued.json().tokenVersion });
    for (const url of [`/api/rsvp/${old}`, `/api/rsvp/${old}/qr.png`]) {
      const r = await ctx.app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.code).toBe('TOKEN_INVALID');
    }
    expect((await call('/api/checkin', { token: old, point: t.points[0]!.id })).json().error.code).toBe(
      'TOKEN_INVALID',
    );
    expect((await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${fresh}` })).statusCode).toBe(200);
    expect((await call('/api/checkin', { token: fresh, point: t.points[0]!.id })).statusCode).toBe(200);

    const old2 = t.tokenOf(d2);
    const cancelled = await call(`/api/delegates/${d2.id}/invitation/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const r = await ctx.app.inject({ method: 'POST', url: `/api/rsvp/${old2}`, payload: { answer: 'yes' } });
    expect(r.json().error.code).toBe('TOKEN_INVALID');
    expect(await audits('delegate.invitation.reissue')).toBe(1);
    expect(await audits('delegate.invitation.cancel')).toBe(1);
    // Checked in: the invitation is no longer cancelled.
    expect((await call(`/api/delegates/${d1.id}/invitation/cancel`)).statusCode).toBe(409);
  });
});
