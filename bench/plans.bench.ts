import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { todayInVietnam } from '../src/core/dates/vn-dates';
import { SYSTEM_ACTOR } from '../src/server/platform/actor';
import { runReminders, type ReminderRun } from '../src/server/features/plans/reminders.service';
import { listTasks } from '../src/server/features/plans/tasks.service';
import { openPglite, openPostgres, queryRows, type Database, type Db } from '../src/server/platform/database';
import type { TaskListQuery } from '../src/contracts/tasks';
import { COMMUNES, communeCode, loadPlans, PROVINCE_CODE } from './plans-fixture';
import { fixed, measure, summarize, type Latency } from './stats';

const GOAL = { p95Ms: 100, reminderSeconds: 10 };
const WARMUP = 5;
const COUNT = 50;
/** Where a scratch database is created and dropped; TEST_DATABASE_URL as for the tests. */
const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface PlansEngineResult {
  engine: Database['kind'];
  load: { ms: number; tasks: number; parties: number; overdue: number };
  /** `SELECT count(*) FROM tasks WHERE deadline_to < today`: a sequential scan of every task. */
  baseline: Latency;
  /** The province's overdue page written with JOIN + DISTINCT instead of EXISTS, no total. */
  naive: Latency;
  province: Latency & { total: number; ratioP50: number; ratioP95: number };
  commune: Latency & { total: number; ratioP50: number; ratioP95: number };
  reminders: {
    first: ReminderRun & { ms: number; byKind: Record<string, number>; ratio: number };
    second: ReminderRun & { ms: number };
  };
  /** SQL statements one listTasks call sends, by page size. */
  statements: { page10: number; page200: number };
  goal: {
    p95Ms: number;
    reminderSeconds: number;
    queriesMet: boolean;
    reminderMet: boolean;
    noNPlusOne: boolean;
  };
}

export type PlansResult = { engines: PlansEngineResult[]; skipped: string | null; today: string };

const query = (q: Partial<TaskListQuery>): TaskListQuery => ({ role: 'any', limit: 50, offset: 0, ...q });
const provinceQuery = (limit = 50) => query({ unit: PROVINCE_CODE, within: true, overdue: true, limit });
/** A different commune each run, spread over the province. */
const communeQuery = (i: number) => query({ unit: communeCode(((i * 97) % COMMUNES) + 1), overdue: true });

