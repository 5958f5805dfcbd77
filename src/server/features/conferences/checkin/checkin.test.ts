import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { queryRows } from '../../../platform/database';
import { todayInVietnam } from '../../../../core/dates/vn-dates';
import { insertTestConference } from '../conference/conferences.testing';
import { CHECKIN_RATE_LIMIT } from './checkin.routes';
import { checkinKit } from './checkin.testing';
import { newConferenceSecret, readToken, signToken } from '../invitations/tokens.service';

describe.each(engines())('check-in on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { db, checkin, organiser, communeSetup, tableCounts } = checkinKit(ctx);

  it('checks a delegate in by QR token once; a second scan answers already with the first time and point', async () => {
    const cookie = await organiser();
    const { conference, points, delegates, tokenOf } = await insertTestConference(db(), { delegates: 3 });
    const first = await checkin(cookie, { token: tokenOf(delegates[0]!), point: points[0]!.id });
    expect(first.statusCode, first.body).toBe(200);
    const checkedIn = first.json();
    expect(checkedIn).toMatchObject({
      result: 'checked_in',
      delegate: {
        id: delegates[0]!.id,
        name: 'Đại biểu 1',
        position: 'Chuyên viên',
        unitName: 'UBND xã Cẩm Xuyên',
        groupTitle: 'Cấp xã',
      },
      pointId: points[0]!.id,
      pointName: 'Điểm cầu chính',
    });
    // The personal link in the QR code works as well as the bare token.
    const again = await checkin(cookie, {
      token: `https://phongtrao.example.vn/moi/${tokenOf(delegates[0]!)}`,
      point: points[0]!.id,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ ...checkedIn, result: 'already' });
    const rows = await queryRows<{ status: string; method: string; n: number }>(
      db(),
      sql`SELECT status, method, (SELECT count(*)::int FROM audit_log WHERE action = 'conference.checkin'
                                    AND entity_id = ${String(delegates[0]!.id)}) AS n
            FROM attendance WHERE conference_id = ${conference.id}`,
    );
    expect(rows).toEqual([{ status: 'present', method: 'qr', n: 1 }]);
  });

  it('answers with the scanned delegate only: no other delegate, no contact details', async () => {
    const cookie = await organiser();
    const { points, delegates, tokenOf } = await insertTestConference(db(), { delegates: 5 });
    const response = await checkin(cookie, { token: tokenOf(delegates[2]!), point: points[0]!.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(Object.keys(response.json()).sort()).toEqual(['at', 'delegate', 'pointId', 'pointName', 'result']);
    expect(Object.keys(response.json().delegate).sort()).toEqual([
      'groupTitle',
      'id',
      'name',
      'position',
      'unitName',
    ]);
    for (const other of [delegates[0]!, delegates[1]!, delegates[3]!, delegates[4]!])
      expect(response.body).not.toContain(other.name!);
    expect(response.body).not.toContain('@example.vn');
  });

  it('records one attendance and one audit row for 20 parallel scans of one delegate at two points', async () => {
    const { cookie, conference, points, delegates, tokenOf } = await communeSetup({ delegates: 2 });
    const token = tokenOf(delegates[1]!);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => checkin(cookie, { token, point: points[i % 2]!.id })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const answers = responses.map((r) => r.json());
    expect(answers.filter((a) => a.result === 'checked_in')).toHaveLength(1);
    expect(answers.filter((a) => a.result === 'already')).toHaveLength(19);
    const winner = answers.find((a) => a.result === 'checked_in');
    for (const a of answers) expect([a.at, a.pointId]).toEqual([winner.at, winner.pointId]);
    expect(await tableCounts(conference.id)).toEqual({ attendance: 1, audit: 1 });
  });

  it('answers each of many scans written together on its own merits', async () => {
    const cookie = await organiser();
    const { conference, points, delegates, tokenOf } = await insertTestConference(db(), { delegates: 8 });
    const scans = [
      ...delegates.slice(0, 6).map((d) => ({ token: tokenOf(d), point: points[0]!.id })),
      { token: tokenOf({ ...delegates[6]!, tokenVersion: 0 }), point: points[0]!.id },
      { token: tokenOf(delegates[0]!), point: points[0]!.id },
    ];
    const answers = await Promise.all(scans.map((scan) => checkin(cookie, scan)));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 400, 200]);
    expect(answers.slice(0, 6).map((r) => r.json().delegate.id)).toEqual(
      delegates.slice(0, 6).map((d) => d.id),
    );
    expect(answers.slice(1, 6).every((r) => r.json().result === 'checked_in')).toBe(true);
    // The same delegate twice: on PostgreSQL the two scans may go out in statements running side by side, so either
    // may be the first; one is checked in, the other answered 'already' with the first one's time.
    const twice = [answers[0]!.json(), answers[7]!.json()];
    expect(twice.map((a) => a.result).sort()).toEqual(['already', 'checked_in']);
    expect(twice[0].at).toBe(twice[1].at);
    expect(await tableCounts(conference.id)).toEqual({ attendance: 6, audit: 6 });
  });

  it('does not let a scan that fails to write take the others written with it down', async () => {
    const cookie = await organiser();
    const fixture = await insertTestConference(db(), { delegates: 4, points: ['18676'] });
    const { conference, points, delegates, tokenOf } = fixture;
    await db().execute(
      sql`UPDATE delegates SET point_id = ${points[0]!.id} WHERE conference_id = ${conference.id}`,
    );
    // The point is known to this process, then removed behind its back: writing at it fails.
    expect((await checkin(cookie, { token: tokenOf(delegates[0]!), point: points[1]!.id })).statusCode).toBe(
      200,
    );
    await db().execute(sql`DELETE FROM attendance WHERE delegate_id = ${delegates[0]!.id}`);
    await db().execute(sql`DELETE FROM conference_points WHERE id = ${points[1]!.id}`);
    const answers = await Promise.all([
      checkin(cookie, { token: tokenOf(delegates[1]!), point: points[1]!.id }),
      checkin(cookie, { token: tokenOf(delegates[2]!), point: points[0]!.id }),
      checkin(cookie, { token: tokenOf(delegates[3]!), point: points[0]!.id }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([400, 200, 200]);
    expect(answers[0].json().error.message).toContain('không còn trong hội nghị');
    const rows = await queryRows<{ delegate_id: number }>(
      db(),
      sql`SELECT delegate_id FROM attendance WHERE conference_id = ${conference.id} ORDER BY delegate_id`,
    );
    expect(rows.map((r) => r.delegate_id)).toEqual([delegates[2]!.id, delegates[3]!.id]);
  });

  it('refuses forged, altered, malformed, revoked and expired tokens, writing nothing', async () => {
    const cookie = await organiser();
    const { conference, points, delegates, tokenOf } = await insertTestConference(db(), { delegates: 2 });
    const other = await insertTestConference(db(), { delegates: 1 });
    const token = tokenOf(delegates[0]!);
    const [c, , v, day, sig] = token.split('.');
    const cases: [string, number, string][] = [
      // Signed with another conference's secret.
      [
        signToken(newConferenceSecret(), { ...readToken(token)!, version: delegates[0]!.tokenVersion }),
        400,
        'TOKEN_INVALID',
      ],
      // A genuine token of another conference, shown at a point of this one.
      [other.tokenOf(other.delegates[0]!), 400, 'VALIDATION_FAILED'],
      // Another delegate's id under this signature.
      [[c, delegates[1]!.id.toString(36), v, day, sig].join('.'), 400, 'TOKEN_INVALID'],
      ['not-a-token', 400, 'TOKEN_INVALID'],
      // An older version of the token, after the delegate's token was reissued.
      [tokenOf({ ...delegates[0]!, tokenVersion: 0 }), 400, 'TOKEN_INVALID'],
      [tokenOf(delegates[0]!, '2020-01-01'), 410, 'TOKEN_EXPIRED'],
    ];
    for (const [bad, status, code] of cases) {
      const response = await checkin(cookie, { token: bad, point: points[0]!.id });
      expect(response.statusCode, `${bad}: ${response.body}`).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toMatch(code === 'VALIDATION_FAILED' ? /Điểm cầu/ : /Mã QR/);
    }
    expect(await tableCounts(conference.id)).toEqual({ attendance: 0, audit: 0 });
    // The good token still works afterwards.
    expect((await checkin(cookie, { token, point: points[0]!.id })).json().result).toBe('checked_in');
  });

  it('refuses a point of another conference, an ended conference, and a check-in without a session', async () => {
    const cookie = await organiser();
    const { conference, points, delegates, tokenOf } = await insertTestConference(db(), { delegates: 1 });
    const other = await insertTestConference(db(), { delegates: 1 });
    const foreignPoint = await checkin(cookie, { token: tokenOf(delegates[0]!), point: other.points[0]!.id });
    expect(foreignPoint.statusCode).toBe(400);
    expect(foreignPoint.json().error.message).toContain('Điểm cầu');
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/checkin',
      payload: { token: tokenOf(delegates[0]!), point: points[0]!.id },
    });
    expect(anonymous.statusCode).toBe(401);
    const ended = await insertTestConference(db(), { delegates: 1 });
    await db().execute(sql`UPDATE conferences SET status = 'ended' WHERE id = ${ended.conference.id}`);
    const late = await checkin(cookie, {
      token: ended.tokenOf(ended.delegates[0]!),
      point: ended.points[0]!.id,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('đã kết thúc');
    expect(await tableCounts(conference.id)).toEqual({ attendance: 0, audit: 0 });
    expect(await tableCounts(ended.conference.id)).toEqual({ attendance: 0, audit: 0 });
  });

  it("lets a commune's staff check in at their own point only", async () => {
    const { conference, points, delegates, tokenOf, pointStaff, viewer } = await communeSetup({
      delegates: 4,
    });
    // points[1] is hosted by pointStaff's commune; points[0] (main) and points[2] are not.
    const own = await checkin(pointStaff, { token: tokenOf(delegates[0]!), point: points[1]!.id });
    expect(own.statusCode, own.body).toBe(200);
    for (const point of [points[0]!, points[2]!]) {
      const response = await checkin(pointStaff, { token: tokenOf(delegates[1]!), point: point.id });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('OUT_OF_SCOPE');
    }
    const byViewer = await checkin(viewer, { token: tokenOf(delegates[1]!), point: points[1]!.id });
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().error.code).toBe('FORBIDDEN');
    expect(await tableCounts(conference.id)).toEqual({ attendance: 1, audit: 1 });
  });

  it('finds delegates by folded name or unit and checks one in by hand', async () => {
    const { cookie, conference, points, delegates, pointStaff } = await communeSetup({ delegates: 6 });
    await db().execute(
      sql`UPDATE delegates SET name = 'Nguyễn Thị Hoà', unit_name = 'Hội Liên hiệp Phụ nữ xã'
           WHERE id = ${delegates[4]!.id}`,
    );
    const search = (who: string, q: string, point?: number) =>
      ctx.app.inject({
        method: 'GET',
        url: `/api/conferences/${conference.id}/checkin/search?q=${encodeURIComponent(q)}${point ? `&point=${point}` : ''}`,
        headers: { cookie: who },
      });
    const found = await search(cookie, 'nguyen HOA');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items).toEqual([
      {
        id: delegates[4]!.id,
        name: 'Nguyễn Thị Hoà',
        position: 'Chuyên viên',
        unitName: 'Hội Liên hiệp Phụ nữ xã',
        groupTitle: 'Cấp xã',
        present: false,
      },
    ]);
    expect((await search(cookie, 'phụ nữ')).json().items.map((i: { id: number }) => i.id)).toEqual([
      delegates[4]!.id,
    ]);
    expect((await search(cookie, 'Đại biểu')).json().items).toHaveLength(5);
    // Point staff see the delegates of their own point only (delegates 1 and 4 sit at points[1]).
    const staffFound = await search(pointStaff, 'dai bieu', points[1]!.id);
    expect(
      staffFound
        .json()
        .items.map((i: { id: number }) => i.id)
        .sort(),
    ).toEqual([delegates[1]!.id]);
    expect((await search(pointStaff, 'dai bieu', points[0]!.id)).statusCode).toBe(403);

    const byHand = await checkin(cookie, {
      delegateId: delegates[4]!.id,
      conferenceId: conference.id,
      point: points[0]!.id,
    });
    expect(byHand.statusCode, byHand.body).toBe(200);
    expect(byHand.json()).toMatchObject({ result: 'checked_in', delegate: { name: 'Nguyễn Thị Hoà' } });
    expect((await search(cookie, 'hoà')).json().items[0].present).toBe(true);
    // By id, point staff cannot reach a delegate of another point.
    const elsewhere = await checkin(pointStaff, {
      delegateId: delegates[0]!.id,
      conferenceId: conference.id,
      point: points[1]!.id,
    });
    expect(elsewhere.statusCode).toBe(404);
    const [row] = await queryRows<{ method: string }>(
      db(),
      sql`SELECT method FROM attendance WHERE delegate_id = ${delegates[4]!.id}`,
    );
    expect(row!.method).toBe('search');
  });

  it("keeps a queued scan's time when it falls on the conference day, and uses the server's time otherwise", async () => {
    const cookie = await organiser();
    const today = todayInVietnam(new Date());
    const { points, delegates, tokenOf } = await insertTestConference(db(), { delegates: 2, date: today });
    const dayStart = Date.parse(`${today}T00:00:00+07:00`);
    const scannedAt = new Date(Math.max(Date.now() - 10 * 60_000, dayStart + 1000)).toISOString();
    const queued = await checkin(cookie, { token: tokenOf(delegates[0]!), point: points[0]!.id, scannedAt });
    expect(queued.json().at).toBe(scannedAt);
    const yesterday = new Date(dayStart - 3600_000).toISOString();
    const stale = await checkin(cookie, {
      token: tokenOf(delegates[1]!),
      point: points[0]!.id,
      scannedAt: yesterday,
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.json().at).not.toBe(yesterday);
  });

  it('limits check-ins per session and answers 429 RATE_LIMITED beyond it', async () => {
    const cookie = await organiser();
    const { points } = await insertTestConference(db(), { delegates: 1 });
    const attempts = await Promise.all(
      Array.from({ length: CHECKIN_RATE_LIMIT.max }, () =>
        checkin(cookie, { token: 'not-a-token', point: points[0]!.id }),
      ),
    );
    expect(attempts.every((r) => r.statusCode === 400)).toBe(true);
    const limited = await checkin(cookie, { token: 'not-a-token', point: points[0]!.id });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    // Another session is not held back.
    const other = await checkin(await organiser(), { token: 'not-a-token', point: points[0]!.id });
    expect(other.statusCode).toBe(400);
  });
});
