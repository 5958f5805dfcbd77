import { and, asc, eq, sql } from 'drizzle-orm';
import { numberSeries, registerEntries } from '../../db/schema/documents';
import { queryRows, type Db } from '../../platform/database';

/**
 * Takes the next number of a series, atomically: one upsert that creates the year's series at 2 (having
 * handed out 1) or advances it, returning the number taken. Concurrent issues wait on the series row, so
 * 50 documents issued at once get 50 distinct consecutive numbers. Call it inside the issuing transaction.
 */
export async function takeNumber(db: Db, unitId: number, year: number, isConfidential = false) {
  const [row] = await queryRows<{ id: number; taken: number }>(
    db,
    sql`INSERT INTO ${numberSeries} (unit_id, year, is_confidential, next_number)
        VALUES (${unitId}, ${year}, ${isConfidential}, 2)
        ON CONFLICT (unit_id, year, is_confidential) DO UPDATE SET next_number = ${numberSeries}.next_number + 1
        RETURNING id, next_number - 1 AS taken`,
  );
  return { seriesId: row!.id, sequence: row!.taken };
}

export type RegisterEntry = typeof registerEntries.$inferSelect;

/** The outgoing register of an issuing body for a year, in number order. */
export async function registerOf(
  db: Db,
  unitId: number,
  year: number,
  isConfidential = false,
): Promise<RegisterEntry[]> {
  return db
    .select({ entry: registerEntries })
    .from(registerEntries)
    .innerJoin(numberSeries, eq(numberSeries.id, registerEntries.seriesId))
    .where(
      and(
        eq(numberSeries.unitId, unitId),
        eq(numberSeries.year, year),
        eq(numberSeries.isConfidential, isConfidential),
      ),
    )
    .orderBy(asc(registerEntries.sequence))
    .then((rows) => rows.map((r) => r.entry));
}
