import { sql, type SQL } from 'drizzle-orm';
import { QueryBuilder, type PgTable } from 'drizzle-orm/pg-core';

const qb = new QueryBuilder();

/**
 * A correlated count as a subquery built by Drizzle, for a repo's select fields: Drizzle qualifies the subquery's
 * columns (a single-table select writes its own columns unqualified, which inside a hand-written subquery would name
 * the inner table's). `join` adds an inner join (a count of `table` rows whose `other` row matches).
 */
export function countWhere(
  table: PgTable,
  where: SQL | undefined,
  join?: { table: PgTable; on: SQL },
): SQL<number> {
  const from = qb.select({ n: sql`count(*)` }).from(table);
  const query = join ? from.innerJoin(join.table, join.on).where(where) : from.where(where);
  return sql<number>`(${query})::int`;
}
