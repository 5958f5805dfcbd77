import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../platform/database';
import * as repo from './backup.repo';
import { backupMessages as m } from './backup.messages';

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

/** Version 1 of the file: one JSON document (kept so that older backups still restore). */
export interface Backup {
  format: 'phongtrao-backup';
  version: 1;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

/** Fills an empty, migrated database from a version 1 backup in one transaction; a bad file changes nothing. */
export async function restoreBackup(db: Db, backup: Backup): Promise<Record<string, number>> {
  if (backup.format !== 'phongtrao-backup' || backup.version !== 1) throw new Error(m.notBackupV1);
  await assertEmpty(db);
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const table of BACKUP_TABLES) {
      const rows = backup.tables[table] ?? [];
      counts[table] = rows.length;
      if (rows.length === 0) continue;
      await repo.insertJsonRows(tx, table, rows);
    }
    await repo.moveSequences(tx, SERIAL_TABLES);
  });
  return counts;
}

/** Version 2 of the file: gzip of one JSON document per line (NDJSON), written and read as a stream. */
export const BACKUP_VERSION = 2;

export interface BackupHeader {
  format: 'phongtrao-backup';
  version: number;
  createdAt: string;
  tables: string[];
}

/** Rows per FETCH at most, and the bytes a batch should stay near (a row of attachments is megabytes). */
const MAX_BATCH_ROWS = 1000;
const MAX_WIDE_BATCH_ROWS = 16;
const TARGET_BATCH_BYTES = 2 * 1024 * 1024;

/** Waits for the stream to take more when it asks to (backpressure), so memory holds one batch at a time. */
async function put(out: Writable, text: string): Promise<void> {
  if (out.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', done);
      out.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    out.on('drain', done);
    out.on('error', done);
  });
}

/**
 * Writes the backup as NDJSON to `out` (not ended here): a header line, then per table a line `{"$table", columns}`
 * and one line per row (the database's own `row_to_json`; bytea as base64), then `{"$end", counts}`. Every table
 * is read through a cursor, a batch of rows at a time, in one read-only snapshot, so memory stays at one batch
 * whatever the size of the database.
 */
export async function writeBackup(db: Db, out: Writable, now: Date): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await repo.readOnlySnapshot(tx);
    const header: BackupHeader = {
      format: 'phongtrao-backup',
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      tables: [...BACKUP_TABLES],
    };
    await put(out, `${JSON.stringify(header)}\n`);
    for (const table of BACKUP_TABLES) {
      const shape = await repo.tableShape(tx, table);
      await put(out, `${JSON.stringify({ $table: table, columns: shape.columns })}\n`);
      await repo.openRows(tx, table, shape);
      // One row first: a row may be megabytes; later batches are sized from what came.
      let batch = 1;
      let count = 0;
      for (;;) {
        const rows = await repo.fetchRows(tx, batch);
        if (rows.length === 0) break;
        let bytes = 0;
        const text = rows.map((line) => ((bytes += line.length), line)).join('\n') + '\n';
        count += rows.length;
        await put(out, text);
        // Size the next batch from this one: about TARGET_BATCH_BYTES, between 1 and the table's row cap.
        batch = Math.max(
          1,
          Math.min(
            shape.wide ? MAX_WIDE_BATCH_ROWS : MAX_BATCH_ROWS,
            Math.floor(TARGET_BATCH_BYTES / (bytes / rows.length + 1)),
          ),
        );
      }
      await repo.closeRows(tx);
      counts[table] = count;
    }
    await put(out, `${JSON.stringify({ $end: true, counts })}\n`);
  });
  return counts;
}

/** Writes a gzip-compressed backup to `file` (through `file.partial`, renamed when complete). */
export async function writeBackupFile(db: Db, file: string, now: Date): Promise<Record<string, number>> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, fs.createWriteStream(partial));
  try {
    const counts = await writeBackup(db, gzip, now);
    gzip.end();
    await written;
    fs.renameSync(partial, file);
    return counts;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * The lines of a gzip file, read as the consumer asks for them: the stream's own async iterator keeps backpressure
 * (readline's iterator buffers the whole file when the consumer is slower than gunzip).
 */
async function* fileLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  input.setEncoding('utf8');
  const parts: string[] = [];
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      let start = 0;
      for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
        parts.push(chunk.slice(start, end));
        yield parts.join('');
        parts.length = 0;
        start = end + 1;
      }
      if (start < chunk.length) parts.push(chunk.slice(start));
    }
    if (parts.length) yield parts.join('');
  } finally {
    input.destroy();
  }
}

function parseHeader(line: string | undefined): BackupHeader | Backup {
  let header: Partial<BackupHeader> | null = null;
  try {
    header = line ? (JSON.parse(line) as Partial<BackupHeader>) : null;
  } catch {
    header = null;
  }
  if (header?.format !== 'phongtrao-backup' || (header.version !== 1 && header.version !== BACKUP_VERSION))
    throw new Error(m.notBackup);
  return header as BackupHeader | Backup;
}

/** Reads the first line of a backup file (for version 1, the whole file) and checks that it is a backup. */
export async function readBackupHeader(file: string): Promise<BackupHeader | Backup> {
  for await (const line of fileLines(file)) return parseHeader(line);
  return parseHeader(undefined);
}

async function assertEmpty(db: Db): Promise<void> {
  if (await repo.hasData(db)) throw new Error(m.targetNotEmpty);
}

/**
 * Fills an empty, migrated database from a backup file, reading it line by line and inserting a batch of rows at
 * a time, in one transaction: a bad or truncated file changes nothing. Reads version 1 files (one JSON) too.
 */
export async function restoreBackupFile(db: Db, file: string): Promise<Record<string, number>> {
  const iterator = fileLines(file);
  try {
    const first = await iterator.next();
    const header = parseHeader(first.done ? undefined : first.value);
    if (header.version === 1) return await restoreBackup(db, header as Backup);
    await assertEmpty(db);
    const counts: Record<string, number> = {};
    await db.transaction(async (tx) => {
      let table: string | null = null;
      let insert: ((rows: string) => SQL) | null = null;
      let pending: string[] = [];
      let pendingBytes = 0;
      let ended = false;
      const flush = async () => {
        if (pending.length === 0) return;
        await repo.insertBatch(tx, insert!(`[${pending.join(',')}]`));
        counts[table!] = (counts[table!] ?? 0) + pending.length;
        pending = [];
        pendingBytes = 0;
      };
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        const line = next.value;
        if (line.length === 0) continue;
        if (ended) throw new Error(m.dataAfterEnd);
        if (line.startsWith('{"$table":') || line.startsWith('{"$end":')) {
          await flush();
          const marker = JSON.parse(line) as { $table?: string; columns?: string[]; $end?: boolean };
          if (marker.$end) {
            ended = true;
            continue;
          }
          table = marker.$table!;
          if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new Error(m.unknownTable(table));
          insert = await repo.insertStatement(tx, table, marker.columns ?? []);
          counts[table] = 0;
          continue;
        }
        if (!insert) throw new Error(m.rowBeforeTable);
        pending.push(line);
        pendingBytes += line.length;
        if (pending.length >= MAX_BATCH_ROWS || pendingBytes >= TARGET_BATCH_BYTES) await flush();
      }
      await flush();
      if (!ended) throw new Error(m.incomplete);
      await repo.moveSequences(tx, SERIAL_TABLES);
    });
    return counts;
  } finally {
    await iterator.return(undefined);
  }
}
