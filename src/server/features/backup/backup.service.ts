import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/database';

/** Tables in foreign-key order. Sessions are not kept: a restored system starts signed out. */
export const BACKUP_TABLES = [
  'units',
  'unit_successions',
  'users',
  'audit_log',
  'app_meta',
  'documents',
  'document_versions',
  'number_series',
  'register_entries',
  'plans',
  'plan_targets',
  'target_values',
  'tasks',
  'task_parties',
  'task_reports',
  'task_attachments',
  'task_comments',
  'plan_cascades',
  'cascade_units',
  'notifications',
  'reminder_log',
  'mail_outbox',
  'name_mappings',
  'conferences',
  'conference_checklist',
  'conference_points',
  'conference_point_units',
  'delegate_groups',
  'delegates',
  'attendance',
  'presentations',
  'presentation_events',
  'award_batches',
  'awardees',
  'conference_items',
] as const;
/** Tables whose `id` is a serial, whose sequence a restore moves past the restored rows. */
const SERIAL_TABLES = BACKUP_TABLES.filter((t) => t !== 'app_meta' && t !== 'attendance');

export interface Backup {
  format: 'phongtrao-backup';
  version: 1;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

/** Reads every table as JSON written by the database itself, so both engines give the same file. */
export async function createBackup(db: Db): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const [row] = await queryRows<{ data: string }>(
      db,
      sql.raw(`SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json)::text AS data FROM ${table} t`),
    );
    tables[table] = JSON.parse(row!.data) as unknown[];
  }
  return { format: 'phongtrao-backup', version: 1, createdAt: new Date().toISOString(), tables };
}

/** Fills an empty, migrated database from a backup in one transaction; a bad file changes nothing. */
export async function restoreBackup(db: Db, backup: Backup): Promise<Record<string, number>> {
  if (backup.format !== 'phongtrao-backup' || backup.version !== 1)
    throw new Error('Tệp không phải bản sao lưu PhongTrào (phiên bản 1).');
  const [existing] = await queryRows<{ n: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM users) AS n`,
  );
  if (Number(existing?.n ?? 0) > 0)
    throw new Error('Cơ sở dữ liệu đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống.');
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const table of BACKUP_TABLES) {
      const rows = backup.tables[table] ?? [];
      counts[table] = rows.length;
      if (rows.length === 0) continue;
      await tx.execute(
        sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
      );
    }
    for (const table of SERIAL_TABLES) {
      await tx.execute(
        sql.raw(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
        ),
      );
    }
  });
  return counts;
}
