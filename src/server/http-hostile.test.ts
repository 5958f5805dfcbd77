import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { engines } from './testing/test-db';
import { useTestApp } from './testing/test-app';
import { buildUser } from './testing/factories';
import { NOTHING_TO_CHANGE } from './request-guards';
import { SAMPLES } from '../core/documents/samples';

/** Path segments as they arrive on the wire: NUL, a lone surrogate, malformed escapes, numbers no column holds. */
const BAD_SEGMENTS = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  '%C0%AF',
  '99999999999999999999',
  '-1',
  '1.5',
  'abc',
  '1e400',
];
const BAD_QUERY_VALUES = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%E0%A4%A',
  '99999999999999999999',
  'abc',
  '-1',
  '2025-02-30',
];
/** Whole JSON bodies of the wrong type, and text no PostgreSQL column takes. */
const BAD_BODIES = ['null', '[]', '123', '"x"', 'true', '"\\u0000"', '{"a":"\\ud800"}', '{'];
const BAD_VALUES: unknown[] = [12345, 'a\u0000b', '\uD800', 'x\uDC00', [], {}, [[]], ['\u0000']];

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

/** A section tree `levels` deep, each level one section holding the next. */
function nestedSections(levels: number) {
  let node = { label: null, title: null, text: 'Nội dung', children: [] as unknown[] };
  for (let i = 1; i < levels; i++) node = { label: null, title: null, text: `Cấp ${i}`, children: [node] };
  return [node];
}

