import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUnit, buildUser } from '../../testing/factories';
import { IssuerSymbol } from '../../../contracts/units';

/** PATCH /api/units/:code { symbol }: the group of a body's ký hiệu, set by its unit administrators. */
describe.each(engines())('the ký hiệu a unit administrator sets, on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;
  const detail = async (code: string, cookie: string) =>
    (await ctx.app.inject({ url: `/api/units/${code}`, headers: { cookie } })).json();
  const patch = (code: string, cookie: string, payload: Record<string, unknown>) =>
    ctx.app.inject({ method: 'PATCH', url: `/api/units/${code}`, headers: { cookie }, payload });

  it('is settable on an official commune, whose name stays the national list’s', async () => {
    const admin = await buildUser(ctx.app, db(), { role: 'unit_admin', unit: '42' });
    const before = await detail('18673', admin.cookie);
    expect(before).toMatchObject({ isOfficial: true, symbol: null, issuerSymbol: 'UBND' });

    const set = await patch('18673', admin.cookie, { symbol: 'UBND-VX' });
    expect(set.statusCode, set.body).toBe(200);
    const after = await detail('18673', admin.cookie);
    expect(after).toMatchObject({ symbol: 'UBND-VX', issuerSymbol: 'UBND-VX' });
    expect({ name: after.name, fullName: after.fullName, shortName: after.shortName }).toEqual({
      name: before.name,
      fullName: before.fullName,
      shortName: before.shortName,
    });

    const renamed = await patch('18673', admin.cookie, { name: 'Tên khác', symbol: 'UBND' });
    expect(renamed.json().error.code).toBe('FORBIDDEN');
    expect(await detail('18673', admin.cookie)).toMatchObject({ name: before.name, symbol: 'UBND-VX' });

    expect((await patch('18673', admin.cookie, { symbol: null })).statusCode).toBe(200);
    expect(await detail('18673', admin.cookie)).toMatchObject({ symbol: null, issuerSymbol: 'UBND' });
  });

  it('is an administrator’s: an officer who may rename the body may not set it', async () => {
    const body = await buildUnit(db(), {
      parent: '18673',
      level: 'organization',
      type: 'Phòng',
      name: 'Phòng Văn hóa - Xã hội',
      shortName: 'Phòng VH-XH',
    });
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const refused = await patch(body.code, officer.cookie, { symbol: 'VHXH' });
    expect(refused.statusCode).toBe(403);
    expect(await detail(body.code, officer.cookie)).toMatchObject({ symbol: null, issuerSymbol: 'PVHXH' });
    expect((await patch(body.code, officer.cookie, { shortName: 'Phòng VHXH' })).statusCode).toBe(200);
  });

  it.each(['PVH&TT', 'KH UBND', '-UB', 'UB-', 'UB--ND', 'ubnd', 'BCĐ"PT', 'A'.repeat(21), ''])(
    'refuses %j with VALIDATION_FAILED naming the field, and changes nothing',
    async (symbol) => {
      const admin = await buildUser(ctx.app, db(), { role: 'unit_admin', unit: '42' });
      const body = await buildUnit(db(), {
        parent: '18673',
        level: 'organization',
        type: 'Sở',
        name: 'Sở Nội vụ',
      });
      expect((await patch(body.code, admin.cookie, { symbol: 'SNV' })).statusCode).toBe(200);
      const refused = await patch(body.code, admin.cookie, { symbol });
      expect(refused.statusCode).toBe(400);
      const error = refused.json().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      const message = IssuerSymbol.safeParse(symbol).error!.issues[0]!.message;
      expect(error.details).toContainEqual({ path: 'symbol', message });
      expect(await detail(body.code, admin.cookie)).toMatchObject({ symbol: 'SNV', issuerSymbol: 'SNV' });
    },
  );
});
