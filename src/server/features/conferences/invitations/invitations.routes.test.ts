import { todayInVietnam } from '../../../../core/dates/vn-dates';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { startSmtpCapture } from '../../../testing/smtp-capture';
import { queryRows } from '../../../platform/database';
import { delegates as delegatesTable } from '../../../db/schema/conferences';
import { inspectDocx } from '../../../../core/documents/inspect-docx';
import { insertTestConference } from '../conference/conferences.testing';
import { extractToken, verifyToken } from './tokens.service';
import { invitationsPdf } from './invitations.export';
import { SYSTEM_ACTOR } from '../../../platform/actor';
import { testConfig } from '../../../testing/test-app';

// pngjs comes with qrcode (a real PNG decoder); it ships no types.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};
const run = promisify(execFile);

/** Reads a QR code out of PNG bytes, as a phone camera would. */
function decodeQr(png: Uint8Array): string | null {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

const BASE = 'http://pt.test';
const SIGNER = { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'Chủ tịch', name: 'Phạm Văn Thắng' };
const captures = { pglite: await startSmtpCapture(), postgres: await startSmtpCapture() };
afterAll(async () => {
  await captures.pglite.close();
  await captures.postgres.close();
});

describe.each(engines())('giấy mời and RSVP on %s', (engine) => {
  const smtp = captures[engine];
  const ctx = useTestApp(engine, { smtpUrl: smtp.url, publicUrl: BASE });
  const db = () => ctx.database.db;
  const organiser = async () => (await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' })).cookie;
  const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const delegateRow = async (id: number) =>
    (
      await queryRows<{ rsvp: string; substitute_name: string | null; invited_at: string | null }>(
        db(),
        sql`SELECT rsvp, substitute_name, invited_at::text FROM delegates WHERE id = ${id}`,
      )
    )[0]!;

  it('issues the giấy mời with a GM number, mails each delegate one link, and the link answers', async () => {
    const cookie = await organiser();
    const t = await insertTestConference(db(), { delegates: 3, title: `Hội nghị tổng kết ${engine} một` });
    const r = await ctx.app.inject({
      method: 'POST',
      url: `/api/conferences/${t.conference.id}/invitations`,
      headers: { cookie },
      payload: { signer: SIGNER },
    });
    expect(r.statusCode, r.body).toBe(200);
    const summary = r.json();
    expect(summary).toMatchObject({ invited: 3, emailed: 3, pending: 3, yes: 0 });
    expect(summary.number).toMatch(/^\d{2,}\/GM-/);
    const [register] = await queryRows<{ number: string; kind_and_title: string }>(
      db(),
      sql`SELECT number, kind_and_title FROM register_entries WHERE document_id = ${summary.documentId}`,
    );
    expect(register).toMatchObject({
      number: summary.number,
      kind_and_title: expect.stringMatching(/^GIẤY MỜI: Dự Hội nghị/),
    });
    const [conference] = await queryRows<{ status: string; invitation_document_id: number }>(
      db(),
      sql`SELECT status, invitation_document_id FROM conferences WHERE id = ${t.conference.id}`,
    );
    expect(conference).toEqual({ status: 'invited', invitation_document_id: summary.documentId });

    const links: string[] = [];
    for (const [i, d] of t.delegates.entries()) {
      const mail = await smtp.waitFor((m) => m.to.includes(d.email!) && m.subject.includes(`${engine} một`));
      expect(mail.subject).toBe(`Giấy mời: Hội nghị tổng kết ${engine} một`);
      expect(mail.text).toContain('07 giờ 30 phút, ngày 22 tháng 3 năm 2030');
      expect(mail.text).toContain(`Đại biểu ${i + 1}`);
      const link = new RegExp(`${BASE}/moi/\\S+`).exec(mail.text)![0];
      const check = verifyToken(extractToken(link), t.conference.secret, '2030-01-01');
      expect(check).toMatchObject({ ok: true, claims: { delegateId: d.id, conferenceId: t.conference.id } });
      links.push(link);
    }

    const token = extractToken(links[0]!);
    const view = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      delegate: { name: 'Đại biểu 1' },
      rsvp: 'pending',
      open: true,
      conference: { title: `Hội nghị tổng kết ${engine} một`, venue: 'Hội trường UBND' },
    });
    expect(view.body).not.toContain('Đại biểu 2');
    expect(view.body).not.toContain('daibieu');

    const answer = await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${token}`,
      payload: { answer: 'substitute', substituteName: 'Trần Văn Bình', substitutePosition: 'Phó Chủ tịch' },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ rsvp: 'substitute', substituteName: 'Trần Văn Bình' });
    expect(await delegateRow(t.delegates[0]!.id)).toMatchObject({
      rsvp: 'substitute',
      substitute_name: 'Trần Văn Bình',
    });
    const [audit] = await queryRows<{ actor_id: number | null; unit_id: number }>(
      db(),
      sql`SELECT actor_id, unit_id FROM audit_log WHERE action = 'delegate.rsvp' AND entity_id = ${String(t.delegates[0]!.id)}`,
    );
    expect(audit).toEqual({ actor_id: null, unit_id: t.unit.id });

    const read = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${t.conference.id}/invitations`,
      headers: { cookie },
    });
    expect(read.json()).toMatchObject({ documentId: summary.documentId, pending: 2, substitute: 1 });

    const png = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${token}/qr.png` });
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodeQr(png.rawPayload)).toBe(links[0]);
  });

  it('keeps the number and mails no one twice when generated again; invites only the newcomers', async () => {
    const cookie = await organiser();
    const t = await insertTestConference(db(), { delegates: 2, title: `Hội nghị ${engine} hai lần` });
    const generate = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/conferences/${t.conference.id}/invitations`,
        headers: { cookie },
        payload: { signer: SIGNER },
      });
    const first = (await generate()).json();
    await smtp.waitFor(
      (m) => m.to.includes(t.delegates[1]!.email!) && m.subject.includes(`${engine} hai lần`),
    );
    const [newcomer] = await db()
      .insert(delegatesTable)
      .values({
        conferenceId: t.conference.id,
        name: 'Người mới',
        email: `nguoimoi.${engine}@example.vn`,
        source: 'manual',
        dedupeKey: 'test:new',
      })
      .returning();
    const second = (await generate()).json();
    expect(second).toMatchObject({
      documentId: first.documentId,
      number: first.number,
      invited: 3,
      emailed: 3,
    });
    await smtp.waitFor((m) => m.to.includes(newcomer!.email!));
    await settle();
    const ours = smtp.messages.filter((m) => m.subject.includes(`${engine} hai lần`));
    expect(ours.map((m) => m.to[0]).sort()).toEqual(
      [...t.delegates.map((d) => d.email), newcomer!.email].sort(),
    );
    const [{ n }] = (await queryRows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM register_entries WHERE document_id = ${first.documentId}`,
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('reminds only the delegates who have not answered, by e-mail and a notice to their unit', async () => {
    const cookie = await organiser();
    const t = await insertTestConference(db(), { delegates: 3, title: `Hội nghị ${engine} nhắc` });
    await db().execute(
      sql`UPDATE delegates SET unit_id = ${t.unit.id} WHERE conference_id = ${t.conference.id}`,
    );
    await ctx.app.inject({
      method: 'POST',
      url: `/api/conferences/${t.conference.id}/invitations`,
      headers: { cookie },
      payload: { signer: SIGNER },
    });
    await ctx.app.inject({
      method: 'POST',
      url: `/api/rsvp/${t.tokenOf(t.delegates[0]!)}`,
      payload: { answer: 'yes' },
    });
    const remind = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/conferences/${t.conference.id}/invitations/remind`,
        headers: { cookie },
      });
    const r = await remind();
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ queued: 2 });
    expect((await remind()).json()).toEqual({ queued: 0 });
    for (const d of t.delegates.slice(1))
      await smtp.waitFor(
        (m) => m.to.includes(d.email!) && m.subject === `Nhắc xác nhận tham dự: Hội nghị ${engine} nhắc`,
      );
    await settle();
    expect(
      mailsTo(t.delegates[0]!.email!).filter(
        (m) => m.subject.startsWith('Nhắc') && m.subject.includes(`${engine} nhắc`),
      ),
    ).toEqual([]);
    const notices = await queryRows<{ body: string }>(
      db(),
      sql`SELECT body FROM notifications WHERE kind = 'rsvp_pending' AND conference_id = ${t.conference.id}`,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body).toMatch(/^2 đại biểu của đơn vị chưa xác nhận/);
  });

  it('prints one page per delegate with a QR code that carries a link whose token verifies', async () => {
    const cookie = await organiser();
    const t = await insertTestConference(db(), { delegates: 4, points: ['18073'] });
    await ctx.app.inject({
      method: 'POST',
      url: `/api/conferences/${t.conference.id}/invitations`,
      headers: { cookie },
      payload: { signer: SIGNER, email: false },
    });
    const r = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${t.conference.id}/invitations.docx`,
      headers: { cookie },
    });
    expect(r.statusCode, r.body).toBe(200);
    const bytes = new Uint8Array(r.rawPayload);
    const docx = await inspectDocx(bytes);
    expect(docx.paragraphs.filter((p) => p.text === 'GIẤY MỜI')).toHaveLength(4);
    const invitees = docx.paragraphs.filter((p) => p.text.includes('trân trọng kính mời'));
    expect(invitees.map((p) => p.text.replace(/^.*kính mời: /, ''))).toEqual(
      [1, 3, 2, 4].map((i) => `Ông/Bà Đại biểu ${i}, Chuyên viên, UBND xã Cẩm Xuyên`),
    );
    expect(docx.paragraphs.filter((p) => p.text.startsWith('Điểm cầu: '))).toHaveLength(2);
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && !zip.files[f]!.dir);
    expect(media).toHaveLength(4);
    const decoded = await Promise.all(
      media.map(async (f) => decodeQr(await zip.file(f)!.async('uint8array'))),
    );
    const ids = decoded.map((link) => {
      expect(link).toMatch(new RegExp(`^${BASE}/moi/`));
      const check = verifyToken(extractToken(link!), t.conference.secret, '2030-03-22');
      expect(check.ok).toBe(true);
      return check.ok ? check.claims.delegateId : 0;
    });
    expect(ids.sort()).toEqual(t.delegates.map((d) => d.id).sort());
    for (const link of decoded) expect(docx.paragraphs.some((p) => p.text === link)).toBe(true);

    const atPoint = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${t.conference.id}/invitations.docx?point=${t.points[1]!.id}`,
      headers: { cookie },
    });
    expect(atPoint.headers['x-pages']).toBe('2');
    const one = await ctx.app.inject({
      method: 'GET',
      url: `/api/delegates/${t.delegates[2]!.id}/invitation.docx`,
      headers: { cookie },
    });
    const single = await inspectDocx(new Uint8Array(one.rawPayload));
    expect(single.paragraphs.filter((p) => p.text === 'GIẤY MỜI')).toHaveLength(1);
    expect(single.find('Địa điểm: Hội trường UBND')).toBeTruthy();

    const viewer = await buildUser(ctx.app, db(), { role: 'viewer', unit: '18673' });
    const refused = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${t.conference.id}/invitations.docx`,
      headers: { cookie: viewer.cookie },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('converts the pages to one PDF through LibreOffice, chunk by chunk, or answers 503 without it', async () => {
    const cookie = await organiser();
    const t = await insertTestConference(db(), { delegates: 3 });
    await ctx.app.inject({
      method: 'POST',
      url: `/api/conferences/${t.conference.id}/invitations`,
      headers: { cookie },
      payload: { signer: SIGNER, email: false },
    });
    const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-inv-pdf-'));
    try {
      const config = testConfig({ dataDir: cacheRoot, publicUrl: BASE });
      const pdf = await invitationsPdf(
        db(),
        SYSTEM_ACTOR,
        t.conference.id,
        {},
        todayInVietnam(new Date()),
        config,
        2,
      );
      const file = path.join(cacheRoot, 'all.pdf');
      fs.writeFileSync(file, pdf.bytes);
      expect(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [file])).stdout)?.[1]).toBe('3');
      // The QR code survives LibreOffice: page 1 rendered at 150 dpi still scans to a link that verifies.
      await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(cacheRoot, 'page')]);
      const page = fs.readdirSync(cacheRoot).find((f) => f.startsWith('page') && f.endsWith('.png'))!;
      const scanned = decodeQr(fs.readFileSync(path.join(cacheRoot, page)));
      expect(verifyToken(extractToken(scanned!), t.conference.secret, '2030-03-22')).toMatchObject({
        ok: true,
        claims: { delegateId: t.delegates[0]!.id },
      });
    } finally {
      fs.rmSync(cacheRoot, { recursive: true, force: true });
    }
    const saved = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = '/nonexistent/soffice';
    try {
      const r = await ctx.app.inject({
        method: 'GET',
        url: `/api/conferences/${t.conference.id}/invitations.pdf`,
        headers: { cookie },
      });
      expect(r.statusCode).toBe(503);
      expect(r.json().error.code).toBe('pdf_unavailable');
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
    }
  });
});
