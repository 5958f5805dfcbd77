import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { plansMessages } from './plans.messages';
import { alias } from 'drizzle-orm/pg-core';
import { documents, documentVersions } from '../../db/schema/documents';
import { plans, tasks } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import { instant, queryRows, type Db } from '../../platform/database';
import { notFound } from '../../platform/errors';

const area = alias(units, 'a');
/** The raw plan list's aliases: `p` (plans), `u` (the issuing unit), `d` (the document), `t` (its tasks). */
const p = alias(plans, 'p');
const u = alias(units, 'u');
const d = alias(documents, 'd');
const t = alias(tasks, 't');

/** A plan with its issuing unit, its area and its document's title, number and versions. */
const planColumns = {
  id: plans.id,
  document_id: plans.documentId,
  unit_id: plans.unitId,
  area_unit_id: plans.areaUnitId,
  area_path: plans.areaPath,
  status: plans.status,
  year: plans.year,
  print_parts: plans.printParts,
  budget: plans.budget,
  parent_plan_id: plans.parentPlanId,
  results_summary: plans.resultsSummary,
  updated_at: plans.updatedAt,
  unit_code: units.code,
  unit_name: units.fullName,
  unit_path: units.path,
  area_name: area.fullName,
  title: documents.title,
  number: documents.number,
  current_version: documents.currentVersion,
  issued_version: documents.issuedVersion,
};

export interface PlanRow {
  id: number;
  document_id: number;
  unit_id: number;
  area_unit_id: number;
  area_path: string;
  status: string;
  year: number;
  print_parts: boolean;
  budget: unknown;
  parent_plan_id: number | null;
  results_summary: string | null;
  updated_at: Date;
  unit_code: string;
  unit_name: string;
  unit_path: string;
  area_name: string;
  title: string;
  number: string | null;
  current_version: number;
  issued_version: number | null;
}

export async function findPlan(db: Db, id: number): Promise<PlanRow> {
  const [row] = await db
    .select(planColumns)
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .innerJoin(area, eq(area.id, plans.areaUnitId))
    .innerJoin(documents, eq(documents.id, plans.documentId))
    .where(eq(plans.id, id));
  if (!row) throw notFound(plansMessages.planNumbered(id));
  return row;
}

export interface TaskCounts {
  total: number;
  overdue: number;
  done: number;
}

/**
 * SQL: a plan's task counts over `t` (tasks). Its overdue rule, an open non-recurring task past its due day, does
 * not look at the plan's status: the caller shows 0 for a plan that is not running.
 */
const planCountsSql = (today: string): SQL => sql`
  count(${t.id}) FILTER (WHERE ${t.recurrence} IS NULL)::int AS total,
  count(${t.id}) FILTER (WHERE ${t.status} IN ('not_started','in_progress') AND ${t.deadlineTo} < ${today}
                      AND ${t.recurrence} IS NULL)::int AS overdue,
  count(${t.id}) FILTER (WHERE ${t.status} IN ('done','done_late') AND ${t.recurrence} IS NULL)::int AS done`;

export async function countPlanTasks(db: Db, planId: number, today: string): Promise<TaskCounts> {
  const [counts] = await queryRows<TaskCounts>(
    db,
    sql`SELECT ${planCountsSql(today)} FROM ${tasks} ${t} WHERE ${t.planId} = ${planId}`,
  );
  return counts!;
}

export interface PlanListFilter {
  /** Plans inside these paths, and the plans above them that govern their area. */
  scopes: string[] | null;
  unitPath?: string | undefined;
  status?: string | undefined;
  year?: number | undefined;
  limit: number;
  offset: number;
}

type PlanListRow = Omit<PlanRow, 'updated_at'> & TaskCounts & { updated_at: string; n: number | string };

