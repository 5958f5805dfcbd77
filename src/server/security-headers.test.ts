import { describe, expect, it } from 'vitest';
import { engines } from './testing/test-db';
import { testConfig, useTestApp } from './testing/test-app';
import { loadConfig } from './platform/config';
import { buildUser } from './testing/factories';

const csp = (header: unknown) =>
  Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')]),
  );

describe('secure cookies follow PUBLIC_URL', () => {
  it('marks the session cookie Secure whenever the site is opened over https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://phongtrao.example.vn' }).secureCookies).toBe(true);
    expect(
      loadConfig({ PUBLIC_URL: 'https://phongtrao.example.vn', SECURE_COOKIES: 'false' }).secureCookies,
    ).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://127.0.0.1:3000' }).secureCookies).toBe(false);
    expect(loadConfig({ SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(testConfig().secureCookies).toBe(false);
  });
});

describe.each(engines())('security headers on %s', (engine) => {
  const ctx = useTestApp(engine, { publicUrl: 'https://phongtrao.example.vn', secureCookies: true });

  it('sends a CSP without inline scripts, nosniff, a referrer policy, no framing and HSTS over https', async () => {
    for (const url of ['/api/health', '/api/no-such-route', '/', '/plans/1']) {
      const response = await ctx.app.inject({ method: 'GET', url });
      const policy = csp(response.headers['content-security-policy']);
      expect(policy, url).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self' 'unsafe-inline'",
        'img-src': "'self' data: blob:",
        'connect-src': "'self'",
        'frame-ancestors': "'none'",
        'object-src': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      });
      expect(policy['script-src'], url).not.toContain('unsafe');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['strict-transport-security'], url).toMatch(/^max-age=31536000/);
    }
  });

  it('sets the session cookie Secure and checks Origin against PUBLIC_URL', async () => {
    const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://phongtrao.example.vn', 'sec-fetch-site': 'same-origin' },
      payload: { username: 'nobody-here', password: 'sai-mat-khau' },
    });
    expect(login.statusCode, 'our origin reaches the password check').toBe(401);
    // The request's own host is not ours when PUBLIC_URL names the site: a second name of the same server.
    const elsewhere = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, host: 'other.example.vn', origin: 'http://other.example.vn' },
    });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe('CSRF_REFUSED');
    const me = await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'https://phongtrao.example.vn' },
    });
    expect(out.statusCode).toBeLessThan(300);
    expect(String(out.headers['set-cookie'])).toMatch(/Secure/i);
  });
});

describe.each(engines())('security headers over plain http on %s', (engine) => {
  const ctx = useTestApp(engine, { publicUrl: '' });

  it('sends no HSTS when PUBLIC_URL is not https', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(csp(response.headers['content-security-policy'])['frame-ancestors']).toBe("'none'");
  });
});
