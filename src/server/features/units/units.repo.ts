import { and, asc, eq, getTableName, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { unitSuccessions, units } from '../../db/schema/units';
import { queryRows, type Db } from '../../platform/database';
import type { UnitSummary } from '../../../contracts/units';
import { canonicalTone, foldVietnamese } from '../../../core/vn-text/fold';
import type { UnitSearchTerms } from '../../../core/vn-text/unit-names';

export type UnitRow = typeof units.$inferSelect;
const parent = alias(units, 'parent');
/** A unit's child, in the "has children" test of a listing. */
const childUnit = alias(units, 'c');

/** Units valid on a date: a null bound is open. */
export const validAt = (at: string): SQL =>
  sql`(${units.validFrom} IS NULL OR ${units.validFrom} <= ${at}) AND (${units.validTo} IS NULL OR ${units.validTo} >= ${at})`;

const LEVEL_ORDER = sql`CASE ${units.level} WHEN 'province' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 WHEN 'village' THEN 4 ELSE 5 END`;

/** The stored search keys of a name: folded for matching, canonical tone for ranking a marked query. */
export function unitKeys(name: string) {
  return { searchKey: foldVietnamese(name), toneKey: canonicalTone(name).replace(/\s+/g, ' ').trim() };
}

export function toSummary(row: UnitRow, parentCode: string | null): UnitSummary {
  return {
    id: row.id,
    code: row.code,
    level: row.level as UnitSummary['level'],
    type: row.type,
    name: row.name,
    fullName: row.fullName,
    shortName: row.shortName,
    parentCode,
    validFrom: row.validFrom,
    validTo: row.validTo,
    isOfficial: row.isOfficial,
  };
}

/** One page of units with their parents' codes, best search matches first when `searchKey` is given. */
export async function selectUnits(
  db: Db,
  where: SQL | undefined,
  options: { search?: UnitSearchTerms; limit: number; offset: number },
): Promise<{ items: UnitSummary[]; total: number }> {
  const s = options.search;
  // Spelling as typed first (Hòa before Hoa), then exact, then starts-with, then a word starting with the query.
  const rank = s
    ? [
        ...(s.tone
          ? [
              sql`(' ' || ${units.toneKey} || ' ' LIKE ${'% ' + s.tone + ' %'}) DESC`,
              sql`(${units.toneKey} LIKE ${'%' + s.tone + '%'}) DESC`,
            ]
          : []),
        sql`(${units.searchKey} = ${s.full}) DESC`,
        sql`(${units.searchKey} = ${s.stripped}) DESC`,
        sql`(${units.searchKey} LIKE ${s.full + '%'}) DESC`,
        sql`(${units.searchKey} LIKE ${s.stripped + '%'}) DESC`,
        sql`(' ' || ${units.searchKey} LIKE ${'% ' + s.stripped + '%'}) DESC`,
      ]
    : [];
  // One query: the page is chosen on ids alone (with the count of all matches), then joined to its details.
  const order = [...rank, LEVEL_ORDER, asc(units.fullName), asc(units.id)];
  const page = db
    .select({
      id: units.id,
      total: sql<number>`count(*) OVER ()`.as('total'),
      position: sql<number>`row_number() OVER (ORDER BY ${sql.join(order, sql`, `)})`.as('position'),
    })
    .from(units)
    .where(where)
    .orderBy(...order)
    .limit(options.limit)
    .offset(options.offset)
    .as('page');
  const rows = await db
    .select({
      unit: units,
      parentCode: parent.code,
      total: page.total,
      hasChildren: sql<boolean>`EXISTS (SELECT 1 FROM ${units} ${childUnit} WHERE ${childUnit.parentId} = ${units.id})`,
    })
    .from(page)
    .innerJoin(units, eq(units.id, page.id))
    .leftJoin(parent, eq(parent.id, units.parentId))
    .orderBy(page.position);
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && options.offset > 0) {
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(units)
      .where(where);
    total = count?.n ?? 0;
  }
  return {
    items: rows.map((r) => ({ ...toSummary(r.unit, r.parentCode), hasChildren: r.hasChildren })),
    total,
  };
}

/** The version of a code valid on `at`, or else its latest version. */
export async function findUnitByCode(db: Db, code: string, at: string): Promise<UnitRow | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(eq(units.code, code))
    .orderBy(sql`(${validAt(at)}) DESC`, sql`${units.validFrom} DESC NULLS LAST`)
    .limit(1);
  return row ?? null;
}

export async function findUnitsByIds(db: Db, ids: number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(units).where(inArray(units.id, ids));
}

