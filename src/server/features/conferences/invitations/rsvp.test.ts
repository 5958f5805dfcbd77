import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { queryRows } from '../../../platform/database';
import { insertTestConference } from '../conference/conferences.testing';

describe.each(engines())('the public RSVP of the personal link on %s', (engine) => {
  const ctx = useTestApp(engine, { publicUrl: 'http://pt.test' });
  const db = () => ctx.database.db;
  const delegateRow = async (id: number) =>
    (
      await queryRows<{ rsvp: string; substitute_name: string | null }>(
        db(),
        sql`SELECT rsvp, substitute_name FROM delegates WHERE id = ${id}`,
      )
    )[0]!;
  const auditCount = async () =>
    (await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM audit_log`))[0]!.n;

  it('refuses a substitute without a name, a forged and an expired token, and writes nothing', async () => {
    const t = await insertTestConference(db(), { delegates: 2 });
    const d = t.delegates[0]!;
    const before = await auditCount();
    const token = t.tokenOf(d);
    const noName = await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${token}`,
      payload: { answer: 'substitute' },
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.code).toBe('VALIDATION_FAILED');

    const [head, sig] = [token.slice(0, token.lastIndexOf('.')), token.slice(token.lastIndexOf('.') + 1)];
    const forged = `${head}.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
    const other = t.tokenOf(t.delegates[1]!).split('.');
    const swapped = [other[0], d.id.toString(36), other[2], other[3], other[4]].join('.');
    for (const bad of [forged, swapped, 'not-a-token']) {
      for (const method of ['GET', 'POST'] as const) {
        const r = await ctx.app.inject({
          method,
          url: `/api/rsvp/${bad}`,
          payload: method === 'POST' ? { answer: 'yes' } : undefined,
        });
        expect(r.statusCode, `${method} ${bad}`).toBe(400);
        expect(r.json().error.code).toBe('TOKEN_INVALID');
      }
    }
    const expired = t.tokenOf(d, '2020-01-01');
    const r = await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${expired}`,
      payload: { answer: 'no' },
    });
    expect(r.statusCode).toBe(410);
    expect(r.json().error.code).toBe('TOKEN_EXPIRED');
    expect(await delegateRow(d.id)).toMatchObject({ rsvp: 'pending', substitute_name: null });
    expect(await auditCount()).toBe(before);

    // A raised token version revokes the printed one.
    await db().execute(sql`UPDATE delegates SET token_version = 2 WHERE id = ${d.id}`);
    const revoked = await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${token}`,
      payload: { answer: 'yes' },
    });
    expect(revoked.json().error.code).toBe('TOKEN_INVALID');

    // After the conference, the link still shows but takes no answer.
    await db().execute(sql`UPDATE conferences SET status = 'ended' WHERE id = ${t.conference.id}`);
    const late = t.tokenOf(t.delegates[1]!);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${late}` })).json().open).toBe(false);
    expect(
      (await ctx.app.inject({ method: 'POST', url: `/api/rsvp/${late}`, payload: { answer: 'yes' } }))
        .statusCode,
    ).toBe(409);
    expect(await delegateRow(t.delegates[1]!.id)).toMatchObject({ rsvp: 'pending' });
  });

  it('limits the public routes to 60 requests a minute from one address', async () => {
    const t = await insertTestConference(db(), { delegates: 1 });
    const url = `/api/rsvp/${t.tokenOf(t.delegates[0]!)}/qr.png`;
    const codes: number[] = [];
    for (let i = 0; i < 62; i++) codes.push((await ctx.app.inject({ method: 'GET', url })).statusCode);
    // Earlier tests of this file may have spent some of the minute's allowance on the same route.
    const served = codes.filter((c) => c === 200).length;
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThanOrEqual(60);
    expect(codes.slice(served)).toEqual(Array(62 - served).fill(429));
  });
});
