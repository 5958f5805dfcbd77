import { createRequire } from 'node:module';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { queryRows } from '../../../platform/database';
import { delegates as delegatesTable } from '../../../db/schema/conferences';
import { inspectDocx } from '../../../../core/documents/inspect-docx';
import { checkinKit } from '../checkin/checkin.testing';
import { extractToken, readUnitToken } from './tokens.service';

// pngjs comes with qrcode (a real PNG decoder); it ships no types.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};

function decodeQr(png: Uint8Array): string | null {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

const BASE = 'http://pt.test';
const SIGNER = { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'Chủ tịch', name: 'Phạm Văn Thắng' };

describe.each(engines())('giấy mời per unit on %s', (engine) => {
  const ctx = useTestApp(engine, { publicUrl: BASE });
  const { db, checkin, communeSetup } = checkinKit(ctx);

  /**
   * Xã Cẩm Xuyên's conference: its 2 seats known by the unit's name (from the fixture), 2 seats of the first point
   * commune and 1 of the second (by unit id), and one guest with no unit.
   */
  async function setup() {
    const t = await communeSetup({ delegates: 2 });
    const units = await queryRows<{ id: number; code: string; full_name: string }>(
      db(),
      sql`SELECT id, code, full_name FROM units WHERE code IN (${t.communes[0]!.code}, ${t.communes[1]!.code})
             AND valid_to IS NULL ORDER BY code`,
    );
    const seat = (i: number, fields: Partial<typeof delegatesTable.$inferInsert>) => ({
      conferenceId: t.conference.id,
      groupId: t.group.id,
      pointId: t.points[0]!.id,
      source: 'manual',
      dedupeKey: `unit-test:${i}`,
      ...fields,
    });
    const added = await db()
      .insert(delegatesTable)
      .values([
        seat(1, { unitId: units[0]!.id, position: 'Chủ tịch UBND xã' }),
        seat(2, { unitId: units[0]!.id, position: 'Công chức Văn hóa - Xã hội' }),
        seat(3, { unitId: units[1]!.id, name: 'Nguyễn Văn A', position: 'Bí thư Đoàn xã' }),
        seat(4, { name: 'Trần Thị Bình', position: 'Phóng viên' }),
      ])
      .returning();
    const [a1, a2, b, guest] = added as [
      (typeof added)[0],
      (typeof added)[0],
      (typeof added)[0],
      (typeof added)[0],
    ];
    return { ...t, units, a: [a1, a2], b, guest, named: t.delegates };
  }

  const issue = (cookie: string, id: number) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/conferences/${id}/invitations`,
      headers: { cookie },
      payload: { mode: 'unit', signer: SIGNER, email: false },
    });

  it('prints one page per unit whose QR opens exactly that unit’s seats, each with a working seat link', async () => {
    const t = await setup();
    const issued = await issue(t.cookie, t.conference.id);
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ invited: 6, pending: 6 });
    expect(issued.json().number).toMatch(/^\d{2,}\/GM-/);

    const file = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${t.conference.id}/invitations.docx?mode=unit`,
      headers: { cookie: t.cookie },
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['x-pages']).toBe('4');
    const bytes = new Uint8Array(file.rawPayload);
    const docx = await inspectDocx(bytes);
    expect(docx.paragraphs.filter((p) => p.text === 'GIẤY MỜI')).toHaveLength(4);
    const addressed = docx.paragraphs
      .filter((p) => p.text.includes('trân trọng kính mời: '))
      .map((p) => p.text.replace(/^.*kính mời: /, ''));
    expect(addressed).toEqual([
      'Ủy ban nhân dân xã Cẩm Xuyên',
      `Ủy ban nhân dân ${t.units[0]!.full_name.charAt(0).toLowerCase()}${t.units[0]!.full_name.slice(1)}`,
      `Ủy ban nhân dân ${t.units[1]!.full_name.charAt(0).toLowerCase()}${t.units[1]!.full_name.slice(1)}`,
      'Ông/Bà Trần Thị Bình, Phóng viên',
    ]);
    const seatsLines = docx.paragraphs
      .filter((p) => p.text.startsWith('Thành phần mời: '))
      .map((p) => p.text);
    expect(seatsLines).toEqual([
      'Thành phần mời: Ông/Bà Đại biểu 1 - Chuyên viên; Ông/Bà Đại biểu 2 - Chuyên viên',
      'Thành phần mời: Chủ tịch UBND xã; Công chức Văn hóa - Xã hội',
      'Thành phần mời: Ông/Bà Nguyễn Văn A - Bí thư Đoàn xã',
    ]);

    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files)
      .filter((f) => /^word\/media\/qr\d+\.png$/.test(f))
      .sort((x, y) => Number(/\d+/.exec(x)![0]) - Number(/\d+/.exec(y)![0]));
    expect(media).toHaveLength(4);
    const links = await Promise.all(media.map(async (f) => decodeQr(await zip.file(f)!.async('uint8array'))));
    for (const link of links) {
      expect(link).toMatch(new RegExp(`^${BASE}/moi/`));
      expect(docx.paragraphs.some((p) => p.text === link)).toBe(true);
    }

    const expected = [t.named.map((d) => d.id), t.a.map((d) => d.id), [t.b.id]];
    for (const [i, ids] of expected.entries()) {
      const token = extractToken(links[i]!);
      expect(readUnitToken(token)).not.toBeNull();
      const view = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${token}` });
      expect(view.statusCode, view.body).toBe(200);
      const body = view.json();
      expect(body).toMatchObject({ kind: 'unit', open: true, conference: { venue: 'Hội trường UBND' } });
      expect(body.seats).toHaveLength(ids.length);
      // Each seat's token opens that seat's own page.
      const opened: number[] = [];
      for (const seat of body.seats as { token: string; name: string | null; position: string | null }[]) {
        const own = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${seat.token}` });
        expect(own.statusCode, own.body).toBe(200);
        expect(own.json()).toMatchObject({
          delegate: { name: seat.name, position: seat.position },
          rsvp: 'pending',
        });
        const [row] = await queryRows<{ id: number }>(
          db(),
          sql`SELECT id FROM delegates WHERE conference_id = ${t.conference.id}
                 AND name IS NOT DISTINCT FROM ${seat.name} AND position IS NOT DISTINCT FROM ${seat.position}`,
        );
        opened.push(row!.id);
      }
      expect(opened.sort()).toEqual([...ids].sort());
    }
    expect(readUnitToken(extractToken(links[3]!))).toBeNull();
    const guest = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${extractToken(links[3]!)}` });
    expect(guest.json()).toMatchObject({ delegate: { name: 'Trần Thị Bình' } });

    // A seat answers through its own link; the unit's list shows the answer.
    const seats = (
      await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${extractToken(links[1]!)}` })
    ).json().seats as { token: string }[];
    const answered = await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${seats[0]!.token}`,
      payload: { answer: 'yes' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const after = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${extractToken(links[1]!)}` });
    expect(after.json().seats.map((s: { rsvp: string }) => s.rsvp)).toEqual(['yes', 'pending']);
    // A seat whose giấy mời is cancelled is no longer offered on its unit's link (nor a fresh token for it).
    const cancelled = await ctx.app.inject({
      method: 'POST',
      url: `/api/delegates/${t.a[1]!.id}/invitation/cancel`,
      headers: { cookie: t.cookie },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const left = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${extractToken(links[1]!)}` });
    expect(left.json().seats).toHaveLength(1);
    expect(left.json().seats[0].position).toBe(t.a[0]!.position);
  });

  it('refuses a unit token for an answer and at the door, and a forged one', async () => {
    const t = await setup();
    expect((await issue(t.cookie, t.conference.id)).statusCode).toBe(200);
    const file = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${t.conference.id}/invitations.docx?mode=unit&point=${t.points[0]!.id}`,
      headers: { cookie: t.cookie },
    });
    expect(file.statusCode, file.body).toBe(200);
    const zip = await JSZip.loadAsync(new Uint8Array(file.rawPayload));
    const link = decodeQr(await zip.file('word/media/qr2.png')!.async('uint8array'))!;
    const token = extractToken(link);
    expect(readUnitToken(token)?.unit).toBe(t.units[0]!.id);

    const answer = await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${token}`,
      payload: { answer: 'no' },
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.message).toMatch(/Chọn từng đại biểu để trả lời/);
    const rows = await queryRows<{ rsvp: string }>(
      db(),
      sql`SELECT rsvp FROM delegates WHERE conference_id = ${t.conference.id} AND rsvp <> 'pending'`,
    );
    expect(rows).toEqual([]);

    for (const scanned of [token, link]) {
      const door = await checkin(t.cookie, { token: scanned, point: t.points[0]!.id });
      expect(door.statusCode).toBe(400);
      expect(door.json().error.code).toBe('TOKEN_INVALID');
    }
    const [present] = await queryRows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id = ${t.conference.id}`,
    );
    expect(present!.n).toBe(0);

    const [head, , day, sig] = token.split('.');
    const forged = [head, t.units[1]!.id.toString(36), day, sig].join('.');
    const refused = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${forged}` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('TOKEN_INVALID');
    const qr = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${token}/qr.png` });
    expect(qr.statusCode).toBe(400);
  });
});
