import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from '../server/platform/config';
import { openDatabase, openPostgres } from '../server/platform/database';
import {
  readBackupHeader,
  restoreBackupFile,
  writeBackupFile,
} from '../server/features/backup/backup.service';
import { withDatabase } from './with-database';

export async function dbBackup(config: Config, file: string): Promise<void> {
  const counts = await withDatabase(config, (db) => writeBackupFile(db, file));
  const summary = Object.entries(counts)
    .map(([t, n]) => `${t}: ${n}`)
    .join(', ');
  console.log(`Đã sao lưu vào ${file} (${summary}).`);
}

/**
 * Restores into an empty database. With --force an existing one is set aside: PGlite's folder is renamed,
 * PostgreSQL's schema is dropped (audit rows are never deleted one by one).
 */
export async function dbRestore(config: Config, file: string, force: boolean): Promise<void> {
  // The file is checked before anything is set aside; its rows are read as a stream during the restore.
  await readBackupHeader(file);
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
    const counts = await restoreBackupFile(database.db, file);
    console.log(
      `Đã khôi phục từ ${file}: ${Object.entries(counts)
        .map(([t, n]) => `${t}: ${n}`)
        .join(', ')}.`,
    );
  } finally {
    await database.close();
  }
}