describe.each(engines())('hostile requests on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('answers no route with a 500, whatever the path, query or body holds', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, {
      role: 'system_admin',
      unit: '42',
      captureScope: null,
    });
    const openapi = ctx.app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
    const routes = ctx.app.routeList.filter(
      (r) =>
        r.url.startsWith('/api/') &&
        !r.url.startsWith('/api/docs') &&
        r.method !== 'HEAD' &&
        // Signing out would end the session the sweep uses.
        r.url !== '/api/auth/logout',
    );
    expect(routes.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let sent = 0;
    const send = async (what: string, options: InjectOptions) => {
      sent++;
      const response = await ctx.app.inject({
        ...options,
        headers: { cookie: admin.cookie, ...options.headers },
      });
      if (response.statusCode >= 500 && response.statusCode !== 503)
        failures.push(`${response.statusCode} ${what}: ${response.body.slice(0, 200)}`);
      return response;
    };
    for (const route of routes) {
      const method = route.method as InjectOptions['method'];
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const withParams = (values: Record<string, string>) =>
        route.url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? '1');
      const operation = openapi.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      const queryNames = (operation?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const bodyNames = Object.keys(
        operation?.requestBody?.content?.['application/json']?.schema?.properties ?? {},
      );
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';

      for (const name of params)
        for (const segment of BAD_SEGMENTS) {
          const url = withParams({ [name]: segment });
          await send(`${route.method} ${url}`, { method, url, ...(hasBody && { payload: {} }) });
        }
      for (const name of queryNames)
        for (const value of BAD_QUERY_VALUES) {
          const url = `${withParams({})}?${name}=${value}&${name}=${value}`;
          const once = await send(`${route.method} ${url}`, {
            method,
            url: `${withParams({})}?${name}=${value}`,
          });
          await send(`${route.method} ${url} (twice)`, { method, url });
          // A NUL is refused before validation, naming the parameter (not left to PostgreSQL's error).
          if (value.includes('%00')) {
            const error = once.json<{ error?: { details?: { path: string; in: string }[] } }>().error;
            if (once.statusCode !== 400 || error?.details?.[0]?.path !== name)
              failures.push(
                `${once.statusCode} ${route.method} ${url}: NUL not named: ${once.body.slice(0, 200)}`,
              );
          }
        }
      if (!hasBody) continue;
      const url = withParams({});
      for (const body of BAD_BODIES)
        await send(`${route.method} ${url} ${body}`, {
          method,
          url,
          headers: { 'content-type': 'application/json' },
          payload: body,
        });
      await send(`${route.method} ${url} (no body)`, { method, url });
      await send(`${route.method} ${url} (a broken form)`, {
        method,
        url,
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="\u0000.pdf"\r\n\r\nabc',
      });
      for (const name of bodyNames)
        for (const value of BAD_VALUES)
          await send(`${route.method} ${url} {${name}: ${JSON.stringify(value)}}`, {
            method,
            url,
            payload: { [name]: value },
          });
    }
    expect(sent).toBeGreaterThan(2000);
    expect(failures).toEqual([]);
  }, 600_000);

  it('refuses an empty PATCH on every route with the same 400', async () => {
    const admin = await buildUser(ctx.app, ctx.database.db, {
      role: 'system_admin',
      unit: '42',
      captureScope: null,
    });
    const patches = ctx.app.routeList.filter((r) => r.method === 'PATCH');
    expect(patches.length).toBeGreaterThan(5);
    for (const route of patches) {
      const url = route.url.replace(/:(\w+)/g, '1');
      for (const payload of [{}, { notAField: 'x' }]) {
        const response = await ctx.app.inject({
          method: 'PATCH',
          url,
          headers: { cookie: admin.cookie },
          payload,
        });
        expect(response.statusCode, `PATCH ${url} ${JSON.stringify(payload)}`).toBe(400);
        expect(response.json().error, url).toMatchObject({
          code: 'VALIDATION_FAILED',
          message: NOTHING_TO_CHANGE,
          details: [{ path: '', in: 'body', message: NOTHING_TO_CHANGE }],
        });
      }
    }
  });

  it('names the field of a bad character, a too-deep section tree and a malformed path', async () => {
    const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const draft = { ...SAMPLES.KH, number: null, date: null };
    const post = (url: string, payload: unknown) =>
      ctx.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });

    const nul = await post('/api/documents/render?format=docx', { ...draft, title: 'Kế hoạch\u0000' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.details[0]).toMatchObject({ path: 'title', in: 'body' });
    expect(nul.json().error.message).toMatch(/^title: .*NUL/);
    const half = await post('/api/documents/render?format=docx', {
      ...draft,
      sections: [{ label: 'I.', title: '\uD83D', text: null, children: [] }],
    });
    expect(half.json().error.details[0]).toMatchObject({ path: 'sections.0.title' });

    for (const levels of [12, 100, 400]) {
      const deep = await post('/api/documents/render?format=docx', {
        ...draft,
        sections: nestedSections(levels),
      });
      expect(deep.statusCode, `${levels} levels`).toBe(400);
      expect(deep.json().error.details[0].path, `${levels} levels`).toMatch(/^sections\.0/);
      expect(deep.json().error.message, `${levels} levels`).toMatch(/sâu/);
    }
    // Eight levels (I. 1. 1.1. a) - + …) are still a document.
    expect(
      (await post('/api/documents/render?format=docx', { ...draft, sections: nestedSections(8) })).statusCode,
    ).toBe(200);

    const badPath = await ctx.app.inject({ method: 'GET', url: '/api/units/%E0%A4%A', headers: { cookie } });
    expect(badPath.statusCode).toBe(400);
    expect(badPath.json().error.code).toBe('VALIDATION_FAILED');

    const nulQuery = await ctx.app.inject({ method: 'GET', url: '/api/units?q=%00', headers: { cookie } });
    expect(nulQuery.statusCode).toBe(400);
    expect(nulQuery.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'q', in: 'querystring' }],
    });
  });

  it('names the field inside a plan whose task deadline is wrong, not the whole body', async () => {
    const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const draft = { ...SAMPLES.KH, number: null, date: null };
    const task = { text: 'Tổ chức hội nghị', lead: ['18673'] };
    for (const [deadline, path] of [
      [{ raw: 'Quý I', from: '31/03/2023', to: '2023-03-31' }, 'tasks.0.deadline.from'],
      // A deadline object without its text (`from` and `to` may be null, `raw` may not be missing).
      [{ from: '2023-01-01', to: '2023-03-31' }, 'tasks.0.deadline.raw'],
      ['Quý I năm 2023', 'tasks.0.deadline'],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/plans',
        headers: { cookie },
        payload: { draft, tasks: [task, { ...task, deadline }] },
      });
      const at = path.replace('tasks.0', 'tasks.1');
      expect(response.statusCode, JSON.stringify(deadline)).toBe(400);
      const error = response.json().error as {
        message: string;
        details: { path: string; message: string }[];
      };
      expect([...new Set(error.details.map((d) => d.path))]).toEqual([at]);
      expect(error.details[0]!.message).not.toBe('Đầu vào không hợp lệ');
      expect(error.message).toContain(`${at}: `);
    }
  });
});
