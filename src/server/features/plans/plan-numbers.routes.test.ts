import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUnit, buildUser } from '../../testing/factories';
import { queryRows } from '../../platform/database';
import { SAMPLES } from '../../../core/documents/samples';
import { planTestKit } from './plans.testing';

/** NĐ 30/2020, Phụ lục III: the ký hiệu carries the issuing body's official abbreviation, never one made of its place. */
describe.each(engines())('the numbers plans and documents are issued with, on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { inject, db, commune, createSeedPlan, issue } = planTestKit(ctx);

  /** Issues a Kế hoạch of `unit` by the documents API; the number it got. */
  async function issueKh(unit: string, cookie: string): Promise<string> {
    const draft = { ...SAMPLES.KH, number: null, date: null, symbol: null };
    const created = await inject({
      method: 'POST',
      url: `/api/documents?unit=${unit}`,
      headers: { cookie },
      payload: draft,
    });
    expect(created.statusCode, created.body).toBe(201);
    const issued = await inject({
      method: 'POST',
      url: `/api/documents/${created.json().id}/issue`,
      headers: { cookie },
      payload: {},
    });
    expect(issued.statusCode, issued.body).toBe(200);
    return issued.json().number as string;
  }

  const setSymbol = (code: string, cookie: string, symbol: string | null) =>
    inject({ method: 'PATCH', url: `/api/units/${code}`, headers: { cookie }, payload: { symbol } });

  it('numbers the plan of UBND xã Cẩm Xuyên 01/KH-UBND, and with the ký hiệu its administrator set', async () => {
    const { officer, leader } = await commune();
    const plan = (await createSeedPlan(officer, '18673')).json();
    await issue(plan.id, officer, leader);
    const detail = await inject({ url: `/api/plans/${plan.id}`, headers: { cookie: officer } });
    expect(detail.json().document.number).toBe('01/KH-UBND');
    expect(detail.json().draft.number).toBe('01/KH-UBND');

    const admin = await buildUser(ctx.app, db(), { role: 'unit_admin', unit: '42' });
    expect((await setSymbol('18673', admin.cookie, 'UBND-VX')).statusCode).toBe(200);
    expect(await issueKh('18673', officer)).toBe('02/KH-UBND-VX');
    expect((await setSymbol('18673', admin.cookie, null)).statusCode).toBe(200);
    expect(await issueKh('18673', officer)).toBe('03/KH-UBND');
  });

  it('numbers a Sở by its official abbreviation, a Phòng without "&", and a set one over both', async () => {
    const so = await buildUnit(db(), {
      parent: '42',
      level: 'organization',
      type: 'Sở',
      name: 'Sở Văn hóa, Thể thao và Du lịch',
    });
    const phong = await buildUnit(db(), {
      parent: '18673',
      level: 'organization',
      type: 'Phòng',
      name: 'Phòng Văn hóa và Thông tin',
      shortName: 'Phòng VH&TT',
    });
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '42' });
    const admin = await buildUser(ctx.app, db(), { role: 'unit_admin', unit: '42' });
    expect(await issueKh(so.code, officer.cookie)).toBe('01/KH-SVHTTDL');
    expect(await issueKh(phong.code, officer.cookie)).toBe('01/KH-PVHTT');
    expect((await setSymbol(so.code, admin.cookie, 'SVHTT')).statusCode).toBe(200);
    expect(await issueKh(so.code, officer.cookie)).toBe('02/KH-SVHTT');
  });

  it('answers a plan whose number was stored longer than a draft may carry, and never issues one', async () => {
    const { bcd, officer, leader } = await commune();
    const plan = (await createSeedPlan(officer, bcd.code)).json();
    await issue(plan.id, officer, leader);
    // A number made before the ký hiệu was bounded: the initials of a Ban Chỉ đạo's whole name.
    const long = `01/KH-BCĐPT"DĐKXDĐSVHPHS${'X'.repeat(60)}`;
    await queryRows(db(), sql`UPDATE documents SET number = ${long} WHERE id = ${plan.document.id}`);
    await queryRows(
      db(),
      sql`UPDATE document_versions SET draft = jsonb_set(draft, '{number}', to_jsonb(${long}::text))
          WHERE document_id = ${plan.document.id}`,
    );
    const detail = await inject({ url: `/api/plans/${plan.id}`, headers: { cookie: officer } });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().draft.number).toBe(long);
    expect(detail.json().document.number).toBe(long);
  });
});