export async function countChildren(db: Db, parentId: number, at: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ level: units.level, n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(eq(units.parentId, parentId), validAt(at)))
    .groupBy(units.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

export interface LinkRow {
  unit: UnitRow;
  kind: string;
  effectiveDate: string;
}

/** Units this one was formed from (`predecessors`) or went into (`successors`). */
export async function selectLinks(
  db: Db,
  unitId: number,
  direction: 'predecessors' | 'successors',
): Promise<LinkRow[]> {
  const [self, other] =
    direction === 'predecessors'
      ? [unitSuccessions.successorId, unitSuccessions.predecessorId]
      : [unitSuccessions.predecessorId, unitSuccessions.successorId];
  const rows = await db
    .select({ unit: units, kind: unitSuccessions.kind, effectiveDate: unitSuccessions.effectiveDate })
    .from(unitSuccessions)
    .innerJoin(units, eq(units.id, other))
    .where(eq(self, unitId))
    .orderBy(asc(unitSuccessions.kind), asc(units.fullName));
  return rows;
}

/** Successors of a unit's children, for a district whose communes went to several new communes. */
export async function selectChildSuccessors(db: Db, unitId: number): Promise<LinkRow[]> {
  const child = alias(units, 'child');
  return db
    .selectDistinctOn([units.id], {
      unit: units,
      kind: sql<string>`'partial'`,
      effectiveDate: unitSuccessions.effectiveDate,
    })
    .from(child)
    .innerJoin(unitSuccessions, eq(unitSuccessions.predecessorId, child.id))
    .innerJoin(units, eq(units.id, unitSuccessions.successorId))
    .where(eq(child.parentId, unitId))
    .orderBy(asc(units.id));
}

export async function codeExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code)).limit(1);
  return row !== undefined;
}

/**
 * Serialises the creation of children of one unit until the transaction ends (a transaction-level advisory lock
 * keyed by the parent's id): generated codes (`18673-T01`) are counted and checked after the previous creation
 * under that parent has committed, so parallel creations never pick the same code.
 */
export async function lockChildren(db: Db, parentId: number): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(727002, ${parentId}::int)`);
}

export async function nextUnitId(db: Db): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`SELECT nextval(pg_get_serial_sequence('units', 'id'))::int AS id`,
  );
  return row!.id;
}

/** Units strictly below `root` in the tree. */
export const below = (root: { id: number; path: string }): SQL =>
  sql`${units.path} LIKE ${root.path + '%'} AND ${units.id} <> ${root.id}`;

/** A unit whose folded name matches the LIKE `pattern`, or whose code is `code`. */
export const nameLikeOrCode = (pattern: string, code: string): SQL | undefined =>
  or(sql`${units.searchKey} LIKE ${pattern}`, eq(units.code, code));

/** How many codes start with `prefix` (generated codes of one parent and kind). */
export async function countCodesStarting(db: Db, prefix: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(like(units.code, prefix + '%'));
  return row?.n ?? 0;
}

export async function insertUnit(db: Db, values: typeof units.$inferInsert): Promise<UnitRow> {
  const [row] = await db.insert(units).values(values).returning();
  return row!;
}

export async function updateUnitRow(
  db: Db,
  id: number,
  changes: Partial<typeof units.$inferInsert>,
): Promise<UnitRow> {
  const [row] = await db.update(units).set(changes).where(eq(units.id, id)).returning();
  return row!;
}

export async function countByLevelAt(db: Db, at: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ level: units.level, n: sql<number>`count(*)::int` })
    .from(units)
    .where(validAt(at))
    .groupBy(units.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

/** Summaries (with parent codes) of the given unit ids. */
export async function summariesByIds(db: Db, ids: number[]): Promise<Map<number, UnitSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ unit: units, parentCode: parent.code })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(inArray(units.id, unique));
  return new Map(rows.map((r) => [r.unit.id, toSummary(r.unit, r.parentCode)]));
}

export async function countOfficialUnits(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(eq(units.isOfficial, true));
  return row?.n ?? 0;
}

/** `count` fresh unit ids from the units' sequence. */
export async function takeUnitIds(db: Db, count: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT nextval(pg_get_serial_sequence(${getTableName(units)}, ${units.id.name}))::int AS id
        FROM generate_series(1, ${count})`,
  );
  return rows.map((r) => r.id);
}

/** A unit row as the bulk load writes it (columns by their SQL names). */
export interface UnitLoadRow {
  id: number;
  code: string;
  level: string;
  type: string;
  name: string;
  full_name: string;
  parent_id: number | null;
  path: string;
  valid_from: string | null;
  valid_to: string | null;
  search_key: string;
  tone_key: string;
  is_official: boolean;
  created_at: string;
}

/**
 * Loads units and their succession links, one statement per table from a JSON array: several times faster than
 * batched inserts on PGlite. Call it inside a transaction.
 */
export async function loadUnits(
  db: Db,
  unitRows: UnitLoadRow[],
  links: { predecessorId: number; successorId: number; kind: string; effectiveDate: string }[],
): Promise<void> {
  await db.execute(
    sql`INSERT INTO ${units} SELECT * FROM json_populate_recordset(NULL::${units}, ${JSON.stringify(unitRows)}::json)`,
  );
  const link = unitSuccessions;
  const linkRows = links.map((l) => ({
    [link.predecessorId.name]: l.predecessorId,
    [link.successorId.name]: l.successorId,
    [link.kind.name]: l.kind,
    [link.effectiveDate.name]: l.effectiveDate,
  }));
  const linkColumns = sql.join(
    [link.predecessorId, link.successorId, link.kind, link.effectiveDate].map((column) =>
      sql.identifier(column.name),
    ),
    sql`, `,
  );
  await db.execute(
    sql`INSERT INTO ${link} (${linkColumns})
        SELECT ${linkColumns} FROM json_populate_recordset(NULL::${link}, ${JSON.stringify(linkRows)}::json)`,
  );
}

/** PGlite runs no autovacuum: without statistics the planner guesses row counts. */
export async function analyzeUnits(db: Db): Promise<void> {
  await db.execute(sql`ANALYZE ${units}`);
  await db.execute(sql`ANALYZE ${unitSuccessions}`);
}
