import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser } from '../../testing/factories';
import { queryRows } from '../../platform/database';
import { insertTestConference } from '../conferences/conference/conferences.testing';
import { planTestKit } from '../plans/plans.testing';

/** Far over every upload limit (the largest is 50 MB of report files). */
const HUGE = 1024 * 1024 * 1024;

/** Tables an upload could write to; a refused upload changes none of them. */
const WRITTEN = [
  'presentations',
  'presentation_events',
  'award_batches',
  'awardees',
  'delegates',
  'task_reports',
  'task_attachments',
  'audit_log',
];

interface UploadRoute {
  name: string;
  url: string;
  /** May do this action on this object. */
  allowed: string;
  /** Signed in, but may not (a viewer, or an officer of another unit). */
  refused: string;
  refusedCodes: string[];
}

/**
 * Every upload route checks, in this order: who the caller is (401), whether the caller may do this action on this
 * object (403/404), the declared size (413), and only then reads the body. A request refused before its body is read
 * is answered at once and its connection closed, not drained.
 */
describe.each(engines())('order of the checks on uploads on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { inject, db, commune, createSeedPlan } = planTestKit(ctx);
  const routes: UploadRoute[] = [];

  beforeAll(async () => {
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const viewer = await buildUser(ctx.app, db(), { role: 'viewer', unit: '18673' });
    const elsewhere = await buildUser(ctx.app, db(), { role: 'officer', unit: '00004' });
    const otherCommune = await buildUser(ctx.app, db(), { role: 'officer', unit: '18073' });

    // A conference of the commune (awards, delegates) and one of the province whose tham luận goes to the commune.
    const local = await insertTestConference(db(), { unit: '18673', delegates: 0 });
    const province = await insertTestConference(db(), { unit: '42', delegates: 0 });
    const organiser = await buildUser(ctx.app, db(), { role: 'officer', unit: '42' });
    const presentation = await inject({
      method: 'POST',
      url: `/api/conferences/${province.conference.id}/presentations`,
      headers: { cookie: organiser.cookie },
      payload: { topic: 'Chuyển đổi số cấp xã', unit: '18673' },
    });
    expect(presentation.statusCode, presentation.body).toBe(201);

    const { bcd, officer: planOfficer } = await commune();
    const plan = await createSeedPlan(planOfficer, bcd.code);
    expect(plan.statusCode, plan.body).toBe(201);
    const [task] = await queryRows<{ id: number }>(
      db(),
      sql`SELECT id FROM tasks WHERE plan_id = ${plan.json<{ id: number }>().id} ORDER BY id LIMIT 1`,
    );

    routes.push(
      {
        name: 'plan import',
        url: '/api/plans/import',
        allowed: officer.cookie,
        refused: viewer.cookie,
        refusedCodes: ['FORBIDDEN'],
      },
      {
        name: 'tham luận upload',
        url: `/api/presentations/${presentation.json<{ id: number }>().id}/file`,
        allowed: officer.cookie,
        refused: otherCommune.cookie,
        refusedCodes: ['OUT_OF_SCOPE'],
      },
      {
        name: 'tham luận upload by a viewer',
        url: `/api/presentations/${presentation.json<{ id: number }>().id}/file`,
        allowed: officer.cookie,
        refused: viewer.cookie,
        refusedCodes: ['FORBIDDEN'],
      },
      {
        name: 'awards import',
        url: `/api/conferences/${local.conference.id}/awards/import`,
        allowed: officer.cookie,
        refused: elsewhere.cookie,
        refusedCodes: ['OUT_OF_SCOPE'],
      },
      {
        name: 'delegate import',
        url: `/api/conferences/${local.conference.id}/delegates/import`,
        allowed: officer.cookie,
        refused: elsewhere.cookie,
        refusedCodes: ['OUT_OF_SCOPE'],
      },
      {
        name: 'task report with files',
        url: `/api/tasks/${task!.id}/reports`,
        allowed: officer.cookie,
        refused: elsewhere.cookie,
        refusedCodes: ['OUT_OF_SCOPE'],
      },
      {
        name: 'task report with files by a viewer',
        url: `/api/tasks/${task!.id}/reports`,
        allowed: officer.cookie,
        refused: viewer.cookie,
        refusedCodes: ['FORBIDDEN'],
      },
    );
  });

  const fingerprint = () =>
    Promise.all(
      WRITTEN.map(
        async (table) =>
          (
            await queryRows<{ h: string }>(
              db(),
              sql.raw(
                `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
              ),
            )
          )[0]!.h,
      ),
    );

  /** A form that declares far more than it sends: only a route that reads the body would notice. */
  const declaredHuge = (url: string, cookie?: string) =>
    inject({
      method: 'POST',
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(HUGE),
      },
      payload: '--x--\r\n',
    });

  it('answers 401 without a session, 403 to an account without the right, and 413 only to one with it', async () => {
    const before = await fingerprint();
    for (const route of routes) {
      const anonymous = await declaredHuge(route.url);
      expect(anonymous.statusCode, `${route.name}: no session`).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');

      const refused = await declaredHuge(route.url, route.refused);
      expect(refused.statusCode, `${route.name}: no right`).toBe(403);
      expect(route.refusedCodes, route.name).toContain(refused.json().error.code);

      const allowed = await declaredHuge(route.url, route.allowed);
      expect(allowed.statusCode, `${route.name}: allowed`).toBe(413);
      expect(allowed.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(await fingerprint()).toEqual(before);
  });

  describe('on a listening server', () => {
    let port = 0;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      await ctx.app.listen({ port: 0, host: '127.0.0.1' });
      port = (ctx.app.server.address() as AddressInfo).port;
      ctx.app.server.on('connection', (socket: Socket) => sockets.push(socket));
    });

    /**
     * Streams a body of `declared` bytes until the answer comes. Returns the answer, how many bytes the server's
     * socket had read by then, and a promise of that socket's close.
     */
    const stream = (url: string, declared: number, cookie?: string) =>
      new Promise<{
        status: number;
        connection: string | undefined;
        code: string;
        serverRead: number;
        serverClosed: Promise<void>;
      }>((resolve, reject) => {
        const request = http.request({
          host: '127.0.0.1',
          port,
          // A fresh connection that asks to be kept alive, as browsers do.
          agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
          path: url,
          method: 'POST',
          headers: {
            ...(cookie ? { cookie } : {}),
            'x-phongtrao-csrf': '1',
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(declared),
          },
        });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        let answered = false;
        const pump = () => {
          while (!answered && sent < declared) {
            const n = Math.min(chunk.length, declared - sent);
            sent += n;
            if (!request.write(chunk.subarray(0, n))) return void request.once('drain', pump);
          }
        };
        request.on('response', (response) => {
          answered = true;
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (text: string) => (body += text));
          response.on('end', () => {
            const socket = sockets[sockets.length - 1]!;
            resolve({
              status: response.statusCode!,
              connection: response.headers.connection,
              code: (JSON.parse(body) as { error: { code: string } }).error.code,
              serverRead: socket.bytesRead,
              serverClosed: socket.destroyed
                ? Promise.resolve()
                : new Promise((closed) => socket.once('close', () => closed())),
            });
          });
        });
        // The server closing while the client still sends: EPIPE or ECONNRESET once the answer is in.
        request.on('error', (error: NodeJS.ErrnoException) => {
          if (!answered) reject(error);
        });
        pump();
      });

    it('answers a refused upload at once and closes the connection instead of reading the body', async () => {
      const declared = 200 * 1024 * 1024;
      const planImport = routes.find((r) => r.name === 'plan import')!;
      const taskReport = routes.find((r) => r.name === 'task report with files')!;
      const cases = [
        { url: planImport.url, cookie: undefined, status: 401, code: 'UNAUTHENTICATED' },
        { url: planImport.url, cookie: planImport.refused, status: 403, code: 'FORBIDDEN' },
        { url: planImport.url, cookie: planImport.allowed, status: 413, code: 'PAYLOAD_TOO_LARGE' },
        { url: taskReport.url, cookie: taskReport.refused, status: 403, code: 'OUT_OF_SCOPE' },
        { url: taskReport.url, cookie: taskReport.allowed, status: 413, code: 'PAYLOAD_TOO_LARGE' },
      ];
      for (const c of cases) {
        const result = await stream(c.url, declared, c.cookie);
        // Answered with the connection closing, not kept alive with the rest of the body left on the wire.
        expect(result, c.url).toMatchObject({ status: c.status, code: c.code, connection: 'close' });
        // What the kernel's buffers held when the server answered: a few megabytes, not the 200 MB declared.
        expect(result.serverRead, `${c.status} ${c.url}`).toBeLessThan(32 * 1024 * 1024);
        await result.serverClosed;
      }
    });
  });
});
