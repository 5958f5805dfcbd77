import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser, SYSTEM_ACTOR } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { conferenceItems, conferences, presentations } from '../../../db/schema/conferences';
import seed002 from '../../../../core/documents/fixtures/seed-002.json' with { type: 'json' };
import { createPlan } from '../../plans/plans.service';
import { insertTestConference } from '../conference/conferences.testing';
import { docx, PDF, presentationKit } from './presentations.testing';
import { docxFile, zipFile } from '../../../testing/zip-file';

describe.each(engines())('tham luận on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { db, inject, setup } = presentationKit(ctx);

  it('assigns tham luận by code, by name and by a name that matches no unit, with the plan’s minutes and due date', async () => {
    const s = await setup('2030-03-22');
    const plan = await createPlan(
      db(),
      SYSTEM_ACTOR,
      {
        draft: { ...seed002, number: null, date: '2024-03-01' } as never,
        unit: '42',
        targets: [],
        tasks: [],
      } as never,
      new Date(),
    );
    await db().update(conferences).set({ planId: plan.id }).where(eq(conferences.id, s.id));

    const byCode = await s.create({ topic: 'Kinh nghiệm xây dựng nông thôn mới', unit: '18673' });
    expect(byCode.statusCode, byCode.body).toBe(201);
    // Seed 002: "từ 5 đến 7 phút", "gửi trước 05 ngày" the conference of 22/3.
    expect(byCode.json()).toMatchObject({
      position: 1,
      unitName: 'Xã Cẩm Xuyên',
      minMinutes: 5,
      maxMinutes: 7,
      dueDate: '2030-03-17',
      status: 'assigned',
      file: null,
      itemId: null,
    });
    const byName = await s.create({
      topic: 'Phong trào khuyến học',
      unit: 'Phường Thành Sen',
      minMinutes: 8,
      maxMinutes: 10,
    });
    expect(byName.json()).toMatchObject({ position: 2, unitName: 'Phường Thành Sen', minMinutes: 8 });
    expect(byName.json().unitId).toEqual(expect.any(Number));
    const unmatched = await s.create({
      topic: 'Gương điển hình',
      unit: 'Hộ gia đình ông Trần Văn Bình',
      dueDate: null,
    });
    expect(unmatched.json()).toMatchObject({
      unitId: null,
      unitName: 'Hộ gia đình ông Trần Văn Bình',
      dueDate: null,
    });

    const foreign = await s.create({ topic: 'Ngoài tỉnh', unit: '00004' });
    expect(foreign.statusCode).toBe(403);
    const badMinutes = await s.create({ topic: 'Sai phút', minMinutes: 9, maxMinutes: 5 });
    expect(badMinutes.statusCode).toBe(400);
    const byCommune = await s.create({ topic: 'Xã tự giao' }, s.commune.cookie);
    expect(byCommune.statusCode).toBe(403);

    const list = await inject({
      method: 'GET',
      url: `/api/conferences/${s.id}/presentations`,
      headers: { cookie: s.commune.cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((p: { topic: string }) => p.topic)).toEqual([
      'Kinh nghiệm xây dựng nông thôn mới',
      'Phong trào khuyến học',
      'Gương điển hình',
    ]);
  });

  it('takes the text from an officer of the assigned commune and refuses others, wrong types and big files', async () => {
    const s = await setup();
    const p = (await s.create({ topic: 'Chuyển đổi số cấp xã', unit: '18673' })).json();

    const foreign = await s.upload(p.id, s.otherCommune.cookie, 'tham-luan.pdf', PDF);
    expect(foreign.statusCode).toBe(403);
    expect(await s.stored(p.id)).toEqual({ status: 'assigned', size: null, events: 0 });

    const exe = await s.upload(
      p.id,
      s.commune.cookie,
      'tham-luan.pdf',
      Buffer.from('MZ\x90\x00 this is a program'),
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const xlsxAsDocx = await s.upload(p.id, s.commune.cookie, 'tham-luan.docx', await docx(false));
    expect(xlsxAsDocx.statusCode).toBe(415);
    const big = await s.upload(
      p.id,
      s.commune.cookie,
      'tham-luan.pdf',
      Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    expect(await s.stored(p.id)).toEqual({ status: 'assigned', size: null, events: 0 });

    const ok = await s.upload(p.id, s.commune.cookie, 'Tham luận xã Cẩm Xuyên.pdf', PDF);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'submitted',
      file: { name: 'Tham luận xã Cẩm Xuyên.pdf', type: 'application/pdf', size: PDF.length },
    });
    expect(ok.json().events).toEqual([
      expect.objectContaining({ kind: 'submit', by: expect.stringContaining('Người dùng') }),
    ]);
    const download = await inject({
      method: 'GET',
      url: `/api/presentations/${p.id}/file`,
      headers: { cookie: s.organiser.cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const refusedDownload = await inject({
      method: 'GET',
      url: `/api/presentations/${p.id}/file`,
      headers: { cookie: (await buildUser(ctx.app, db(), { role: 'officer', unit: '01' })).cookie },
    });
    expect(refusedDownload.statusCode).toBe(403);

    // A Word file named without its extension is recognised by its bytes.
    const word = await s.upload(p.id, s.organiser.cookie, 'ban-sua', await docx());
    expect(word.statusCode, word.body).toBe(200);
    expect(word.json().file).toMatchObject({
      name: 'ban-sua.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('takes no text for a cancelled conference, not even from the assigned commune (a cancelled one is a record)', async () => {
    const s = await setup();
    const p = (await s.create({ topic: 'Chuyển đổi số cấp xã', unit: '18673' })).json();
    await db().execute(sql`UPDATE conferences SET status = 'cancelled' WHERE id = ${s.id}`);
    for (const cookie of [s.commune.cookie, s.organiser.cookie]) {
      const refused = await s.upload(p.id, cookie, 'tham-luan.pdf', PDF);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error.message).toContain('Hội nghị đã hủy');
    }
    expect(await s.stored(p.id)).toEqual({ status: 'assigned', size: null, events: 0 });
  });

  it('opens a DOCX through the zip guard: a zip bomb is 413 with the reason, a zip without word/document.xml is 415', async () => {
    const s = await setup();
    const p = (await s.create({ topic: 'Tham luận về chuyển đổi số', unit: '18673' })).json();
    // 2 MB of one byte: a few kilobytes compressed, far past the ratio any document compresses to.
    const ratioBomb = docxFile(new Uint8Array(2 * 1024 * 1024));
    expect(ratioBomb.length).toBeLessThan(20_000);
    const ratio = await s.upload(p.id, s.commune.cookie, 'tham-luan.docx', ratioBomb);
    expect(ratio.statusCode).toBe(413);
    expect(ratio.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { reason: 'ratio' } });
    // A directory that declares a part of 60 MB: refused from the directory, nothing inflated.
    const declared = docxFile('<w:document/>', 60 * 1024 * 1024);
    const large = await s.upload(p.id, s.commune.cookie, 'tham-luan.docx', declared);
    expect(large.statusCode).toBe(413);
    expect(large.json().error.details).toEqual({ reason: 'entry_too_large' });
    const noDocument = zipFile([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    const notWord = await s.upload(p.id, s.commune.cookie, 'tham-luan.docx', noDocument);
    expect(notWord.statusCode).toBe(415);
    const broken = await s.upload(p.id, s.commune.cookie, 'tham-luan.docx', (await docx()).subarray(0, 40));
    expect(broken.statusCode).toBe(415);
    expect(await s.stored(p.id)).toEqual({ status: 'assigned', size: null, events: 0 });

    const word = docxFile('<w:document><w:body><w:p/></w:body></w:document>');
    const ok = await s.upload(p.id, s.commune.cookie, 'tham-luan.docx', word);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await s.stored(p.id)).toEqual({ status: 'submitted', size: word.length, events: 1 });
  });

  it('reviews: changes requested with a comment, sent again, approved; each an event and a notice to the unit', async () => {
    const s = await setup();
    const p = (await s.create({ topic: 'Xây dựng gia đình văn hóa', unit: '18673' })).json();
    const review = (payload: Record<string, unknown>, cookie = s.organiser.cookie) =>
      inject({ method: 'POST', url: `/api/presentations/${p.id}/review`, headers: { cookie }, payload });

    expect((await review({ verdict: 'approve' })).statusCode).toBe(409);
    await s.upload(p.id, s.commune.cookie, 'ban-1.pdf', PDF);
    const silent = await review({ verdict: 'request_changes' });
    expect(silent.statusCode).toBe(400);
    expect((await review({ verdict: 'request_changes', comment: '   ' })).statusCode).toBe(400);
    expect((await review({ verdict: 'approve' }, s.commune.cookie)).statusCode).toBe(403);
    expect((await s.stored(p.id)).status).toBe('submitted');

    const changes = await review({ verdict: 'request_changes', comment: 'Bổ sung số liệu năm 2029.' });
    expect(changes.statusCode, changes.body).toBe(200);
    expect(changes.json().status).toBe('changes_requested');
    await review({ verdict: 'comment', comment: 'Rút gọn phần mở đầu.' });
    const again = await s.upload(p.id, s.commune.cookie, 'ban-2.pdf', PDF);
    expect(again.json().status).toBe('submitted');
    const approved = await review({ verdict: 'approve', comment: 'Đạt.' });
    expect(approved.json().status).toBe('approved');
    expect(
      approved.json().events.map((e: { kind: string; text: string | null }) => [e.kind, e.text]),
    ).toEqual([
      ['submit', 'ban-1.pdf'],
      ['request_changes', 'Bổ sung số liệu năm 2029.'],
      ['comment', 'Rút gọn phần mở đầu.'],
      ['submit', 'ban-2.pdf'],
      ['approve', 'Đạt.'],
    ]);
    expect(approved.json().events.every((e: { by: string | null }) => e.by !== null)).toBe(true);

    const notices = await queryRows<{ kind: string; body: string; conference_id: number }>(
      db(),
      sql`SELECT n.kind, n.body, n.conference_id FROM notifications n JOIN units u ON u.id = n.unit_id
           WHERE u.code = '18673' AND n.conference_id = ${s.id} ORDER BY n.id`,
    );
    expect(notices.map((n) => n.kind)).toEqual(['presentation.changes_requested', 'presentation.approved']);
    expect(notices[0]!.body).toContain('Bổ sung số liệu năm 2029.');
    const seen = await inject({
      method: 'GET',
      url: '/api/notifications',
      headers: { cookie: s.commune.cookie },
    });
    expect(seen.json().items.map((n: { title: string }) => n.title)).toContain('Tham luận cần chỉnh sửa');
  });

  it('reorders tham luận, places one in a programme item and deletes one with its file', async () => {
    const s = await setup();
    const ids: number[] = [];
    for (const topic of ['Một', 'Hai', 'Ba']) ids.push((await s.create({ topic, unit: '18673' })).json().id);
    const patch = (pid: number, payload: Record<string, unknown>, cookie = s.organiser.cookie) =>
      inject({ method: 'PATCH', url: `/api/presentations/${pid}`, headers: { cookie }, payload });

    const moved = await patch(ids[2]!, { position: 1, topic: 'Ba (mở đầu)' });
    expect(moved.statusCode, moved.body).toBe(200);
    const order = async () =>
      (
        await inject({
          method: 'GET',
          url: `/api/conferences/${s.id}/presentations`,
          headers: { cookie: s.organiser.cookie },
        })
      )
        .json()
        .map((p: { topic: string; position: number }) => `${p.position}:${p.topic}`);
    expect(await order()).toEqual(['1:Ba (mở đầu)', '2:Một', '3:Hai']);

    const [item] = await db()
      .insert(conferenceItems)
      .values({ conferenceId: s.id, position: 1, kind: 'tham_luan', title: 'Tham luận', minutes: 7 })
      .returning();
    const other = await insertTestConference(db(), { unit: '42', delegates: 0 });
    const [foreignItem] = await db()
      .insert(conferenceItems)
      .values({ conferenceId: other.conference.id, position: 1, kind: 'tham_luan', title: 'Khác' })
      .returning();
    expect((await patch(ids[0]!, { itemId: foreignItem!.id })).statusCode).toBe(404);
    const placed = await patch(ids[0]!, { itemId: item!.id });
    expect(placed.json().itemId).toBe(item!.id);
    expect((await patch(ids[0]!, { topic: 'Sửa' }, s.commune.cookie)).statusCode).toBe(403);

    await s.upload(ids[0]!, s.commune.cookie, 'mot.pdf', PDF);
    expect(
      (
        await inject({
          method: 'DELETE',
          url: `/api/presentations/${ids[0]}`,
          headers: { cookie: s.commune.cookie },
        })
      ).statusCode,
    ).toBe(403);
    const deleted = await inject({
      method: 'DELETE',
      url: `/api/presentations/${ids[0]}`,
      headers: { cookie: s.organiser.cookie },
    });
    expect(deleted.statusCode).toBe(204);
    expect(await db().select().from(presentations).where(eq(presentations.id, ids[0]!))).toEqual([]);
    const [placedItem] = await db().select().from(conferenceItems).where(eq(conferenceItems.id, item!.id));
    expect(placedItem!.presentationId).toBeNull();
    const audit = await queryRows<{ action: string }>(
      db(),
      sql`SELECT action FROM audit_log WHERE entity_type = 'presentation' AND entity_id = ${String(ids[0])} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'presentation.create',
      'presentation.update',
      'presentation.submit',
      'presentation.delete',
    ]);
  });
});
