import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines, openEmptyTestDatabase } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { queryRows, type Db } from '../../platform/database';
import { planTestKit } from '../plans/plans.testing';
import { BACKUP_TABLES, restoreBackupFile, writeBackupFile } from './backup.service';

/** Tables of the schema a backup leaves out on purpose. */
// Sessions and rate-limit counters are short-lived state of running servers, not the record.
const NOT_BACKED_UP = ['sessions', 'rate_limits'];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Row count and a checksum of every row's text, independent of row order, per backed-up table. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of BACKUP_TABLES) {
    const [row] = await queryRows<{ n: number; sum: string }>(
      db,
      sql.raw(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS sum
         FROM (SELECT md5(t::text) AS h FROM ${table} t) x`,
      ),
    );
    result[table] = `${row!.n} ${row!.sum}`;
  }
  return result;
}

/** Runs `work` while sampling the process's resident memory; answers the peak growth over the start. */
async function peakRssGrowth<T>(work: () => Promise<T>): Promise<{ value: T; growth: number }> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, growth: peak - start };
  } finally {
    clearInterval(timer);
  }
}

const MB = 1024 * 1024;

// Restoring is an owner operation on PostgreSQL (`db restore` uses DATABASE_OWNER_URL): the targets connect as the owner.
describe.each(engines())('backups on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { db, commune, createSeedPlan } = planTestKit(ctx);

  it('lists every table of the migrated schema', async () => {
    const rows = await queryRows<{ name: string }>(
      db(),
      sql`SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const inSchema = rows.map((r) => r.name).filter((t) => !NOT_BACKED_UP.includes(t));
    expect([...BACKUP_TABLES].sort()).toEqual(inSchema.sort());
  });

  it('refuses a truncated backup and changes nothing', async () => {
    const file = path.join(tmp, `${engine}-small.ndjson.gz`);
    await writeBackupFile(db(), file, new Date());
    const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const cut = path.join(tmp, `${engine}-cut.ndjson.gz`);
    fs.writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const target = await openEmptyTestDatabase(engine, { as: 'owner' });
    try {
      await expect(restoreBackupFile(target.db, cut)).rejects.toThrow(/không đầy đủ/);
      const [units] = await queryRows<{ n: number }>(target.db, sql`SELECT count(*)::int AS n FROM units`);
      expect(Number(units!.n)).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('still restores a version 1 backup (one JSON document)', async () => {
    const [provinces] = await queryRows<{ data: string }>(
      db(),
      sql`SELECT json_agg(u ORDER BY u.id)::text AS data FROM units u WHERE parent_id IS NULL`,
    );
    const rows = JSON.parse(provinces!.data) as unknown[];
    const file = path.join(tmp, `${engine}-v1.json.gz`);
    fs.writeFileSync(
      file,
      gzipSync(
        JSON.stringify({ format: 'phongtrao-backup', version: 1, createdAt: '', tables: { units: rows } }),
      ),
    );
    const target = await openEmptyTestDatabase(engine, { as: 'owner' });
    try {
      const counts = await restoreBackupFile(target.db, file);
      expect(counts.units).toBe(rows.length);
      expect(rows.length).toBeGreaterThan(60);
    } finally {
      await target.close();
    }
  });
  it(
    'streams a backup larger than 600 MB and restores it with the same rows, in bounded memory',
    { timeout: 600_000 },
    async () => {
      // A plan with a report, 60 attachments of 1 MB (bytea) and 560 audit rows of about 1 MB of JSON each.
      const { bcd, officer } = await commune();
      const plan = (await createSeedPlan(officer, bcd.code)).json<{ id: number }>();
      const [report] = await queryRows<{ id: number }>(
        db(),
        sql`INSERT INTO task_reports (task_id, unit_id, text)
            SELECT id, ${bcd.id}, 'Báo cáo có tệp lớn' FROM tasks WHERE plan_id = ${plan.id} ORDER BY id LIMIT 1
            RETURNING id`,
      );
      await db().execute(
        sql`INSERT INTO task_attachments (report_id, file_name, content_type, size, sha256, data)
            SELECT ${report!.id}, 'tep-' || i || '.bin', 'application/octet-stream', 1048576, md5(i::text),
                   decode(repeat(md5(i::text) || md5((i + 1)::text), 32768), 'hex')
            FROM generate_series(1, 60) i`,
      );
      await db().execute(
        sql`INSERT INTO audit_log (action, entity_type, entity_id, after)
            SELECT 'test.big', 'test', i::text, jsonb_build_object('blob', repeat(md5(i::text), 32768))
            FROM generate_series(1, 560) i`,
      );
      const before = await fingerprint(db());
      expect(before.task_attachments).toMatch(/^60 /);

      const file = path.join(tmp, `${engine}.ndjson.gz`);
      const backup = await peakRssGrowth(() => writeBackupFile(db(), file, new Date()));
      expect(backup.value.audit_log).toBeGreaterThanOrEqual(560);
      expect(backup.value.task_attachments).toBe(60);
      const uncompressed = await gunzippedSize(file);
      expect(uncompressed).toBeGreaterThan(600 * MB);
      // The point of streaming: memory holds a batch, not the backup. PGlite keeps the database itself (and its
      // sort and temporary files) in this process, so the bound is checked where the database is another process.
      if (engine === 'postgres') expect(backup.growth).toBeLessThan(uncompressed / 3);

      const target = await openEmptyTestDatabase(engine, { as: 'owner' });
      try {
        const restore = await peakRssGrowth(() => restoreBackupFile(target.db, file));
        expect(restore.value).toEqual(backup.value);
        if (engine === 'postgres') expect(restore.growth).toBeLessThan(uncompressed / 3);
        expect(await fingerprint(target.db)).toEqual(before);
        // Sequences moved past the restored rows: a new row takes a fresh id.
        const [next] = await queryRows<{ id: number }>(
          target.db,
          sql`INSERT INTO audit_log (action, entity_type) VALUES ('test.after', 'test') RETURNING id`,
        );
        const [max] = await queryRows<{ id: number }>(db(), sql`SELECT max(id)::int AS id FROM audit_log`);
        expect(Number(next!.id)).toBeGreaterThan(Number(max!.id));
      } finally {
        await target.close();
        fs.rmSync(file, { force: true });
      }
    },
  );
});

async function gunzippedSize(file: string): Promise<number> {
  let size = 0;
  for await (const chunk of fs.createReadStream(file).pipe(createGunzip())) size += (chunk as Buffer).length;
  return size;
}
