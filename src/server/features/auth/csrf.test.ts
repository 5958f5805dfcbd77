import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { queryRows } from '../../platform/database';
import { planTestKit, type Json } from '../plans/plans.testing';
import { insertTestConference } from '../conferences/conference/conferences.testing';

/**
 * Cross-site requests on a real listening server, with the headers a browser sends: a page of another origin (here:
 * another port of the same host) holds the victim's cookie but cannot prove it is one of our pages.
 */
describe.each(engines())('cross-site requests on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { inject, db, commune, createSeedPlan, issue } = planTestKit(ctx);
  let base = '';
  const otherOrigin = () =>
    `http://127.0.0.1:${Number(new URL(base).port) === 1 ? 2 : Number(new URL(base).port) + 1}`;
  beforeAll(async () => {
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });
  const count = async (table: 'task_reports' | 'sessions') =>
    Number(
      (await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]!
        .n,
    );
  const ours = { 'x-phongtrao-csrf': '1' };

  it('refuses a report filed with the session cookie but without proof, and takes it from our pages', async () => {
    const { bcd, officer, leader } = await commune();
    const plan = (await createSeedPlan(officer, bcd.code)).json<Json>();
    await issue(plan.id as number, officer, leader);
    const tasks = (
      await inject({ method: 'GET', url: `/api/tasks?plan=${String(plan.id)}`, headers: { cookie: officer } })
    ).json<{ items: { id: number }[] }>();
    const url = `${base}/api/tasks/${tasks.items[0]!.id}/reports`;
    const json = { text: 'Đã triển khai.', status: 'in_progress', progress: 50 };
    const post = (headers: Record<string, string>, body: BodyInit = JSON.stringify(json)) =>
      fetch(url, {
        method: 'POST',
        headers: {
          cookie: officer,
          ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body,
      });
    const form = () => {
      const data = new FormData();
      data.append('text', 'Báo cáo kèm tệp');
      data.append('files', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'bao-cao.pdf');
      return data;
    };
    const before = await count('task_reports');
    const refused = [
      ['no header', await post({})],
      [
        'no header, a form of another port',
        await post({ origin: otherOrigin(), 'sec-fetch-site': 'same-site' }),
      ],
      ['the header from another port', await post({ ...ours, origin: otherOrigin() })],
      ['the header, cross-site', await post({ ...ours, 'sec-fetch-site': 'cross-site' })],
      ['the header, same-site', await post({ ...ours, 'sec-fetch-site': 'same-site' })],
      ['the header, Origin null', await post({ ...ours, origin: 'null' })],
      ['multipart without the header', await post({}, form())],
      ['multipart from another port', await post({ ...ours, origin: otherOrigin() }, form())],
    ] as const;
    for (const [what, response] of refused) {
      expect(response.status, what).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code, what).toBe('CSRF_REFUSED');
    }
    expect(await count('task_reports')).toBe(before);

    const same = { ...ours, origin: base, 'sec-fetch-site': 'same-origin' };
    const accepted = await post(same);
    expect(accepted.status, await accepted.clone().text()).toBe(201);
    const withFile = await post(same, form());
    expect(withFile.status, await withFile.clone().text()).toBe(201);
    // A request without Origin and Sec-Fetch-Site (an older browser, a script with the header) is taken too.
    expect((await post(ours)).status).toBe(201);
    expect(await count('task_reports')).toBe(before + 3);
  });

  it('refuses a body-less POST and a login without the header', async () => {
    const { officer } = await commune();
    const sessions = await count('sessions');
    const logout = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { cookie: officer } });
    expect(logout.status).toBe(403);
    expect(((await logout.json()) as { error: { code: string } }).error.code).toBe('CSRF_REFUSED');
    const me = await fetch(`${base}/api/me`, { headers: { cookie: officer } });
    expect(me.status, 'still signed in').toBe(200);

    const login = (headers: Record<string, string>) =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username: 'nobody-here', password: 'wrong' }),
      });
    const forced = await login({ origin: otherOrigin(), 'sec-fetch-site': 'same-site' });
    expect(forced.status).toBe(403);
    expect((await login({ ...ours, origin: base })).status, 'reaches the password check').toBe(401);
    expect(await count('sessions')).toBe(sessions);

    const out = await fetch(`${base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: officer, ...ours, origin: base, 'sec-fetch-site': 'same-origin' },
    });
    expect(out.status).toBeLessThan(300);
    expect((await fetch(`${base}/api/me`, { headers: { cookie: officer } })).status).toBe(401);
  });

  it('takes the public RSVP from our page, and refuses it from elsewhere', async () => {
    const t = await insertTestConference(db(), { delegates: 1 });
    const delegate = t.delegates[0]!;
    const rsvp = (headers: Record<string, string>) =>
      fetch(`${base}/api/rsvp/${t.tokenOf(delegate)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ answer: 'yes' }),
      });
    const answer = async () =>
      (await queryRows<{ rsvp: string }>(db(), sql`SELECT rsvp FROM delegates WHERE id = ${delegate.id}`))[0]!
        .rsvp;
    expect((await rsvp({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(await answer()).toBe('pending');
    const ok = await rsvp({ ...ours, origin: base, 'sec-fetch-site': 'same-origin' });
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(await answer()).toBe('yes');
  });
});
