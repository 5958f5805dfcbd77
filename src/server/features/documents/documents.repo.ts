import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { documents, documentVersions, registerEntries } from '../../db/schema/documents';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';
import type { DocumentDraft } from '../../../contracts/documents';

export type DocumentRow = typeof documents.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

/** The account's organization, else its unit. */
export async function findAccountIssuingUnit(db: Db, userId: number): Promise<UnitRow | null> {
  const [row] = await db
    .select({ unit: units })
    .from(users)
    .innerJoin(units, eq(units.id, sql`coalesce(${users.organizationId}, ${users.unitId})`))
    .where(eq(users.id, userId));
  return row?.unit ?? null;
}

/** A document with its issuing unit's code and path. */
export async function findDocument(db: Db, id: number) {
  const [row] = await db
    .select({ doc: documents, unitCode: units.code, unitPath: units.path })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(eq(documents.id, id))
    .limit(1);
  return row ?? null;
}

export async function insertDocument(db: Db, values: typeof documents.$inferInsert): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(values).returning();
  return row!;
}

export async function insertVersion(
  db: Db,
  values: { documentId: number; version: number; draft: DocumentDraft; createdBy: number | null },
): Promise<void> {
  await db.insert(documentVersions).values(values);
}

export async function updateDocumentRow(
  db: Db,
  id: number,
  changes: Partial<typeof documents.$inferInsert>,
): Promise<DocumentRow> {
  const [row] = await db.update(documents).set(changes).where(eq(documents.id, id)).returning();
  return row!;
}

export async function findVersionDraft(db: Db, id: number, version: number): Promise<DocumentDraft> {
  const [row] = await db
    .select({ draft: documentVersions.draft })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, id), eq(documentVersions.version, version)));
  return row!.draft as DocumentDraft;
}

export async function selectVersions(db: Db, id: number) {
  return db
    .select({
      version: documentVersions.version,
      createdAt: documentVersions.createdAt,
      createdBy: documentVersions.createdBy,
    })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, id))
    .orderBy(asc(documentVersions.version));
}

/** One page of documents meeting `where` (columns of `documents` and `units`), latest change first, with the total. */
export async function selectDocuments(
  db: Db,
  where: SQL | undefined,
  page: { limit: number; offset: number },
) {
  const rows = await db
    .select({ doc: documents, unitCode: units.code, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(where)
    .orderBy(desc(documents.updatedAt), desc(documents.id))
    .limit(page.limit)
    .offset(page.offset);
  return { rows, total: rows[0]?.total ?? 0 };
}

/** Locks a document's row until the transaction ends, returning its status, number and current version. */
export async function lockDocument(
  db: Db,
  id: number,
): Promise<{ status: string; number: string | null; currentVersion: number }> {
  const [row] = await db
    .select({ status: documents.status, number: documents.number, currentVersion: documents.currentVersion })
    .from(documents)
    .where(eq(documents.id, id))
    .for('update');
  return row!;
}

export async function findUnit(db: Db, id: number): Promise<UnitRow> {
  const [unit] = await db.select().from(units).where(eq(units.id, id));
  return unit!;
}

export async function insertRegisterEntry(
  db: Db,
  values: typeof registerEntries.$inferInsert,
): Promise<void> {
  await db.insert(registerEntries).values(values);
}

/** The stored page layout of a document's issuing unit. */
export async function findDocumentLayout(db: Db, documentId: number): Promise<unknown> {
  const [unit] = await db
    .select({ layout: units.documentLayout })
    .from(units)
    .innerJoin(documents, eq(documents.unitId, units.id))
    .where(eq(documents.id, documentId));
  return unit?.layout ?? null;
}

export async function findUnitLayout(db: Db, unitId: number): Promise<unknown> {
  const [unit] = await db.select({ layout: units.documentLayout }).from(units).where(eq(units.id, unitId));
  return unit?.layout ?? null;
}
