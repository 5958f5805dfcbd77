import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { sql } from 'drizzle-orm';
import { TEST_PASSWORD, buildUnit, buildUser } from '../../testing/factories';
import { queryRows } from '../../platform/database';

describe.each(engines())('accounts on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('lists accounts within the view scope and refuses a unit outside it', async () => {
    const officer = await buildUser(ctx.app, ctx.database.db, {
      role: 'officer',
      unit: '18673',
      viewScope: '42',
    });
    const elsewhere = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '01' });
    const mine = (await ctx.app.inject({ url: '/api/users', headers: { cookie: officer.cookie } })).json();
    const names = mine.items.map((u: { username: string }) => u.username);
    expect(names).toContain(officer.account.username);
    expect(names).not.toContain(elsewhere.account.username);
    const refused = await ctx.app.inject({ url: '/api/users?unit=01', headers: { cookie: officer.cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('OUT_OF_SCOPE');
  });

  it('lets a unit administrator create an account in scope, with default scopes, audited', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: {
        username: 'Can.Bo.Moi',
        password: 'mat-khau-moi-1',
        fullName: 'Cán bộ mới',
        role: 'officer',
        unit: '18673',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'can.bo.moi',
      captureScope: { code: '18673' },
      viewScope: { code: '18673' },
    });
    const audit = (
      await ctx.app.inject({ url: '/api/audit?action=user.create', headers: { cookie: admin.cookie } })
    ).json();
    expect(audit.items[0]).toMatchObject({
      entityId: String(created.json().id),
      actorUsername: admin.account.username,
    });
    expect(JSON.stringify(audit.items[0].after)).not.toMatch(/password/i);
  });

  it('refuses to grant a scope wider than the granter’s own, or the whole country', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '18673' });
    const base = { password: 'mat-khau-moi-1', fullName: 'X', role: 'viewer', unit: '18673' };
    const wider = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { ...base, username: 'rong.hon', viewScope: '42' },
    });
    expect(wider.json().error.code).toBe('OUT_OF_SCOPE');
    const country = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { ...base, username: 'ca.nuoc', captureScope: null },
    });
    expect(country.json().error.code).toBe('FORBIDDEN');
    const sysadmin = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { ...base, username: 'qtht', role: 'system_admin' },
    });
    expect(sysadmin.json().error.code).toBe('FORBIDDEN');
  });

  it('applies a new role or scope to the account’s very next request', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const officer = await buildUser(ctx.app, ctx.database.db, {
      role: 'officer',
      unit: '18673',
      viewScope: '42',
    });
    const village = { parent: '18673', level: 'village', type: 'thôn', name: 'Thôn Trước' };
    const create = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/units',
        headers: { cookie: officer.cookie },
        payload: village,
      });
    const readProvince = () =>
      ctx.app.inject({ url: '/api/users?unit=42', headers: { cookie: officer.cookie } });
    expect((await create()).statusCode).toBe(201);
    expect((await readProvince()).statusCode).toBe(200);
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${officer.account.id}`,
      headers: { cookie: admin.cookie },
      payload: { role: 'viewer', viewScope: '18673' },
    });
    expect((await create()).json().error.code).toBe('FORBIDDEN');
    expect((await readProvince()).json().error.code).toBe('OUT_OF_SCOPE');
  });

  const signIn = (username: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const auditCount = async () =>
    (await queryRows<{ n: number }>(ctx.database.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0]!.n;

  it('refuses a commune administrator resetting an officer whose view scope is the province, changing nothing', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '18673' });
    const officer = await buildUser(ctx.app, ctx.database.db, {
      role: 'officer',
      unit: '18673',
      viewScope: '42',
    });
    const audits = await auditCount();
    for (const payload of [
      { password: 'mat-khau-chiem-quyen' },
      { isActive: false },
      { fullName: 'Đổi tên' },
    ]) {
      const r = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${officer.account.id}`,
        headers: { cookie: admin.cookie },
        payload,
      });
      expect(r.statusCode, JSON.stringify(payload)).toBe(403);
      expect(r.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', details: { field: 'viewScope' } });
    }
    expect(await auditCount()).toBe(audits);
    expect((await signIn(officer.account.username, 'mat-khau-chiem-quyen')).statusCode).toBe(401);
    expect((await signIn(officer.account.username, TEST_PASSWORD)).statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ url: '/api/me', headers: { cookie: officer.cookie } })).json(),
    ).toMatchObject({
      fullName: officer.account.fullName,
      isActive: true,
    });
  });

  it('refuses a province administrator changing an account of national scope', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const national = await buildUser(ctx.app, ctx.database.db, {
      role: 'officer',
      unit: '18673',
      viewScope: null,
    });
    const nationalCapture = await buildUser(ctx.app, ctx.database.db, {
      role: 'unit_admin',
      unit: '42',
      captureScope: null,
    });
    for (const [target, field] of [
      [national, 'viewScope'],
      [nationalCapture, 'captureScope'],
    ] as const) {
      const r = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${target.account.id}`,
        headers: { cookie: admin.cookie },
        payload: { password: 'mat-khau-chiem-quyen' },
      });
      expect(r.statusCode).toBe(403);
      expect(r.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', details: { field } });
      expect((await signIn(target.account.username, TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  it('grants a view scope only inside the granter’s capture scope', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, {
      role: 'unit_admin',
      unit: '18673',
      viewScope: '42',
    });
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: {
        username: 'xem.ca.tinh',
        password: 'mat-khau-moi-1',
        fullName: 'X',
        role: 'viewer',
        unit: '18673',
        viewScope: '42',
      },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', details: { field: 'viewScope' } });
  });

  it('lets a province administrator reset and change accounts inside its scope', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const officer = await buildUser(ctx.app, ctx.database.db, {
      role: 'officer',
      unit: '18673',
      viewScope: '42',
    });
    const r = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${officer.account.id}`,
      headers: { cookie: admin.cookie },
      payload: { password: 'mat-khau-moi-789', fullName: 'Tên mới' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ fullName: 'Tên mới' });
    expect((await signIn(officer.account.username, 'mat-khau-moi-789')).statusCode).toBe(200);
  });

  it('attaches an account only to an organization inside its unit’s province', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'system_admin', unit: '42' });
    const own = await buildUnit(ctx.database.db, {
      parent: '18673',
      level: 'organization',
      type: 'Ban Chỉ đạo',
      name: 'Ban Chỉ đạo xã nhà',
    });
    const foreign = await buildUnit(ctx.database.db, {
      parent: '01',
      level: 'organization',
      type: 'Ban Chỉ đạo',
      name: 'Ban Chỉ đạo tỉnh khác',
    });
    const base = { password: 'mat-khau-moi-1', fullName: 'X', role: 'officer', unit: '18673' };
    const refusedCreate = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { ...base, username: 'to.chuc.la', organization: foreign.code },
    });
    expect(refusedCreate.statusCode).toBe(400);
    expect(refusedCreate.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'organization', code: foreign.code },
    });
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { ...base, username: 'to.chuc.nha', organization: own.code },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ organization: { code: own.code } });
    const refusedPatch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${created.json().id}`,
      headers: { cookie: admin.cookie },
      payload: { organization: foreign.code },
    });
    expect(refusedPatch.statusCode).toBe(400);
    expect(refusedPatch.json().error.details).toMatchObject({ field: 'organization' });
    const me = await ctx.app.inject({
      url: `/api/users?q=to.chuc.nha`,
      headers: { cookie: admin.cookie },
    });
    expect(me.json().items[0]).toMatchObject({ organization: { code: own.code } });
  });

  it('disabling an account ends its sessions and refuses its sign-in', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const officer = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${officer.account.id}`,
      headers: { cookie: admin.cookie },
      payload: { isActive: false },
    });
    expect(patched.json()).toMatchObject({ isActive: false });
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: officer.cookie } })).statusCode).toBe(
      401,
    );
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: officer.account.username, password: TEST_PASSWORD },
    });
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
  });
});

describe('sign-in rate limit per address', () => {
  const ctx = useTestApp('pglite', { loginRateLimitPerMinute: 3 });

  it('answers 429 with a Vietnamese message past the limit', async () => {
    const attempt = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'khong.co', password: 'sai' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/thử lại sau/),
    });
  });
});
