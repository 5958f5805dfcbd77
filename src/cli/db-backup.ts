import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../server/platform/config';
import type { Clock } from '../server/platform/clock';
import { openDatabase, openPostgres } from '../server/platform/database';
import {
  readBackupHeader,
  restoreBackupFile,
  writeBackupFile,
} from '../server/features/backup/backup.service';
import { dropAllData } from '../server/features/backup/backup.repo';
import { withDatabase } from './with-database';

export async function dbBackup(config: Config, file: string, clock: Clock): Promise<void> {
  const counts = await withDatabase(config, clock, (db) => writeBackupFile(db, file, clock.now()));
  const summary = Object.entries(counts)
    .map(([t, n]) => `${t}: ${n}`)
    .join(', ');
  console.log(`Đã sao lưu vào ${file} (${summary}).`);
}

/**
 * Restores into an empty database. With --force an existing one is set aside: PGlite's folder is renamed,
 * PostgreSQL's schema is dropped (audit rows are never deleted one by one). On PostgreSQL with DATABASE_OWNER_URL
 * this is the owner's work: the drop, the migrations and the rows (moving audit_log's sequence is not the runtime
 * role's right); the runtime role's grants are re-applied by the migration.
 */
export async function dbRestore(config: Config, file: string, force: boolean): Promise<void> {
  // The file is checked before anything is set aside; its rows are read as a stream during the restore.
  await readBackupHeader(file);
  if (config.databaseUrl) {
    if (force) {
      const admin = openPostgres(config.databaseOwnerUrl ?? config.databaseUrl);
      try {
        await dropAllData(admin.db);
      } finally {
        await admin.close();
      }
    }
  } else {
    const dir = path.join(config.dataDir, 'pglite');
    if (fs.existsSync(dir)) {
      if (!force) throw new Error(`${dir} đã có dữ liệu; dùng --force để thay (thư mục cũ được giữ lại).`);
      fs.renameSync(dir, `${dir}.truoc-khoi-phuc-${Date.now()}`);
    }
  }
  const database = await openDatabase(config);
  const owner = config.databaseUrl && config.databaseOwnerUrl ? openPostgres(config.databaseOwnerUrl) : null;
  try {
    await database.migrate();
    const counts = await restoreBackupFile((owner ?? database).db, file);
    console.log(
      `Đã khôi phục từ ${file}: ${Object.entries(counts)
        .map(([t, n]) => `${t}: ${n}`)
        .join(', ')}.`,
    );
  } finally {
    await owner?.close();
    await database.close();
  }
}
