import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { checkinKit } from './checkin.testing';

describe.each(engines())('attendance on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { db, checkin, communeSetup, tableCounts } = checkinKit(ctx);
  const absence = (cookie: string, delegateId: number, reason: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/delegates/${delegateId}/absence`,
      headers: { cookie },
      payload: { reason },
    });
  const undo = (cookie: string, delegateId: number) =>
    ctx.app.inject({ method: 'DELETE', url: `/api/delegates/${delegateId}/attendance`, headers: { cookie } });

  it('records an absence with its reason, and a later scan makes the delegate present', async () => {
    const { conference, points, delegates, tokenOf, pointStaff } = await communeSetup({ delegates: 3 });
    // delegates[1] sits at points[1], the point of pointStaff's commune.
    const absent = await absence(pointStaff, delegates[1]!.id, 'Ốm, có giấy xin phép');
    expect(absent.statusCode, absent.body).toBe(200);
    expect(absent.json()).toMatchObject({
      status: 'absent',
      reason: 'Ốm, có giấy xin phép',
      pointId: points[1]!.id,
    });
    const scan = await checkin(pointStaff, { token: tokenOf(delegates[1]!), point: points[1]!.id });
    expect(scan.json().result).toBe('checked_in');
    const [row] = await queryRows<{ status: string; reason: string | null }>(
      db(),
      sql`SELECT status, reason FROM attendance WHERE delegate_id = ${delegates[1]!.id}`,
    );
    expect(row).toEqual({ status: 'present', reason: null });
    const audit = await queryRows<{ action: string; before: unknown }>(
      db(),
      sql`SELECT action, before FROM audit_log WHERE entity_type = 'delegate' AND entity_id = ${String(delegates[1]!.id)}
           ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'conference.absence', before: null },
      { action: 'conference.checkin', before: { status: 'absent', reason: 'Ốm, có giấy xin phép' } },
    ]);
    expect(await tableCounts(conference.id)).toEqual({ attendance: 1, audit: 2 });
  });

  it('does not record an absence over a presence, and only the organiser undoes a check-in', async () => {
    const { cookie, conference, points, delegates, tokenOf, pointStaff } = await communeSetup({
      delegates: 3,
    });
    await checkin(cookie, { token: tokenOf(delegates[1]!), point: points[1]!.id });
    const over = await absence(pointStaff, delegates[1]!.id, 'Bận việc');
    expect(over.statusCode).toBe(409);
    // Staff of another point may not mark this delegate.
    const elsewhere = await absence(pointStaff, delegates[0]!.id, 'Bận việc');
    expect(elsewhere.statusCode).toBe(403);
    expect((await undo(pointStaff, delegates[1]!.id)).statusCode).toBe(403);
    expect(await tableCounts(conference.id)).toEqual({ attendance: 1, audit: 1 });

    expect((await undo(cookie, delegates[1]!.id)).statusCode).toBe(204);
    expect(await tableCounts(conference.id)).toEqual({ attendance: 0, audit: 2 });
    expect((await undo(cookie, delegates[1]!.id)).statusCode).toBe(404);
    // Undone, the delegate checks in again as new.
    const again = await checkin(cookie, { token: tokenOf(delegates[1]!), point: points[1]!.id });
    expect(again.json().result).toBe('checked_in');
  });

  it('records no absence for a cancelled conference (a cancelled one is a record)', async () => {
    const { cookie, conference, delegates, pointStaff } = await communeSetup({ delegates: 3 });
    await db().execute(sql`UPDATE conferences SET status = 'cancelled' WHERE id = ${conference.id}`);
    for (const who of [pointStaff, cookie]) {
      const refused = await absence(who, delegates[1]!.id, 'Ốm');
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error.message).toContain('Hội nghị đã hủy');
    }
    expect(await tableCounts(conference.id)).toEqual({ attendance: 0, audit: 0 });
  });

  it('counts expected, present and absent in total, per point and per group, and exports them to Excel', async () => {
    const { cookie, conference, points, group, delegates, tokenOf, pointStaff } = await communeSetup({
      delegates: 9,
    });
    const [leaders] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO delegate_groups (conference_id, position, title, level)
          VALUES (${conference.id}, 2, 'Lãnh đạo huyện', 'district') RETURNING id`,
    );
    // delegates 0..2 to the second group; delegate 8 declined; delegate 7 sent a substitute.
    await db().execute(sql`UPDATE delegates SET group_id = ${leaders!.id}
                            WHERE id IN (${delegates[0]!.id}, ${delegates[1]!.id}, ${delegates[2]!.id})`);
    await db().execute(sql`UPDATE delegates SET rsvp = 'no' WHERE id = ${delegates[8]!.id}`);
    await db().execute(
      sql`UPDATE delegates SET rsvp = 'substitute', substitute_name = 'Trần Văn Thế'
           WHERE id = ${delegates[7]!.id}`,
    );
    // Present: 0 and 3 at the main point, 1 at its own point, 7 (substitute) at points[1] though seated at points[1].
    for (const [d, p] of [
      [0, 0],
      [3, 0],
      [1, 1],
      [7, 1],
    ] as const)
      expect(
        (await checkin(cookie, { token: tokenOf(delegates[d]!), point: points[p]!.id })).statusCode,
      ).toBe(200);
    expect((await absence(cookie, delegates[2]!.id, 'Đi công tác')).statusCode).toBe(200);

    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${conference.id}/attendance`,
      headers: { cookie: pointStaff },
    });
    expect(response.statusCode, response.body).toBe(200);
    const counts = response.json();
    expect(counts.total).toEqual({ expected: 8, present: 4, absent: 1 });
    expect(counts.byPoint).toEqual([
      { pointId: points[0]!.id, name: 'Điểm cầu chính', expected: 3, present: 2, absent: 0 },
      { pointId: points[1]!.id, name: points[1]!.name, expected: 3, present: 2, absent: 0 },
      { pointId: points[2]!.id, name: points[2]!.name, expected: 2, present: 0, absent: 1 },
    ]);
    expect(counts.byGroup).toEqual([
      { groupId: group.id, title: 'Cấp xã', expected: 5, present: 2, absent: 0 },
      { groupId: leaders!.id, title: 'Lãnh đạo huyện', expected: 3, present: 2, absent: 1 },
    ]);

    const file = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${conference.id}/attendance.xlsx`,
      headers: { cookie },
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Danh sách']);
    const list = book.getWorksheet('Danh sách')!;
    expect(list.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Thành phần',
      'Điểm cầu',
      'Tình trạng',
      'Thời gian',
    ]);
    const rows = new Map<string, string[]>();
    for (let r = 5; r <= list.rowCount; r++) {
      const values = (list.getRow(r).values as unknown[])
        .slice(1)
        .map((v) => (v === undefined || v === null ? '' : String(v as string | number)));
      if (values[1]) rows.set(values[1], values);
    }
    expect(rows.size).toBe(9);
    expect(rows.get('Đại biểu 1')!.slice(4, 7)).toEqual(['Lãnh đạo huyện', 'Điểm cầu chính', 'Có mặt']);
    expect(rows.get('Đại biểu 1')![7]).toMatch(/^\d\d:\d\d \d\d\/\d\d\/\d{4}$/);
    expect(rows.get('Đại biểu 3')![6]).toBe('Vắng (Đi công tác)');
    expect(rows.get('Đại biểu 9')![6]).toBe('Vắng (đã báo không tham dự)');
    expect(rows.get('Đại biểu 5')![6]).toBe('Chưa điểm danh');
    expect(rows.get('Trần Văn Thế (thay Đại biểu 8)')![6]).toBe('Có mặt');
    const summary = book.getWorksheet('Tổng hợp')!;
    const cells: unknown[][] = [];
    summary.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells).toContainEqual(['Tổng số đại biểu', 8, 4, 1, '50%']);
    expect(cells).toContainEqual(['Lãnh đạo huyện', 3, 2, 1, '66.7%']);
  });

  it('shows the counts and the list to no one outside the conference', async () => {
    const { conference } = await communeSetup({ delegates: 1 });
    const stranger = await buildUser(ctx.app, db(), { role: 'officer', unit: '00004' });
    for (const url of [
      `/api/conferences/${conference.id}/attendance`,
      `/api/conferences/${conference.id}/attendance.xlsx`,
    ]) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: stranger.cookie } });
      expect(response.statusCode).toBe(403);
    }
  });
});