/** Counts the statements sent through the drizzle database's client (PGlite, or the pg Pool) while `fn` runs. */
async function countStatements(db: Db, fn: () => Promise<unknown>): Promise<number> {
  const client = (db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const original = client.query;
  let count = 0;
  client.query = function (this: unknown, ...args: unknown[]) {
    count++;
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    client.query = original;
  }
  return count;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

async function benchEngine(database: Database, today: string): Promise<PlansEngineResult> {
  const { db } = database;
  await database.migrate();
  const load = await timed(() => loadPlans(db, today));
  const [overdue] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM tasks t WHERE t.status IN ('not_started', 'in_progress')
          AND t.deadline_to < ${today} AND t.recurrence IS NULL`,
  );

  // The daily job on the fresh data, then again the same day: the reminder log must make the second decide nothing.
  const first = await timed(() => runReminders(db, today));
  const byKind = await queryRows<{ kind: string; n: number }>(
    db,
    sql`SELECT kind, count(*)::int AS n FROM reminder_log GROUP BY kind ORDER BY kind`,
  );
  const second = await timed(() => runReminders(db, today));

  const baseline = summarize(
    await measure(
      async () => {
        await db.execute(sql`SELECT count(*) FROM tasks WHERE deadline_to < ${today}`);
      },
      WARMUP,
      COUNT,
    ),
  );
  const naive = summarize(
    await measure(
      async () => {
        await db.execute(
          sql`SELECT DISTINCT t.id, t.plan_id, t.position, t.text, t.deadline_to, t.status, d.title
              FROM tasks t JOIN task_parties p ON p.task_id = t.id JOIN plans pl ON pl.id = t.plan_id
              JOIN documents d ON d.id = pl.document_id JOIN units pu ON pu.code = ${PROVINCE_CODE}
              WHERE p.unit_path LIKE pu.path || '%' AND t.status IN ('not_started', 'in_progress')
                AND t.deadline_to < ${today} AND t.recurrence IS NULL
              ORDER BY t.deadline_to, t.plan_id, t.position, t.id LIMIT 50`,
        );
      },
      2,
      10,
    ),
  );

  let provinceTotal = 0;
  const province = summarize(
    await measure(
      async () => {
        provinceTotal = (await listTasks(db, SYSTEM_ACTOR, provinceQuery(), today)).total;
      },
      WARMUP,
      COUNT,
    ),
  );
  let communeTotal = 0;
  const commune = summarize(
    await measure(
      async (i) => {
        communeTotal = (await listTasks(db, SYSTEM_ACTOR, communeQuery(i), today)).total;
      },
      WARMUP,
      COUNT,
    ),
  );

  const statements = {
    page10: await countStatements(db, () => listTasks(db, SYSTEM_ACTOR, provinceQuery(10), today)),
    page200: await countStatements(db, () => listTasks(db, SYSTEM_ACTOR, provinceQuery(200), today)),
  };
  const withRatio = (l: Latency, total: number) => ({
    ...l,
    total,
    ratioP50: l.p50 / baseline.p50,
    ratioP95: l.p95 / baseline.p95,
  });
  return {
    engine: database.kind,
    load: { ms: load.ms, ...load.value, overdue: overdue!.n },
    baseline,
    naive,
    province: withRatio(province, provinceTotal),
    commune: withRatio(commune, communeTotal),
    reminders: {
      first: {
        ...first.value,
        ms: first.ms,
        byKind: Object.fromEntries(byKind.map((k) => [k.kind, k.n])),
        ratio: first.ms / baseline.p50,
      },
      second: { ...second.value, ms: second.ms },
    },
    statements,
    goal: {
      ...GOAL,
      queriesMet: province.p95 < GOAL.p95Ms && commune.p95 < GOAL.p95Ms,
      reminderMet: first.ms < GOAL.reminderSeconds * 1000 && second.value.reminders === 0,
      noNPlusOne: statements.page10 === statements.page200,
    },
  };
}

async function onPglite(today: string): Promise<PlansEngineResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-bench-plans-'));
  try {
    const database = await openPglite(dir);
    try {
      return await benchEngine(database, today);
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** On a scratch database, created, migrated and dropped here; a message instead when PostgreSQL does not answer. */
async function onPostgres(today: string): Promise<PlansEngineResult | string> {
  const name = `phongtrao_bench_${process.pid}`;
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
      return await benchEngine(database, today);
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

export async function benchPlans(): Promise<PlansResult> {
  const today = todayInVietnam(new Date());
  const engines = [await onPglite(today)];
  const pgResult = await onPostgres(today);
  if (typeof pgResult === 'string') return { engines, skipped: pgResult, today };
  return { engines: [...engines, pgResult], skipped: null, today };
}

const NAMES = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const;
const n = (value: number) => value.toLocaleString('en-US');

export function printPlans(result: PlansResult): void {
  for (const r of result.engines) {
    const row = (name: string, l: Latency, ratio = '') =>
      `${name.padEnd(46)} ${fixed(l.p50).padStart(8)} ${fixed(l.p95).padStart(8)} ${fixed(l.max).padStart(8)}  ${ratio}`;
    const ratio = (l: { ratioP50: number; ratioP95: number }) =>
      `${fixed(l.ratioP50)}x / ${fixed(l.ratioP95)}x`;
    console.log(
      `\nplans on ${NAMES[r.engine]}: 1 province, ${n(COMMUNES)} communes, ${n(r.load.tasks)} tasks, ${n(r.load.parties)} parties loaded set-based in ${fixed(r.load.ms / 1000, 1)} s; ${n(r.load.overdue)} overdue on ${result.today}`,
    );
    console.log(
      `${'(ms)'.padEnd(46)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  ratio to baseline p50 / p95`,
    );
    console.log(row(`baseline count(*) deadline_to < today (seq)`, r.baseline, '1x'));
    console.log(
      row(
        `naive JOIN+DISTINCT, no total (10 runs)`,
        r.naive,
        `${fixed(r.naive.p50 / r.baseline.p50)}x / ${fixed(r.naive.p95 / r.baseline.p95)}x`,
      ),
    );
    console.log(
      row(`listTasks province within, overdue, 50 of ${n(r.province.total)}`, r.province, ratio(r.province)),
    );
    console.log(
      row(`listTasks one commune, overdue (${r.commune.total} tasks)`, r.commune, ratio(r.commune)),
    );
    const first = r.reminders.first;
    const kinds = Object.entries(first.byKind)
      .map(([kind, count]) => `${n(count)} ${kind}`)
      .join(', ');
    console.log(
      `reminder run: ${fixed(first.ms / 1000, 2)} s (${fixed(first.ratio, 0)}x baseline p50), ${n(first.reminders)} reminders (${kinds}), ${n(first.notifications)} notifications, ${n(first.emails)} e-mail digests`,
    );
    console.log(
      `second reminder run, same day: ${n(r.reminders.second.reminders)} decided, ${n(r.reminders.second.notifications)} notifications in ${fixed(r.reminders.second.ms)} ms`,
    );
    console.log(
      `statements per listTasks call: page 10 -> ${r.statements.page10}, page 200 -> ${r.statements.page200}`,
    );
    const verdict = (met: boolean) => (met ? 'PASS' : 'MISS');
    console.log(
      `goals: p95 < ${r.goal.p95Ms} ms${r.engine === 'postgres' ? '' : ' (set for PostgreSQL)'}: ${verdict(r.goal.queriesMet)}; reminder run < ${r.goal.reminderSeconds} s and 0 on rerun: ${verdict(r.goal.reminderMet)}; no N+1: ${verdict(r.goal.noNPlusOne)}`,
    );
  }
  if (result.skipped) console.log(`\n${result.skipped}`);
}
