import { and, asc, eq, like, sql } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { documents } from '../../db/schema/documents';
import { plans } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** The first plan of a unit (by code) whose document's title contains `title`. */
export async function findPlanByTitle(db: Db, unitCode: string, title: string): Promise<number | null> {
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .innerJoin(documents, eq(documents.id, plans.documentId))
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(and(eq(units.code, unitCode), like(documents.title, `%${title}%`)))
    .orderBy(asc(plans.id))
    .limit(1);
  return plan?.id ?? null;
}

/** Marks a plan issued outside PhongTrào (its number and date as printed) and closes it, at `now`. */
export async function recordIssuedPlan(
  db: Db,
  plan: { id: number; documentId: number },
  issued: { number: string; date: string; now: Date },
): Promise<void> {
  await db
    .update(documents)
    .set({
      status: 'issued',
      number: issued.number,
      issuedDate: issued.date,
      issuedAt: issued.now,
      issuedVersion: sql`${documents.currentVersion}`,
    })
    .where(eq(documents.id, plan.documentId));
  await db
    .update(plans)
    .set({
      status: 'closed',
      closedAt: issued.now,
      resultsSummary: 'Kế hoạch của năm đã qua, nhập từ văn bản gốc để tham khảo.',
    })
    .where(eq(plans.id, plan.id));
}
