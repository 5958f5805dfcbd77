import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { planTargets, targetValues } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';

/** A plan's targets (or one), in their order, with the unit each applies to. */
export function selectTargets(db: Db, planId: number, only?: number) {
  return db
    .select({
      target: planTargets,
      appliesCode: units.code,
      appliesName: units.fullName,
    })
    .from(planTargets)
    .leftJoin(units, eq(units.id, planTargets.appliesToUnitId))
    .where(and(eq(planTargets.planId, planId), only ? eq(planTargets.id, only) : undefined))
    .orderBy(asc(planTargets.position), asc(planTargets.id));
}

/** The latest value each unit reported for each target of a plan. */
export function selectLatestValues(db: Db, planId: number) {
  return db
    .selectDistinctOn([targetValues.targetId, targetValues.unitId], {
      targetId: targetValues.targetId,
      code: units.code,
      name: units.fullName,
      value: targetValues.value,
      at: targetValues.reportedAt,
    })
    .from(targetValues)
    .innerJoin(units, eq(units.id, targetValues.unitId))
    .innerJoin(planTargets, eq(planTargets.id, targetValues.targetId))
    .where(eq(planTargets.planId, planId))
    .orderBy(
      targetValues.targetId,
      targetValues.unitId,
      desc(targetValues.reportedAt),
      desc(targetValues.id),
    );
}

export async function findTarget(db: Db, id: number) {
  const [row] = await db.select().from(planTargets).where(eq(planTargets.id, id));
  return row;
}

export async function maxTargetPosition(db: Db, planId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${planTargets.position}), 0)::int` })
    .from(planTargets)
    .where(eq(planTargets.planId, planId));
  return row!.n;
}

export async function insertTarget(db: Db, values: typeof planTargets.$inferInsert): Promise<number> {
  const [row] = await db.insert(planTargets).values(values).returning({ id: planTargets.id });
  return row!.id;
}

export async function updateTargetRow(db: Db, id: number, set: Partial<typeof planTargets.$inferInsert>) {
  await db.update(planTargets).set(set).where(eq(planTargets.id, id));
}

/** Deletes a target and the values reported against it. */
export async function deleteTargetRow(db: Db, id: number): Promise<void> {
  await db.delete(targetValues).where(eq(targetValues.targetId, id));
  await db.delete(planTargets).where(eq(planTargets.id, id));
}

export async function insertTargetValue(db: Db, values: typeof targetValues.$inferInsert): Promise<void> {
  await db.insert(targetValues).values(values);
}
