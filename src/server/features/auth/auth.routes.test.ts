import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { TEST_PASSWORD, buildUser } from '../../testing/factories';
import { queryRows, type Db } from '../../platform/database';
import { loadConfig, parseTrustProxy } from '../../platform/config';

describe.each(engines())('sign-in, sessions and bad input on %s', (engine) => {
  const ctx = useTestApp(engine, { bodyLimitBytes: 4096 });
  const inject = (options: InjectOptions) => ctx.app.inject(options);
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(ctx.database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!
      .n;

  it('signs in with an HttpOnly SameSite cookie, reads /api/me and signs out', async () => {
    const { cookie, account } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const login = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: account.username, password: TEST_PASSWORD },
    });
    expect(String(login.headers['set-cookie'])).toMatch(/pt_session=.+HttpOnly.*SameSite=Lax/i);
    const me = await inject({ url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: account.username, role: 'officer', unit: { code: '18673' } });
    expect((await inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(
      204,
    );
    expect((await inject({ url: '/api/me', headers: { cookie } })).json()).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  const attemptAs = (username: string, password: string) =>
    inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const auditRows = async (action: string, userId: number) =>
    (
      await queryRows<{ n: number }>(
        ctx.database.db,
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND entity_id = ${String(userId)}`,
      )
    )[0]!.n;

  it('locks an account after five wrong passwords, says so plainly, and keeps it locked with the right one', async () => {
    const { account } = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    const attempt = (password: string) => attemptAs(account.username, password);
    for (let i = 1; i <= 5; i++) {
      const r = await attempt('sai-mat-khau');
      expect(r.statusCode).toBe(401);
      expect(r.json().error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      });
    }
    expect(await auditRows('auth.lock', account.id)).toBe(1);
    const sixth = await attempt('sai-mat-khau');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(sixth.json().error.message).toMatch(/tạm khóa do nhập sai mật khẩu 5 lần/);
    expect(sixth.json().error.details.lockedUntil).toEqual(expect.any(String));
    const right = await attempt(TEST_PASSWORD);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it('gives the attempts back after a right password', async () => {
    const { account } = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) expect((await attemptAs(account.username, 'sai')).statusCode).toBe(401);
      expect((await attemptAs(account.username, TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  it('holds the lock under 100 parallel wrong passwords: five are checked, the rest refused', async () => {
    const { account } = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => attemptAs(account.username, 'sai-mat-khau')),
    );
    const codes = answers.map((r) => r.json().error.code as string);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(95);
    expect(await auditRows('auth.lock', account.id)).toBe(1);
    expect((await attemptAs(account.username, TEST_PASSWORD)).json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it('does not accept the right password sent behind 60 parallel wrong ones', async () => {
    const { account } = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    const wrong = Array.from({ length: 60 }, () => attemptAs(account.username, 'sai-mat-khau'));
    const right = attemptAs(account.username, TEST_PASSWORD);
    const answers = await Promise.all([...wrong, right]);
    expect((await right).json().error.code).toBe('ACCOUNT_LOCKED');
    expect(answers.filter((r) => r.statusCode !== 429)).toHaveLength(5);
    expect(await auditRows('auth.login', account.id)).toBe(1); // buildUser's own sign-in only
  });

  it('answers an unknown username exactly like a wrong password, and never counts attempts left', async () => {
    const { account } = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    const known = await attemptAs(account.username, 'sai-mat-khau');
    const unknown = await attemptAs('khong.co.ai.ten.nay', 'sai-mat-khau');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(known.json().error.details).toBeUndefined();
  });

  it('answers an unknown unit code with 404 and a Vietnamese message', async () => {
    const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    const r = await inject({ url: '/api/units/99999', headers: { cookie } });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị có mã 99999.', details: { code: '99999' } },
    });
  });

  it('refuses an impossible date with 400', async () => {
    const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    for (const at of ['2025-02-30', '2025-13-01', 'hôm qua']) {
      const r = await inject({ url: `/api/units?at=${encodeURIComponent(at)}`, headers: { cookie } });
      expect(r.statusCode, at).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a duplicate username with 409 and writes nothing', async () => {
    const { cookie, account } = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const [users, audit] = [await count('users'), await count('audit_log')];
    const r = await inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: {
        username: account.username,
        password: 'mot-mat-khau-dai',
        fullName: 'Trùng tên',
        role: 'viewer',
        unit: '42',
      },
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('CONFLICT');
    expect([await count('users'), await count('audit_log')]).toEqual([users, audit]);
  });

  it('refuses a body over the limit with 413 and writes nothing', async () => {
    const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const units = await count('units');
    const r = await inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ parent: '18673', level: 'village', type: 'thôn', name: 'x'.repeat(10_000) }),
    });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count('units')).toBe(units);
  });

  it('changes the own password, ending the other sessions', async () => {
    const { cookie, account } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const other = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: account.username, password: TEST_PASSWORD },
    });
    const otherCookie = `pt_session=${other.cookies[0]!.value}`;
    const wrong = await inject({
      method: 'POST',
      url: '/api/me/password',
      headers: { cookie },
      payload: { currentPassword: 'sai', newPassword: 'mat-khau-moi-456' },
    });
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    const ok = await inject({
      method: 'POST',
      url: '/api/me/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-456' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await inject({ url: '/api/me', headers: { cookie: otherCookie } })).statusCode).toBe(401);
  });

  it('publishes the OpenAPI document and its browsable page', async () => {
    const spec = (await inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/units', '/api/units/{code}', '/api/auth/login', '/api/audit']),
    );
    expect((await inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });
});

describe('client addresses', () => {
  const SOCKET = '203.0.113.5';
  const FORGED = '198.51.100.7';
  const plain = useTestApp('pglite', { loginRateLimitPerMinute: 3 });
  const behindProxy = useTestApp('pglite', {
    loginRateLimitPerMinute: 3,
    trustProxy: loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy,
  });

  const signIn = (app: FastifyInstance, username: string, remoteAddress: string, forwardedFor: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { username, password: TEST_PASSWORD },
    });
  const loginIp = async (db: Db, userId: number) =>
    (
      await queryRows<{ ip: string | null }>(
        db,
        sql`SELECT ip FROM audit_log WHERE action = 'auth.login' AND entity_id = ${String(userId)}
            ORDER BY id DESC LIMIT 1`,
      )
    )[0]?.ip;

  it('by default takes the socket’s address and ignores X-Forwarded-For', async () => {
    const { account } = await buildUser(plain.app, plain.database.db, { role: 'viewer', unit: '42' });
    expect((await signIn(plain.app, account.username, SOCKET, FORGED)).statusCode).toBe(200);
    expect(await loginIp(plain.database.db, account.id)).toBe(SOCKET);
  });

  it('by default keeps the sign-in rate limit whatever X-Forwarded-For says', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push((await signIn(plain.app, 'khong.co', '203.0.113.9', `198.51.100.${i + 10}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
  });

  it('believes X-Forwarded-For only from the proxy named in TRUST_PROXY', async () => {
    const { account } = await buildUser(behindProxy.app, behindProxy.database.db, {
      role: 'viewer',
      unit: '42',
    });
    expect((await signIn(behindProxy.app, account.username, '127.0.0.1', FORGED)).statusCode).toBe(200);
    expect(await loginIp(behindProxy.database.db, account.id)).toBe(FORGED);
    expect((await signIn(behindProxy.app, account.username, SOCKET, '192.0.2.44')).statusCode).toBe(200);
    expect(await loginIp(behindProxy.database.db, account.id)).toBe(SOCKET);
  });
});

describe('TRUST_PROXY', () => {
  it('reads off, a hop count, a list of addresses and ranges, or true', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy(' 10.0.0.1, 10.1.0.0/16 ,::1,loopback')).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
      'loopback',
    ]);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
  });
});
