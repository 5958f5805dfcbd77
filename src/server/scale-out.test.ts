import { systemClock } from './platform/clock';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openPostgres, queryRows, type Database } from './platform/database';
import { engines, testRoleUrls, TEST_ROLES } from './testing/test-db';
import { seedDemo } from './features/demo/demo.seed';
import { MAX_FAILED_LOGINS } from './features/auth/sessions.service';
import { REMINDERS_QUEUE } from './features/plans/plan-jobs';
import { JOBS_SCHEMA } from './platform/jobs';

/**
 * Two `npm start` processes on one PostgreSQL database, as behind a proxy: what one process does, the other sees at
 * once. PostgreSQL only (PGlite is one process by design); the global setup fails under CI without PostgreSQL.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'mat-khau-demo-123';
const LOGIN_RATE_LIMIT = 10;
const CSRF = { 'x-phongtrao-csrf': '1' };

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Server {
  url: string;
  child: ChildProcess;
  output: string[];
}

function startServer(port: number, env: Record<string, string>): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { url: `http://127.0.0.1:${port}`, child, output };
}

/** Polls until `check` answers true; fails with `what` after `ms`. */
async function waitUntil(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`Không chờ được: ${what} (sau ${ms} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function call(
  server: Server,
  method: string,
  url: string,
  options: { cookie?: string; body?: unknown; ip?: string } = {},
) {
  const response = await fetch(server.url + url, {
    method,
    headers: {
      ...(method === 'GET' ? {} : CSRF),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    json: (text ? JSON.parse(text) : null) as Record<string, unknown> & { error?: { code: string } },
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? null,
  };
}

async function login(server: Server, username: string, ip: string) {
  const answer = await call(server, 'POST', '/api/auth/login', {
    body: { username, password: PASSWORD },
    ip,
  });
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.cookie!;
}

describe.each(engines().filter((engine) => engine === 'postgres'))('two server processes on one %s', () => {
  let adminUrl: string;
  let name: string;
  let database: Database;
  let a: Server;
  let b: Server;
  const dataDirs: string[] = [];

  beforeAll(async () => {
    const template = inject('postgresTemplate')!;
    adminUrl = template.adminUrl;
    name = `phongtrao_scale_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} OWNER ${TEST_ROLES.owner} TEMPLATE ${template.template}`);
    await admin.end();
    // As deployed: the servers run as the runtime role and migrate as the owner.
    const { runtimeUrl: url, ownerUrl } = testRoleUrls(adminUrl, name);
    database = openPostgres(url);
    // Seeded once here: two processes seeding a fresh database together would both see it empty.
    await seedDemo(database.db, PASSWORD, systemClock);

    const env = (dir: string) => ({
      DATABASE_URL: url,
      DATABASE_OWNER_URL: ownerUrl,
      DATA_DIR: dir,
      SEED_DEMO: 'false',
      LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT),
      TRUST_PROXY: '127.0.0.1',
      PUBLIC_URL: 'https://phongtrao.test',
      SMTP_URL: '',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    });
    const [portA, portB] = [await freePort(), await freePort()];
    for (let i = 0; i < 2; i++) dataDirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-scale-')));
    a = startServer(portA, env(dataDirs[0]!));
    b = startServer(portB, env(dataDirs[1]!));
    for (const server of [a, b])
      await waitUntil(`${server.url}/api/health\n${server.output.join('')}`, 90_000, async () => {
        const health = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
        return health.status === 200;
      });
  }, 300_000);

  afterAll(async () => {
    const stopped = [a, b]
      .filter((server) => server && server.child.exitCode === null)
      .map(
        (server) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
            server.child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            server.child.kill('SIGTERM');
          }),
      );
    await Promise.all(stopped);
    await database?.close();
    if (name) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

  it('a session made on one works on the other; disabling the account on one refuses it on the other at once', async () => {
    const cookie = await login(a, 'xa.camxuyen', '10.1.0.1');
    const onB = await call(b, 'GET', '/api/me', { cookie });
    expect(onB.status).toBe(200);
    expect(onB.json.username).toBe('xa.camxuyen');
    const userId = onB.json.id as number;

    const adminCookie = await login(a, 'admin', '10.1.0.2');
    // B has just answered for this session; A disables the account; B's very next answer is a refusal.
    expect((await call(b, 'GET', '/api/me', { cookie })).status).toBe(200);
    const disabled = await call(a, 'PATCH', `/api/users/${userId}`, {
      cookie: adminCookie,
      body: { isActive: false },
    });
    expect(disabled.status, JSON.stringify(disabled.json)).toBe(200);
    const refused = await call(b, 'GET', '/api/me', { cookie });
    expect(refused.status).toBe(401);
    expect((await call(a, 'GET', '/api/me', { cookie })).status).toBe(401);
  });

  it('the login rate limit counts the attempts made on both', async () => {
    // One address, 15 attempts at once, split between A and B: the limit of 10 holds for the two together.
    const attempts = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        call(i % 2 ? a : b, 'POST', '/api/auth/login', {
          body: { username: 'khong.co.tai.khoan', password: 'sai-mat-khau' },
          ip: '10.2.0.1',
        }),
      ),
    );
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(LOGIN_RATE_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15 - LOGIN_RATE_LIMIT);
    const limited = attempts.find((attempt) => attempt.status === 429)!;
    expect(limited.json.error!.code).toBe('RATE_LIMITED');
    // Another address is not limited by this one.
    const other = await call(a, 'POST', '/api/auth/login', {
      body: { username: 'khong.co.tai.khoan', password: 'sai-mat-khau' },
      ip: '10.2.0.2',
    });
    expect(other.status).toBe(401);
  });

  it('the login lock counts wrong passwords sent to both: 100 in parallel check exactly five', async () => {
    // Each attempt from its own address, so that only the lock (not the rate limit) stops them.
    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call(i % 2 ? a : b, 'POST', '/api/auth/login', {
          body: { username: 'lanhdao.camxuyen', password: `sai-mat-khau-${i}` },
          ip: `10.3.${Math.floor(i / 200)}.${(i % 200) + 1}`,
        }),
      ),
    );
    const codes = attempts.map((attempt) => attempt.json.error?.code);
    expect(codes.every((code) => code === 'INVALID_CREDENTIALS' || code === 'ACCOUNT_LOCKED')).toBe(true);
    const [audit] = await rows<{ locks: number }>(
      sql`SELECT count(*)::int AS locks FROM audit_log
           WHERE action = 'auth.lock' AND entity_id = (SELECT id::text FROM users WHERE username = 'lanhdao.camxuyen')`,
    );
    // Each attempt is claimed before its password is checked: five are checked (and refused), the rest locked.
    const invalid = codes.filter((code) => code === 'INVALID_CREDENTIALS').length;
    expect({ invalid, locks: audit!.locks }).toEqual({ invalid: MAX_FAILED_LOGINS, locks: 1 });
    // Locked on both, even with the right password.
    for (const server of [a, b]) {
      const right = await call(server, 'POST', '/api/auth/login', {
        body: { username: 'lanhdao.camxuyen', password: PASSWORD },
        ip: '10.3.9.9',
      });
      expect(right.json.error?.code).toBe('ACCOUNT_LOCKED');
    }
  });

  it('a reminder run started on both at once decides each reminder once', async () => {
    const adminCookie = await login(b, 'admin', '10.4.0.1');
    const runs = await Promise.all(
      [a, b, a, b].map((server) =>
        call(server, 'POST', '/api/reminders/run', { cookie: adminCookie, body: {} }),
      ),
    );
    for (const run of runs) expect(run.status, JSON.stringify(run.json)).toBe(200);
    const decided = runs.reduce((sum, run) => sum + (run.json.reminders as number), 0);
    const [log] = await rows<{ n: number; distinct: number }>(
      sql`SELECT count(*)::int AS n,
                 count(DISTINCT (task_id, unit_id, kind, deadline))::int AS distinct FROM reminder_log`,
    );
    // The demo plans have tasks due around today: there is something to decide, and it is decided once.
    expect(decided).toBeGreaterThan(0);
    expect(log).toEqual({ n: decided, distinct: decided });
    const [outbox] = await rows<{ n: number; distinct: number }>(
      sql`SELECT count(*)::int AS n, count(DISTINCT dedupe_key)::int AS distinct FROM mail_outbox`,
    );
    expect(outbox!.n).toBe(outbox!.distinct);
  });

  it('the daily schedule, kept by both processes, sends one reminders job per cron tick', async () => {
    // Both processes stored the same schedule (one row) and run pg-boss's timekeeper. Make it due every minute and
    // let the next timekeeper pass (of either process, every 30 s) send it.
    const schedules = await rows<{ name: string; cron: string }>(
      sql`SELECT name, cron FROM ${sql.raw(JOBS_SCHEMA)}.schedule WHERE name = ${REMINDERS_QUEUE}`,
    );
    expect(schedules).toEqual([{ name: REMINDERS_QUEUE, cron: '0 7 * * *' }]);
    const logBefore = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM reminder_log`))[0]!.n;
    await rows(
      sql`UPDATE ${sql.raw(JOBS_SCHEMA)}.schedule SET cron = '* * * * *' WHERE name = ${REMINDERS_QUEUE}`,
    );
    await rows(sql`UPDATE ${sql.raw(JOBS_SCHEMA)}.version SET cron_on = NULL`);
    try {
      await waitUntil('a reminders.run job completed', 120_000, async () => {
        const [done] = await rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM ${sql.raw(JOBS_SCHEMA)}.job
               WHERE name = ${REMINDERS_QUEUE} AND state = 'completed'`,
        );
        return done!.n > 0;
      });
    } finally {
      await rows(
        sql`UPDATE ${sql.raw(JOBS_SCHEMA)}.schedule SET cron = '0 7 * * *' WHERE name = ${REMINDERS_QUEUE}`,
      );
    }
    // Whichever process's timekeeper ran, each tick (minute) was sent once, and each send made one run.
    const ticks = await rows<{ tick: string; n: number }>(
      sql`SELECT singleton_on::text AS tick, count(*)::int AS n FROM ${sql.raw(JOBS_SCHEMA)}.job
           WHERE name = '__pgboss__send-it' AND data->>'name' = ${REMINDERS_QUEUE} GROUP BY singleton_on`,
    );
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.filter((tick) => tick.n !== 1)).toEqual([]);
    const [runs] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${sql.raw(JOBS_SCHEMA)}.job WHERE name = ${REMINDERS_QUEUE}`,
    );
    expect(runs!.n).toBeLessThanOrEqual(ticks.length);
    // Everything was decided by the runs before: the scheduled run decided nothing again.
    const logAfter = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM reminder_log`))[0]!.n;
    expect(logAfter).toBe(logBefore);
  }, 150_000);
});
