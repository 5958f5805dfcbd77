import { eq, sql } from 'drizzle-orm';
import { awardBatches, awardees } from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { queryRows, type Db } from '../../../platform/database';
import type { AwardBatch } from '../../../../contracts/conferences';

export interface BatchRow {
  id: number;
  position: number;
  title: string;
  presenter: string | null;
}

export async function selectBatches(db: Db, conferenceId: number): Promise<BatchRow[]> {
  return db
    .select({
      id: awardBatches.id,
      position: awardBatches.position,
      title: awardBatches.title,
      presenter: awardBatches.presenter,
    })
    .from(awardBatches)
    .where(eq(awardBatches.conferenceId, conferenceId))
    .orderBy(awardBatches.position, awardBatches.id);
}

export interface AwardeeRow {
  id: number;
  batch_id: number | null;
  position: number;
  kind: AwardBatch['awardees'][number]['kind'];
  name: string;
  detail: string | null;
  award_form: string;
  decision_number: string | null;
}

export async function selectAwardees(db: Db, conferenceId: number): Promise<AwardeeRow[]> {
  const rows = await db
    .select({
      id: awardees.id,
      batch_id: awardees.batchId,
      position: awardees.position,
      kind: awardees.kind,
      name: awardees.name,
      detail: awardees.detail,
      award_form: awardees.awardForm,
      decision_number: awardees.decisionNumber,
    })
    .from(awardees)
    .where(eq(awardees.conferenceId, conferenceId))
    .orderBy(awardees.position, awardees.id);
  return rows as AwardeeRow[];
}

export async function deleteAwards(db: Db, conferenceId: number): Promise<void> {
  await db.delete(awardees).where(eq(awardees.conferenceId, conferenceId));
  await db.delete(awardBatches).where(eq(awardBatches.conferenceId, conferenceId));
}

export async function insertBatch(db: Db, values: typeof awardBatches.$inferInsert): Promise<number> {
  const [row] = await db.insert(awardBatches).values(values).returning({ id: awardBatches.id });
  return row!.id;
}

export async function insertAwardees(db: Db, values: (typeof awardees.$inferInsert)[]): Promise<void> {
  await db.insert(awardees).values(values);
}

export async function countAwards(
  db: Db,
  conferenceId: number,
): Promise<{ batches: number; awardees: number } | undefined> {
  const [row] = await queryRows<{ batches: number; awardees: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM ${awardBatches} WHERE ${awardBatches.conferenceId} = ${conferenceId}) AS batches,
               (SELECT count(*)::int FROM ${awardees} WHERE ${awardees.conferenceId} = ${conferenceId}) AS awardees`,
  );
  return row;
}

export async function hostName(db: Db, unitId: number): Promise<string | undefined> {
  const [host] = await db.select({ fullName: units.fullName }).from(units).where(eq(units.id, unitId));
  return host?.fullName;
}
