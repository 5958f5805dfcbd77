import { systemClock } from '../src/server/platform/clock';
import { fork, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import { openPglite, openPostgres, queryRows, type Database, type Db } from '../src/server/platform/database';
import { seedAdminUnits } from '../src/server/features/units/units.seed';
import {
  newConferenceSecret,
  signToken,
  tokenExpiry,
} from '../src/server/features/conferences/invitations/tokens.service';
import { todayInVietnam } from '../src/core/dates/vn-dates';
import { SESSION_COOKIE } from '../src/server/http';
import type { ClientPhase, PhaseResult } from './checkin-client';
import { fixed } from './stats';

const CLIENTS = 100;
const DELEGATES = Number(process.env.DELEGATES ?? 20_000);
const DUPLICATES = DELEGATES / 10;
const BARE_REQUESTS = DELEGATES;
const GOAL = { postgres: { perSecond: 2000, p99Ms: 100 }, pglite: { perSecond: 500, p99Ms: null } } as const;
const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface PhaseFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  results: Record<string, number>;
}

export interface CheckinEngineResult {
  engine: Database['kind'];
  setup: { points: number; delegates: number; sessions: number; seconds: number };
  bare: PhaseFigures;
  checkin: PhaseFigures & { ratioToBare: number };
  duplicates: PhaseFigures;
  verify: {
    rows: number;
    distinct: number;
    auditRows: number;
    rowsAfterDuplicates: number;
    auditAfterDuplicates: number;
    zeroLost: boolean;
    zeroDoubled: boolean;
  };
  goal: { perSecond: number; p99Ms: number | null; met: boolean };
}

export type CheckinBenchResult = { engines: CheckinEngineResult[]; skipped: string | null };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] ?? Number.NaN;
}

function figures(result: PhaseResult): PhaseFigures {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / (result.wallMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    statuses: result.statuses,
    results: result.results,
  };
}

const count = async (db: Db, query: ReturnType<typeof sql>) =>
  Number((await queryRows<{ n: number }>(db, query))[0]!.n);

/**
 * A national online conference hosted in Hà Nội: a point at each current commune, 20,000 delegates, and 100 staff
 * sessions (officers of a province each, a province served by two or three of them), each with 200 delegates at
 * points of its province. Written set-based; sessions are inserted as login writes them.
 */
async function setUp(db: Db) {
  const today = todayInVietnam(new Date());
  const secret = newConferenceSecret();
  const [host] = await queryRows<{ id: number; path: string }>(
    db,
    sql`SELECT id, path FROM units WHERE code = '01' AND level = 'province' AND valid_to IS NULL`,
  );
  const [conference] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO conferences (unit_id, area_unit_id, area_path, kind, title, format, date, status, secret)
        VALUES (${host!.id}, ${host!.id}, ${host!.path}, 'tong_ket',
                'Hội nghị trực tuyến toàn quốc tổng kết phong trào thi đua', 'online', ${today}, 'running', ${secret})
        RETURNING id`,
  );
  const conferenceId = conference!.id;
  await db.execute(
    sql`INSERT INTO conference_points (conference_id, position, name, is_main, unit_id, unit_path)
        SELECT ${conferenceId}, n, 'Điểm cầu ' || full_name, n = 1, id, path
          FROM (SELECT u.*, row_number() OVER (ORDER BY u.path LIKE ${host!.path + '%'} DESC, u.path)::int AS n
                  FROM units u WHERE u.level = 'commune' AND u.valid_to IS NULL) c`,
  );
  const [group] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO delegate_groups (conference_id, position, title, level)
        VALUES (${conferenceId}, 1, 'Lãnh đạo cấp xã', 'commune') RETURNING id`,
  );
  const points = await queryRows<{ id: number; province: string }>(
    db,
    sql`SELECT id, split_part(unit_path, '/', 2) AS province FROM conference_points
         WHERE conference_id = ${conferenceId} ORDER BY position`,
  );
  const provinces = [...new Set(points.map((p) => p.province))].sort();
  const pointsOf = new Map(
    provinces.map((p) => [p, points.filter((x) => x.province === p).map((x) => x.id)]),
  );
  // Client c serves province c mod 34; its delegates sit at that province's points, round-robin.
  const perClient = DELEGATES / CLIENTS;
  const plan: { client: number; point: number }[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const province = provinces[c % provinces.length]!;
    const clientsHere = Math.ceil((CLIENTS - (c % provinces.length)) / provinces.length);
    const own = pointsOf.get(province)!;
    const k = Math.floor(c / provinces.length);
    for (let j = 0; j < perClient; j++)
      plan.push({ client: c, point: own[(j * clientsHere + k) % own.length]! });
  }
  await db.execute(
    sql`INSERT INTO delegates (conference_id, group_id, point_id, name, position, unit_name, source, dedupe_key)
        SELECT ${conferenceId}, ${group!.id}, (x.value)::int, 'Đại biểu ' || x.n, 'Chủ tịch UBND', 'UBND xã', 'import',
               'bench:' || x.n
          FROM json_array_elements_text(${JSON.stringify(plan.map((p) => p.point))}::json) WITH ORDINALITY AS x(value, n)`,
  );
  const delegates = await queryRows<{ id: number; n: number }>(
    db,
    sql`SELECT id, substr(dedupe_key, 7)::int AS n FROM delegates WHERE conference_id = ${conferenceId}`,
  );
  const users = await queryRows<{ id: number; n: number }>(
    db,
    sql`INSERT INTO users (username, password_hash, full_name, role, unit_id, capture_unit_id, view_unit_id)
        SELECT 'bench.staff' || x.n, 'no-login', 'Cán bộ điểm danh ' || x.n, 'officer', (x.value)::int,
               (x.value)::int, (x.value)::int
          FROM json_array_elements_text(${JSON.stringify(
            Array.from({ length: CLIENTS }, (_, c) => Number(provinces[c % provinces.length])),
          )}::json) WITH ORDINALITY AS x(value, n)
        RETURNING id, substr(username, 12)::int AS n`,
  );
  const cookies: string[] = [];
  for (const user of users.sort((a, b) => a.n - b.n)) {
    const token = randomBytes(32).toString('base64url');
    await db.execute(
      sql`INSERT INTO sessions (token_hash, user_id, expires_at)
          VALUES (${createHash('sha256').update(token).digest('hex')}, ${user.id}, now() + interval '12 hours')`,
    );
    cookies.push(`${SESSION_COOKIE}=${token}`);
  }
  await db.execute(sql`ANALYZE`);
  const expires = tokenExpiry(today, today);
  const bodies: string[][] = Array.from({ length: CLIENTS }, () => []);
  for (const d of delegates.sort((a, b) => a.n - b.n)) {
    const { client, point } = plan[d.n - 1]!;
    const token = signToken(secret, { conferenceId, delegateId: d.id, version: 1, expires });
    bodies[client]!.push(JSON.stringify({ token, point }));
  }
  return { conferenceId, points: points.length, cookies, bodies };
}

