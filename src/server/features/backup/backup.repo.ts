import { sql, type SQL } from 'drizzle-orm';
import { units } from '../../db/schema/units';
import { users } from '../../db/schema/accounts';
import { queryRows, type Db } from '../../platform/database';
import { backupMessages as m } from './backup.messages';

/**
 * The backup's SQL: whole tables streamed by name through a cursor and loaded back from JSON. Platform-like code that
 * works on every table alike, so it names tables by the backup's list rather than through the schema objects.
 */

export interface TableShape {
  columns: string[];
  bytea: Set<string>;
  /** Bytea or jsonb columns: a row may be megabytes, so batches stay small whatever the earlier rows weighed. */
  wide: boolean;
  primaryKey: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The columns (in order, generated ones left out), bytea columns and primary key of a table, from the catalog. */
export async function tableShape(db: Db, table: string): Promise<TableShape> {
  const columns = await queryRows<{ name: string; type: string }>(
    db,
    sql`SELECT column_name AS name, data_type AS type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
  );
  if (columns.length === 0) throw new Error(m.tableMissing(table));
  const key = await queryRows<{ name: string }>(
    db,
    sql`SELECT a.attname AS name FROM pg_index i
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = ${table}::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
  );
  return {
    columns: columns.map((c) => c.name),
    bytea: new Set(columns.filter((c) => c.type === 'bytea').map((c) => c.name)),
    wide: columns.some((c) => c.type === 'bytea' || c.type === 'jsonb' || c.type === 'json'),
    primaryKey: key.map((k) => k.name),
  };
}

/** Makes the transaction one read-only snapshot (call it first). */
export async function readOnlySnapshot(tx: Db): Promise<void> {
  await tx.execute(sql.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY'));
}

/**
 * Opens the cursor `backup_rows` over a table's rows as JSON text (bytea as base64 on one line), in primary key
 * order; read it with `fetchRows`, close it with `closeRows`.
 */
export async function openRows(tx: Db, table: string, shape: TableShape): Promise<void> {
  const select = shape.columns
    .map((c) =>
      shape.bytea.has(c)
        ? `translate(encode(t.${quote(c)}, 'base64'), E'\\n', '') AS ${quote(c)}`
        : `t.${quote(c)}`,
    )
    .join(', ');
  const order = (shape.primaryKey.length ? shape.primaryKey : shape.columns).map((c) => `t.${quote(c)}`);
  await tx.execute(
    sql.raw(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS line FROM (SELECT ${select} FROM ${quote(table)} t ORDER BY ${order.join(', ')}) r`,
    ),
  );
}

export async function fetchRows(tx: Db, count: number): Promise<string[]> {
  const rows = await queryRows<{ line: string }>(tx, sql.raw(`FETCH ${count} FROM backup_rows`));
  return rows.map((r) => r.line);
}

export async function closeRows(tx: Db): Promise<void> {
  await tx.execute(sql.raw('CLOSE backup_rows'));
}

/** Inserts a version 1 backup's rows of one table (an array of row objects). */
export async function insertJsonRows(tx: Db, table: string, rows: unknown[]): Promise<void> {
  await tx.execute(
    sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

/** Does the database hold units or accounts already? */
export async function hasData(db: Db): Promise<boolean> {
  const [existing] = await queryRows<{ n: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM ${units}) + (SELECT count(*) FROM ${users}) AS n`,
  );
  return Number(existing?.n ?? 0) > 0;
}

/** Moves each table's id sequence past its restored rows. */
export async function moveSequences(tx: Db, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await tx.execute(
      sql.raw(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
      ),
    );
  }
}

/** The INSERT for one batch (a JSON array of rows) of a table, decoding its base64 bytea columns. */
export async function insertStatement(
  db: Db,
  table: string,
  columns: string[],
): Promise<(rows: string) => SQL> {
  const shape = await tableShape(db, table);
  const unknown = columns.filter((c) => !shape.columns.includes(c));
  if (unknown.length) throw new Error(m.unknownColumns(table, unknown));
  const target = `${quote(table)} (${columns.map(quote).join(', ')})`;
  const values = columns
    .map((c) => (shape.bytea.has(c) ? `decode(e.value ->> ${`'${c}'`}, 'base64')` : `r.${quote(c)}`))
    .join(', ');
  return (rows) =>
    sql`${sql.raw(`INSERT INTO ${target} SELECT ${values} FROM json_array_elements(`)}${rows}${sql.raw(`::json) AS e(value) CROSS JOIN LATERAL json_populate_record(NULL::${quote(table)}, e.value) AS r`)}`;
}

/** Runs one batch's INSERT. */
export async function insertBatch(tx: Db, statement: SQL): Promise<void> {
  await tx.execute(statement);
}

/** Drops the application's schema and drizzle's migration log (PostgreSQL's `db restore --force`). */
export async function dropAllData(db: Db): Promise<void> {
  for (const statement of [
    'DROP SCHEMA IF EXISTS public CASCADE',
    'DROP SCHEMA IF EXISTS drizzle CASCADE',
    'CREATE SCHEMA public',
  ]) {
    await db.execute(sql.raw(statement));
  }
}
