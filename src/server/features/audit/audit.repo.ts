import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema/audit';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';

export type AuditRow = typeof auditLog.$inferSelect;

export async function insertAuditRow(db: Db, row: typeof auditLog.$inferInsert): Promise<void> {
  await db.insert(auditLog).values(row);
}

/** A unit as an audit row names it (id and path), by id; null when there is none. */
export async function findAuditUnit(db: Db, unitId: number): Promise<{ id: number; path: string } | null> {
  const [unit] = await db.select({ id: units.id, path: units.path }).from(units).where(eq(units.id, unitId));
  return unit ?? null;
}

/** Rows recorded under the unit of this code (its latest version) or below it. */
export const underUnitCode = (code: string): SQL =>
  sql`${auditLog.unitPath} LIKE (SELECT u.path FROM ${units} u WHERE u.code = ${code} ORDER BY u.valid_from DESC NULLS LAST LIMIT 1) || '%'`;

/** One page of the log, newest first, with each row's unit code, and the count of all matching rows. */
export async function selectAudit(
  db: Db,
  where: SQL[],
  page: { limit: number; offset: number },
): Promise<{ rows: { entry: AuditRow; unitCode: string | null }[]; total: number }> {
  const condition = where.length > 0 ? and(...where) : undefined;
  const rows = await db
    .select({ entry: auditLog, unitCode: units.code })
    .from(auditLog)
    .leftJoin(units, eq(units.id, auditLog.unitId))
    .where(condition)
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(condition);
  return { rows, total: count?.n ?? 0 };
}
