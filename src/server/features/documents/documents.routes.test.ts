import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser, buildUnit } from '../../testing/factories';
import { SAMPLES } from '../../../core/documents/samples';
import { inspectDocx } from '../../../core/documents/inspect-docx';

const draft = { ...SAMPLES.KH, number: null, date: null, symbol: null };

describe.each(engines())('documents on %s', (engine) => {
  const ctx = useTestApp(engine);
  const inject = (options: InjectOptions) => ctx.app.inject(options);

  async function officerWithBody() {
    const bcd = await buildUnit(ctx.database.db, {
      parent: '18673',
      level: 'organization',
      type: 'Ban Chỉ đạo',
      name: 'Ban Chỉ đạo phong trào xã',
      shortName: 'BCĐ',
    });
    const officer = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    return { bcd, cookie: officer.cookie };
  }

  /** Stores the draft under `unit` and issues it; returns the number given. */
  async function createAndIssue(
    unit: string,
    cookie: string,
    body: Record<string, unknown>,
  ): Promise<string> {
    const id = (
      await inject({
        method: 'POST',
        url: `/api/documents?unit=${unit}`,
        headers: { cookie },
        payload: draft,
      })
    ).json().id;
    return (
      await inject({ method: 'POST', url: `/api/documents/${id}/issue`, headers: { cookie }, payload: body })
    ).json().number;
  }

  it('stores a draft with versions, issues it with the body’s next number, and freezes it', async () => {
    const { bcd, cookie } = await officerWithBody();
    const created = await inject({
      method: 'POST',
      url: `/api/documents?unit=${bcd.code}`,
      headers: { cookie },
      payload: draft,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const v2 = await inject({
      method: 'PUT',
      url: `/api/documents/${id}`,
      headers: { cookie },
      payload: { ...draft, title: 'Kế hoạch đã sửa' },
    });
    expect(v2.json()).toMatchObject({ currentVersion: 2, title: 'Kế hoạch đã sửa', status: 'draft' });
    const issued = await inject({
      method: 'POST',
      url: `/api/documents/${id}/issue`,
      headers: { cookie },
      payload: { date: '2026-03-05', copies: 5 },
    });
    expect(issued.json()).toMatchObject({
      status: 'issued',
      number: '01/KH-BCĐ',
      issuedDate: '2026-03-05',
      currentVersion: 3,
    });
    const detail = (await inject({ url: `/api/documents/${id}`, headers: { cookie } })).json();
    expect(detail.draft).toMatchObject({ number: '01/KH-BCĐ', date: '2026-03-05', title: 'Kế hoạch đã sửa' });
    expect(detail.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);

    const again = await inject({
      method: 'POST',
      url: `/api/documents/${id}/issue`,
      headers: { cookie },
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect((await inject({ url: `/api/documents/${id}`, headers: { cookie } })).json().number).toBe(
      '01/KH-BCĐ',
    );
    const edit = await inject({
      method: 'PUT',
      url: `/api/documents/${id}`,
      headers: { cookie },
      payload: draft,
    });
    expect(edit.statusCode).toBe(409);

    const file = await inject({ url: `/api/documents/${id}/file?format=docx`, headers: { cookie } });
    expect(file.headers['content-type']).toMatch(/wordprocessingml/);
    const docx = await inspectDocx(new Uint8Array(file.rawPayload));
    expect(docx.find('Số: 01/KH-BCĐ')).toBeTruthy();
    expect(docx.find('Cẩm Xuyên, ngày 05 tháng 3 năm 2026').isItalic).toBe(true);

    const register = (
      await inject({ url: `/api/documents/register?unit=${bcd.code}&year=2026`, headers: { cookie } })
    ).json();
    expect(register).toEqual([
      expect.objectContaining({
        sequence: 1,
        number: '01/KH-BCĐ',
        issuedDate: '2026-03-05',
        copies: 5,
        kindAndTitle: 'KẾ HOẠCH: Kế hoạch đã sửa',
        documentId: id,
      }),
    ]);
    const xlsx = await inject({
      url: `/api/documents/register.xlsx?unit=${bcd.code}&year=2026`,
      headers: { cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('gives 50 documents issued at once 50 distinct consecutive numbers', async () => {
    const { bcd, cookie } = await officerWithBody();
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) {
      ids.push(
        (
          await inject({
            method: 'POST',
            url: `/api/documents?unit=${bcd.code}`,
            headers: { cookie },
            payload: draft,
          })
        ).json().id,
      );
    }
    const issued = await Promise.all(
      ids.map((id) =>
        inject({
          method: 'POST',
          url: `/api/documents/${id}/issue`,
          headers: { cookie },
          payload: { date: '2027-01-02' },
        }),
      ),
    );
    expect(issued.every((r) => r.statusCode === 200)).toBe(true);
    const numbers = issued
      .map((r) => Number((r.json().number as string).split('/')[0]))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('starts every year at 01 and keeps an advisory body’s series apart from its host’s', async () => {
    const { bcd, cookie } = await officerWithBody();
    const ubnd = await buildUnit(ctx.database.db, {
      parent: '18673',
      level: 'organization',
      type: 'UBND',
      name: 'UBND xã',
      shortName: 'UBND',
    });
    const issue = (unit: string, date: string) => createAndIssue(unit, cookie, { date });
    expect(await issue(bcd.code, '2028-12-30')).toBe('01/KH-BCĐ');
    expect(await issue(bcd.code, '2028-12-31')).toBe('02/KH-BCĐ');
    expect(await issue(bcd.code, '2029-01-01')).toBe('01/KH-BCĐ');
    expect(await issue(ubnd.code, '2028-12-31')).toBe('01/KH-UBND');
  });

  it('renders with the margins and size an issuing body set within NĐ 30’s ranges', async () => {
    const { bcd, cookie } = await officerWithBody();
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const layout = { marginsMm: { top: 25, bottom: 25, left: 35, right: 20 }, bodySizePt: 13 };
    const url = `/api/units/${bcd.code}/document-layout`;
    expect(
      (await inject({ method: 'PUT', url, headers: { cookie }, payload: { layout } })).json().error.code,
    ).toBe('FORBIDDEN');
    const outside = await inject({
      method: 'PUT',
      url,
      headers: { cookie: admin.cookie },
      payload: { layout: { ...layout, marginsMm: { ...layout.marginsMm, left: 40 } } },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toMatch(/30 đến 35 mm/);
    const set = await inject({ method: 'PUT', url, headers: { cookie: admin.cookie }, payload: { layout } });
    expect(set.json().documentLayout).toEqual(layout);
    const id = (
      await inject({
        method: 'POST',
        url: `/api/documents?unit=${bcd.code}`,
        headers: { cookie },
        payload: draft,
      })
    ).json().id;
    const docx = await inspectDocx(
      new Uint8Array((await inject({ url: `/api/documents/${id}/file`, headers: { cookie } })).rawPayload),
    );
    const mar = /<w:pgMar ([^>]*)\/>/.exec(docx.document)![1]!;
    expect(mar).toMatch(/w:top="1417"[\s\S]*w:left="1984"|w:left="1984"[\s\S]*w:top="1417"/);
    expect(mar).toMatch(/w:right="1134"/);
    expect(docx.find('- Tăng cường sự lãnh đạo của cấp ủy.').sizes).toEqual([13]);
  });

  it('numbers confidential documents in their own series', async () => {
    const { bcd, cookie } = await officerWithBody();
    const issue = (confidential: boolean) =>
      createAndIssue(bcd.code, cookie, { date: '2030-05-05', confidential });
    expect(await issue(false)).toBe('01/KH-BCĐ');
    expect(await issue(true)).toBe('01/KH-BCĐ');
    expect(await issue(false)).toBe('02/KH-BCĐ');
    const secret = (
      await inject({
        url: `/api/documents/register?unit=${bcd.code}&year=2030&confidential=true`,
        headers: { cookie },
      })
    ).json();
    expect(secret.map((e: { sequence: number }) => e.sequence)).toEqual([1]);
  });

  it('refuses a draft without issuer, title or signer, naming each, and odd dates and kinds', async () => {
    const { cookie } = await officerWithBody();
    const { issuer: _i, title: _t, signer: _s, ...missing } = draft;
    const r = await inject({ method: 'POST', url: '/api/documents', headers: { cookie }, payload: missing });
    expect(r.statusCode).toBe(400);
    const paths = r.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['issuer', 'title', 'signer']));
    expect(r.json().error.message).toMatch(/issuer: .*title: .*signer: /s);
    for (const bad of [
      { ...draft, date: '1890-01-01' },
      { ...draft, date: '2101-01-01' },
      { ...draft, kind: 'XYZ' },
    ]) {
      const res = await inject({
        method: 'POST',
        url: '/api/documents/render?format=docx',
        headers: { cookie },
        payload: bad,
      });
      expect(res.statusCode, JSON.stringify(bad.kind)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('renders a draft to DOCX without storing it', async () => {
    const { cookie } = await officerWithBody();
    const r = await inject({
      method: 'POST',
      url: '/api/documents/render?format=docx',
      headers: { cookie },
      payload: SAMPLES.GM,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/attachment; filename=".+\.docx"/);
    expect((await inspectDocx(new Uint8Array(r.rawPayload))).find('GIẤY MỜI')).toBeTruthy();
  });

  // CI installs LibreOffice (.ci/run); the PDF path is part of the product, so this test does not skip.
  it('renders a PDF through LibreOffice', async () => {
    const { cookie } = await officerWithBody();
    const r = await inject({
      method: 'POST',
      url: '/api/documents/render?format=pdf',
      headers: { cookie },
      payload: SAMPLES.TB,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('answers 503 pdf_unavailable without LibreOffice, and still gives the DOCX', async () => {
    const { cookie } = await officerWithBody();
    const saved = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = '/nonexistent/soffice';
    try {
      const pdf = await inject({
        method: 'POST',
        url: '/api/documents/render?format=pdf',
        headers: { cookie },
        payload: SAMPLES.TB,
      });
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json().error).toMatchObject({
        code: 'pdf_unavailable',
        message: expect.stringMatching(/DOCX/),
      });
      const docx = await inject({
        method: 'POST',
        url: '/api/documents/render?format=docx',
        headers: { cookie },
        payload: SAMPLES.TB,
      });
      expect(docx.statusCode).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
    }
  });
});
