import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { documents } from '../../db/schema/documents';
import { cascadeUnits, planCascades } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import { queryRows, type Db } from '../../platform/database';

/** A plan's cascades (or one of them), oldest first. */
export function selectCascades(db: Db, planId: number, only?: number) {
  return db
    .select({
      id: planCascades.id,
      kind: planCascades.kind,
      title: planCascades.title,
      deadline: planCascades.deadline,
    })
    .from(planCascades)
    .where(and(eq(planCascades.planId, planId), only ? eq(planCascades.id, only) : undefined))
    .orderBy(asc(planCascades.id));
}

/** The units each cascade follows, by unit name. */
export function selectCascadeUnits(db: Db, cascadeIds: number[]) {
  return db
    .select({
      cascadeId: cascadeUnits.cascadeId,
      code: units.code,
      name: units.fullName,
      respondedOn: cascadeUnits.respondedOn,
      responsePlanId: cascadeUnits.responsePlanId,
      responseDocumentId: cascadeUnits.responseDocumentId,
    })
    .from(cascadeUnits)
    .innerJoin(units, eq(units.id, cascadeUnits.unitId))
    .where(inArray(cascadeUnits.cascadeId, cascadeIds))
    .orderBy(asc(units.name));
}

export async function insertCascade(db: Db, values: typeof planCascades.$inferInsert) {
  const [cascade] = await db.insert(planCascades).values(values).returning();
  return cascade!;
}

/** One row per unit of a level under a path, valid on `today`, to follow for the cascade; their unit ids. */
export async function insertCascadeUnits(
  db: Db,
  cascadeId: number,
  under: { path: string; level: string },
  today: string,
): Promise<number[]> {
  const rows = await queryRows<{ unit_id: number }>(
    db,
    sql`INSERT INTO ${cascadeUnits} (${sql.identifier(cascadeUnits.cascadeId.name)},
                                     ${sql.identifier(cascadeUnits.unitId.name)},
                                     ${sql.identifier(cascadeUnits.unitPath.name)})
        SELECT ${cascadeId}, ${units.id}, ${units.path} FROM ${units}
        WHERE ${units.path} LIKE ${under.path + '%'} AND ${units.level} = ${under.level}
          AND (${units.validTo} IS NULL OR ${units.validTo} >= ${today})
          AND (${units.validFrom} IS NULL OR ${units.validFrom} <= ${today})
        RETURNING ${sql.identifier(cascadeUnits.unitId.name)} AS unit_id`,
  );
  return rows.map((r) => r.unit_id);
}

export async function findCascadePlanId(db: Db, cascadeId: number): Promise<number | undefined> {
  const [row] = await db
    .select({ planId: planCascades.planId })
    .from(planCascades)
    .where(eq(planCascades.id, cascadeId));
  return row?.planId;
}

/** A document with its status, issue date and issuing unit's path. */
export async function findResponseDocument(db: Db, documentId: number) {
  const [doc] = await db
    .select({ status: documents.status, issuedDate: documents.issuedDate, path: units.path })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(eq(documents.id, documentId));
  return doc;
}

/** Records a unit's answering document; false when the unit is not one the cascade follows. */
export async function setCascadeResponse(
  db: Db,
  cascadeId: number,
  unitId: number,
  response: { documentId: number; respondedOn: string },
): Promise<boolean> {
  const updated = await db
    .update(cascadeUnits)
    .set({ responseDocumentId: response.documentId, respondedOn: response.respondedOn })
    .where(and(eq(cascadeUnits.cascadeId, cascadeId), eq(cascadeUnits.unitId, unitId)))
    .returning({ id: cascadeUnits.id });
  return updated.length > 0;
}

/** A child plan answers its parent's plan cascades for these units, where not answered yet. */
export async function linkCascadeResponse(
  db: Db,
  parentId: number,
  childId: number,
  unitIds: number[],
): Promise<void> {
  await db
    .update(cascadeUnits)
    .set({ responsePlanId: childId })
    .where(
      and(
        isNull(cascadeUnits.responsePlanId),
        inArray(cascadeUnits.unitId, unitIds),
        inArray(
          cascadeUnits.cascadeId,
          db
            .select({ id: planCascades.id })
            .from(planCascades)
            .where(and(eq(planCascades.planId, parentId), eq(planCascades.kind, 'plan'))),
        ),
      ),
    );
}

/** The plan's issue dates its answers to parent cascades. */
export async function dateCascadeResponses(db: Db, planId: number, issuedDate: string | null): Promise<void> {
  await db
    .update(cascadeUnits)
    .set({ respondedOn: issuedDate })
    .where(eq(cascadeUnits.responsePlanId, planId));
}