/** A page of plans, newest change first, with their task counts and the number of matches. */
export async function selectPlanPage(
  db: Db,
  filter: PlanListFilter,
  today: string,
): Promise<{ rows: (PlanRow & TaskCounts)[]; total: number }> {
  const where = [sql`TRUE`];
  if (filter.scopes)
    where.push(
      sql`(${sql.join(
        filter.scopes.map(
          (path) => sql`${p.areaPath} LIKE ${path + '%'} OR ${path} LIKE ${p.areaPath} || '%'`,
        ),
        sql` OR `,
      )})`,
    );
  if (filter.unitPath) where.push(sql`${u.path} LIKE ${filter.unitPath + '%'}`);
  if (filter.status) where.push(sql`${p.status} = ${filter.status}`);
  if (filter.year) where.push(sql`${p.year} = ${filter.year}`);
  const rows = await queryRows<PlanListRow>(
    db,
    sql`SELECT ${p}.*, ${u.code} AS unit_code, ${u.fullName} AS unit_name, ${u.path} AS unit_path,
               ${area.fullName} AS area_name, ${d.title} AS title, ${d.number} AS number,
               ${d.currentVersion} AS current_version, ${d.issuedVersion} AS issued_version, c.total, c.overdue, c.done,
               count(*) OVER () AS n
        FROM ${plans} ${p} JOIN ${units} ${u} ON ${u.id} = ${p.unitId} JOIN ${units} ${area} ON ${area.id} = ${p.areaUnitId}
        JOIN ${documents} ${d} ON ${d.id} = ${p.documentId}
        CROSS JOIN LATERAL (SELECT ${planCountsSql(today)} FROM ${tasks} ${t} WHERE ${t.planId} = ${p.id}) c
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY ${p.updatedAt} DESC, ${p.id} DESC
        LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  return {
    rows: rows.map((r) => ({ ...r, updated_at: instant(r.updated_at) })),
    total: Number(rows[0]?.n ?? 0),
  };
}

/** The plans made in answer to this one. */
export function selectChildPlans(db: Db, planId: number) {
  return db
    .select({ id: plans.id, title: documents.title, unitName: units.fullName, status: plans.status })
    .from(plans)
    .innerJoin(documents, eq(documents.id, plans.documentId))
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(eq(plans.parentPlanId, planId))
    .orderBy(asc(plans.id));
}

export async function findPlanRecord(db: Db, id: number) {
  const [plan] = await db.select().from(plans).where(eq(plans.id, id));
  return plan;
}

export async function insertPlanDocument(db: Db, values: typeof documents.$inferInsert) {
  const [doc] = await db.insert(documents).values(values).returning();
  return doc!;
}

export async function insertPlan(db: Db, values: typeof plans.$inferInsert) {
  const [plan] = await db.insert(plans).values(values).returning();
  return plan!;
}

export async function updatePlanRow(db: Db, id: number, set: Partial<typeof plans.$inferInsert>) {
  await db.update(plans).set(set).where(eq(plans.id, id));
}

/** An issued plan moves to "in progress"; any other status stays. */
export async function markPlanStarted(db: Db, planId: number): Promise<void> {
  await db
    .update(plans)
    .set({ status: 'in_progress', updatedAt: sql`now()` })
    .where(and(eq(plans.id, planId), eq(plans.status, 'issued')));
}

/** The document's version counter, locked until the transaction ends (versions are written one at a time). */
export async function lockDocumentVersion(db: Db, documentId: number): Promise<number> {
  const [doc] = await db
    .select({ currentVersion: documents.currentVersion })
    .from(documents)
    .where(eq(documents.id, documentId))
    .for('update');
  return doc!.currentVersion;
}

export async function insertDocumentVersion(db: Db, values: typeof documentVersions.$inferInsert) {
  await db.insert(documentVersions).values(values);
}

export async function updatePlanDocument(db: Db, id: number, set: Partial<typeof documents.$inferInsert>) {
  await db.update(documents).set(set).where(eq(documents.id, id));
}

export async function findPlanDocument(db: Db, documentId: number) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  return doc!;
}

export function selectDocumentVersions(db: Db, documentId: number) {
  return db
    .select({ version: documentVersions.version, createdAt: documentVersions.createdAt })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(asc(documentVersions.version));
}

export async function findDocumentVersion(db: Db, documentId: number, version: number) {
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)));
  return row;
}

/** The unit a plan governs, by id. */
export async function findAreaUnit(db: Db, id: number) {
  const [row] = await db
    .select({ unitId: units.id, path: units.path, name: units.fullName })
    .from(units)
    .where(eq(units.id, id));
  return row!;
}
