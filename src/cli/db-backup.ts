import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Config } from '../server/platform/config';
import { openDatabase, openPostgres } from '../server/platform/database';
import { createBackup, restoreBackup, type Backup } from '../server/features/backup/backup.service';
import { withDatabase } from './with-database';

export async function dbBackup(config: Config, file: string): Promise<void> {
  const backup = await withDatabase(config, (db) => createBackup(db));
  fs.writeFileSync(file, gzipSync(JSON.stringify(backup)));
  const counts = Object.entries(backup.tables)
    .map(([t, rows]) => `${t}: ${rows.length}`)
    .join(', ');
  console.log(`Đã sao lưu vào ${file} (${counts}).`);
}

/**
 * Restores into an empty database. With --force an existing one is set aside: PGlite's folder is renamed,
 * PostgreSQL's schema is dropped (audit rows are never deleted one by one).
 */
export async function dbRestore(config: Config, file: string, force: boolean): Promise<void> {
  const backup = JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as Backup;
  if (config.databaseUrl) {
    if (force) {
      const admin = openPostgres(config.databaseUrl);
      for (const statement of [
        'DROP SCHEMA IF EXISTS public CASCADE',
        'DROP SCHEMA IF EXISTS drizzle CASCADE',
        'CREATE SCHEMA public',
      ]) {
        await admin.db.execute(sql.raw(statement));
      }
      await admin.close();
    }
  } else {
    const dir = path.join(config.dataDir, 'pglite');
    if (fs.existsSync(dir)) {
      if (!force) throw new Error(`${dir} đã có dữ liệu; dùng --force để thay (thư mục cũ được giữ lại).`);
      fs.renameSync(dir, `${dir}.truoc-khoi-phuc-${Date.now()}`);
    }
  }
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const counts = await restoreBackup(database.db, backup);
    console.log(
      `Đã khôi phục từ ${file}: ${Object.entries(counts)
        .map(([t, n]) => `${t}: ${n}`)
        .join(', ')}.`,
    );
  } finally {
    await database.close();
  }
}