function runClients(child: ChildProcess, baseUrl: string, phase: ClientPhase): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    child.once('message', (message: PhaseResult | { error: string }) =>
      'error' in message ? reject(new Error(message.error)) : resolve(message),
    );
    child.send({ baseUrl, phase });
  });
}

async function benchEngine(database: Database): Promise<CheckinEngineResult> {
  const started = Date.now();
  await database.migrate();
  await seedAdminUnits(database.db, systemClock);
  const setup = await setUp(database.db);
  const setupSeconds = (Date.now() - started) / 1000;
  const config = loadConfig({ DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent', NODE_ENV: 'production' });
  const app = await buildApp({ database, config });
  // The ceiling: the same server, session hook and cookie, a constant answer of the same shape, no database.
  const constant = {
    result: 'checked_in',
    delegate: {
      id: 1,
      name: 'Đại biểu 1',
      position: 'Chủ tịch UBND',
      unitName: 'UBND xã',
      groupTitle: 'Cấp xã',
    },
    at: new Date().toISOString(),
    pointId: 1,
    pointName: 'Điểm cầu Phường Ba Đình',
  };
  app.post('/api/bench/bare', (_request, reply) => reply.send(constant));
  const child = fork(fileURLToPath(new URL('./checkin-client.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
  });
  try {
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const bareBodies = setup.bodies.map((b) => b.slice(0, BARE_REQUESTS / CLIENTS));
    const phase = (name: string, url: string, bodies: string[][]) =>
      runClients(child, baseUrl, {
        name,
        path: url,
        clients: bodies.map((b, i) => ({ cookie: setup.cookies[i]!, bodies: b })),
      });
    await phase('warm-up', '/api/bench/bare', bareBodies);
    const bare = figures(await phase('bare', '/api/bench/bare', bareBodies));
    const checkin = figures(await phase('checkin', '/api/checkin', setup.bodies));
    const db = database.db;
    const rows = await count(
      db,
      sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id = ${setup.conferenceId}`,
    );
    const distinct = await count(
      db,
      sql`SELECT count(DISTINCT delegate_id)::int AS n FROM attendance WHERE conference_id = ${setup.conferenceId}`,
    );
    const auditRows = await count(
      db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'conference.checkin'`,
    );
    // Second pass: a tenth of the delegates scanned again, each by its own client.
    const again = setup.bodies.map((b) => b.filter((_, j) => j % (DELEGATES / DUPLICATES) === 3));
    const duplicates = figures(await phase('duplicates', '/api/checkin', again));
    const rowsAfter = await count(
      db,
      sql`SELECT count(*)::int AS n FROM attendance WHERE conference_id = ${setup.conferenceId}`,
    );
    const auditAfter = await count(
      db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'conference.checkin'`,
    );
    const goal = GOAL[database.kind];
    const p99Met = goal.p99Ms === null || checkin.p99 < goal.p99Ms;
    return {
      engine: database.kind,
      setup: { points: setup.points, delegates: DELEGATES, sessions: CLIENTS, seconds: setupSeconds },
      bare,
      checkin: { ...checkin, ratioToBare: checkin.perSecond / bare.perSecond },
      duplicates,
      verify: {
        rows,
        distinct,
        auditRows,
        rowsAfterDuplicates: rowsAfter,
        auditAfterDuplicates: auditAfter,
        zeroLost: rows === DELEGATES && checkin.results.checked_in === DELEGATES,
        zeroDoubled:
          distinct === rows &&
          auditRows === rows &&
          rowsAfter === rows &&
          auditAfter === auditRows &&
          duplicates.results.already === DUPLICATES,
      },
      goal: { ...goal, met: checkin.perSecond >= goal.perSecond && p99Met },
    };
  } finally {
    child.kill();
    await app.close();
  }
}

async function onPglite(): Promise<CheckinEngineResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-bench-checkin-'));
  try {
    const database = await openPglite(dir);
    try {
      return await benchEngine(database);
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** On a fresh database, created and dropped here; a message instead when PostgreSQL does not answer. */
async function onPostgres(): Promise<CheckinEngineResult | string> {
  const name = `phongtrao_bench_checkin_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    return `PostgreSQL skipped: ${PG_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} does not answer (${error instanceof Error ? error.message : String(error)})`;
  }
  try {
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const database = openPostgres(url.toString());
    try {
      return await benchEngine(database);
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

export async function benchCheckin(only?: 'pglite' | 'postgres'): Promise<CheckinBenchResult> {
  const engines: CheckinEngineResult[] = [];
  if (only !== 'postgres') engines.push(await onPglite());
  if (only === 'pglite') return { engines, skipped: null };
  const pgResult = await onPostgres();
  if (typeof pgResult === 'string') return { engines, skipped: pgResult };
  return { engines: [...engines, pgResult], skipped: null };
}

const NAMES = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const;
const n = (value: number) => Math.round(value).toLocaleString('en-US');

export function printCheckin(result: CheckinBenchResult): void {
  for (const r of result.engines) {
    console.log(
      `\ncheck-in on ${NAMES[r.engine]}: ${n(r.setup.points)} points, ${n(r.setup.delegates)} delegates, ${r.setup.sessions} staff sessions over HTTP (client in a child process); set up in ${fixed(r.setup.seconds, 1)} s`,
    );
    console.log(
      `${''.padEnd(34)} ${'req/s'.padStart(8)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  (ms)`,
    );
    const row = (label: string, f: PhaseFigures, extra = '') =>
      console.log(
        `${label.padEnd(34)} ${n(f.perSecond).padStart(8)} ${fixed(f.p50).padStart(7)} ${fixed(f.p95).padStart(7)} ${fixed(f.p99).padStart(7)} ${fixed(f.max).padStart(7)}  ${extra}`,
      );
    row(`bare Fastify route (ceiling)`, r.bare);
    row(
      `POST /api/checkin x ${n(r.checkin.requests)}`,
      r.checkin,
      `${fixed(r.checkin.ratioToBare * 100, 1)}% of the ceiling`,
    );
    row(`second pass x ${n(r.duplicates.requests)} (duplicates)`, r.duplicates);
    const v = r.verify;
    console.log(
      `answers: ${JSON.stringify(r.checkin.statuses)} ${JSON.stringify(r.checkin.results)}; duplicates ${JSON.stringify(r.duplicates.results)}`,
    );
    console.log(
      `attendance rows ${n(v.rows)}, distinct delegates ${n(v.distinct)}, audit rows ${n(v.auditRows)}; after the second pass ${n(v.rowsAfterDuplicates)} rows, ${n(v.auditAfterDuplicates)} audit rows`,
    );
    const verdict = (met: boolean) => (met ? 'PASS' : 'MISS');
    console.log(
      `zero lost: ${verdict(v.zeroLost)}; zero doubled: ${verdict(v.zeroDoubled)}; goal >= ${n(r.goal.perSecond)}/s${r.goal.p99Ms === null ? '' : ` with p99 < ${r.goal.p99Ms} ms`}: ${verdict(r.goal.met)}`,
    );
  }
  if (result.skipped) console.log(`\n${result.skipped}`);
}

// `node --import tsx bench/checkin.bench.ts [pglite|postgres]` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const only = process.argv[2] as 'pglite' | 'postgres' | undefined;
  printCheckin(await benchCheckin(only));
  process.exit(0);
}
