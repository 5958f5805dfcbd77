import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { documents, documentVersions, registerEntries } from '../../db/schema/documents';
import { units } from '../../db/schema/units';
import { users } from '../../db/schema/accounts';
import { queryRows, type Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type {
  DocumentDetail,
  DocumentDraft,
  DocumentSummary,
  IssueDocumentBody,
} from '../../../contracts/documents';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { KIND_NAMES } from '../../../core/documents/kinds';
import { symbolAbbreviation } from '../../../core/documents/nd30';
import { DEFAULT_LAYOUT, type DocLayout } from '../../../core/documents/model';
import type { Actor } from '../auth/actor';
import { assertCanEdit, assertCanView, scopeCondition } from '../auth/scope';
import { recordAudit } from '../audit/audit.service';
import { resolveUnit } from '../units/units.service';
import { takeNumber } from './register.service';

type DocumentRow = typeof documents.$inferSelect;

function present(row: DocumentRow, unitCode: string): DocumentSummary {
  return {
    id: row.id,
    unitCode,
    kind: row.kind as DocumentSummary['kind'],
    title: row.title,
    status: row.status as DocumentSummary['status'],
    number: row.number,
    issuedDate: row.issuedDate,
    currentVersion: row.currentVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The issuing unit named in the request, or the account's organization, or its unit. */
/** The unit a document is issued by when the request names none: the account's organization, else its unit. */
export async function defaultIssuingUnit(db: Db, actor: Actor) {
  const [row] = await db
    .select({ unit: units })
    .from(users)
    .innerJoin(units, eq(units.id, sql`coalesce(${users.organizationId}, ${users.unitId})`))
    .where(eq(users.id, actor.id));
  if (!row) throw new AppError('VALIDATION_FAILED', 'Cần chỉ rõ đơn vị ban hành (tham số unit).');
  return row.unit;
}

async function issuingUnit(db: Db, actor: Actor, code: string | undefined) {
  return code ? resolveUnit(db, code) : defaultIssuingUnit(db, actor);
}

type FoundDocument = Awaited<ReturnType<typeof requireDocument>>;

/** Audits a change to a stored document, before and after, under its issuing unit. */
function auditChange(db: Db, actor: Actor, action: string, found: FoundDocument, after: DocumentSummary) {
  return recordAudit(db, actor, {
    action,
    entityType: 'document',
    entityId: found.doc.id,
    unit: { id: found.doc.unitId, path: found.unitPath },
    before: present(found.doc, found.unitCode),
    after,
  });
}

async function requireDocument(db: Db, id: number) {
  const [row] = await db
    .select({ doc: documents, unitCode: units.code, unitPath: units.path })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(eq(documents.id, id))
    .limit(1);
  if (!row) throw notFound(`văn bản số ${id}`);
  return row;
}

export async function createDocument(
  db: Db,
  actor: Actor,
  draft: DocumentDraft,
  unitCode?: string,
): Promise<DocumentSummary> {
  const unit = await issuingUnit(db, actor, unitCode);
  assertCanEdit(actor, unit.path);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(documents)
      .values({ unitId: unit.id, kind: draft.kind, title: draft.title, createdBy: actor.id })
      .returning();
    await tx.insert(documentVersions).values({ documentId: row!.id, version: 1, draft, createdBy: actor.id });
    const summary = present(row!, unit.code);
    await recordAudit(tx, actor, {
      action: 'document.create',
      entityType: 'document',
      entityId: row!.id,
      unit,
      after: summary,
    });
    return summary;
  });
}

/** Saves a new version of a draft; an issued document is frozen. */
export async function updateDocument(
  db: Db,
  actor: Actor,
  id: number,
  draft: DocumentDraft,
): Promise<DocumentSummary> {
  const found = await requireDocument(db, id);
  assertCanEdit(actor, found.unitPath);
  if (found.doc.status === 'issued')
    throw new AppError('CONFLICT', `Văn bản số ${found.doc.number} đã ban hành, không sửa được.`, {
      number: found.doc.number,
    });
  return db.transaction(async (tx) => {
    const version = found.doc.currentVersion + 1;
    await tx.insert(documentVersions).values({ documentId: id, version, draft, createdBy: actor.id });
    const [row] = await tx
      .update(documents)
      .set({ kind: draft.kind, title: draft.title, currentVersion: version, updatedAt: new Date() })
      .where(eq(documents.id, id))
      .returning();
    const summary = present(row!, found.unitCode);
    await auditChange(tx, actor, 'document.update', found, summary);
    return summary;
  });
}

export async function versionDraft(db: Db, id: number, version: number): Promise<DocumentDraft> {
  const [row] = await db
    .select({ draft: documentVersions.draft })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, id), eq(documentVersions.version, version)));
  return row!.draft as DocumentDraft;
}

export async function getDocument(
  db: Db,
  actor: Actor,
  id: number,
): Promise<DocumentDetail & { draft: DocumentDraft }> {
  const found = await requireDocument(db, id);
  assertCanView(actor, found.unitPath);
  const versions = await db
    .select({
      version: documentVersions.version,
      createdAt: documentVersions.createdAt,
      createdBy: documentVersions.createdBy,
    })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, id))
    .orderBy(asc(documentVersions.version));
  return {
    ...present(found.doc, found.unitCode),
    draft: await versionDraft(db, id, found.doc.issuedVersion ?? found.doc.currentVersion),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}

export async function listDocuments(
  db: Db,
  actor: Actor,
  query: { unit?: string | undefined; status?: string | undefined; limit: number; offset: number },
) {
  const where: (SQL | undefined)[] = [scopeCondition(units.path, actor.viewScope)];
  if (query.unit) {
    const unit = await resolveUnit(db, query.unit);
    assertCanView(actor, unit.path);
    where.push(sql`${units.path} LIKE ${unit.path + '%'}`);
  }
  if (query.status) where.push(eq(documents.status, query.status));
  const rows = await db
    .select({ doc: documents, unitCode: units.code, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(and(...where))
    .orderBy(desc(documents.updatedAt), desc(documents.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map((r) => present(r.doc, r.unitCode)), total: rows[0]?.total ?? 0 };
}

/** The ký hiệu after the number: the draft's own, or the kind and the issuer's short name ("KH-BCĐ"; a công văn: "UBND"). */
function symbolOf(draft: DocumentDraft, unit: { shortName: string | null; name: string }): string {
  if (draft.symbol) return draft.symbol;
  const short = unit.shortName
    ? symbolAbbreviation(unit.shortName)
    : unit.name
        .split(/\s+/)
        .map((w) => w[0]?.toUpperCase() ?? '')
        .join('');
  return draft.kind === 'CV' ? short : `${draft.kind}-${short}`;
}

/**
 * Issues a document: takes the next number of its issuing body's series for the year, freezes a final version
 * carrying number and date, and writes the register row, all in one transaction. Issuing twice is a conflict.
 */
export async function issueDocument(
  db: Db,
  actor: Actor,
  id: number,
  body: IssueDocumentBody,
): Promise<DocumentSummary> {
  const found = await requireDocument(db, id);
  assertCanEdit(actor, found.unitPath);
  const date = body.date ?? todayInVietnam();
  return db.transaction(async (tx) => {
    // Lock the document so that two issue calls cannot both pass the status check.
    const [locked] = await queryRows<{ status: string; number: string | null; current_version: number }>(
      tx,
      sql`SELECT status, number, current_version FROM documents WHERE id = ${id} FOR UPDATE`,
    );
    if (locked!.status === 'issued')
      throw new AppError('CONFLICT', `Văn bản đã được ban hành với số ${locked!.number}.`, {
        number: locked!.number,
      });
    const draft = await versionDraft(tx, id, locked!.current_version);
    const [unit] = await tx.select().from(units).where(eq(units.id, found.doc.unitId));
    const { seriesId, sequence } = await takeNumber(
      tx,
      found.doc.unitId,
      Number(date.slice(0, 4)),
      body.confidential ?? false,
    );
    const number = `${String(sequence).padStart(2, '0')}/${symbolOf(draft, unit!)}`;
    const final: DocumentDraft = { ...draft, number, date };
    const version = locked!.current_version + 1;
    await tx.insert(documentVersions).values({ documentId: id, version, draft: final, createdBy: actor.id });
    const [row] = await tx
      .update(documents)
      .set({
        status: 'issued',
        issuedVersion: version,
        number,
        issuedDate: date,
        issuedAt: new Date(),
        currentVersion: version,
        updatedAt: new Date(),
      })
      .where(eq(documents.id, id))
      .returning();
    const signer = [
      draft.signer.delegation ?? draft.signer.authority,
      draft.signer.position,
      draft.signer.name,
    ]
      .filter(Boolean)
      .join(' ');
    await tx.insert(registerEntries).values({
      seriesId,
      documentId: id,
      sequence,
      number,
      issuedDate: date,
      kindAndTitle: `${KIND_NAMES[draft.kind] ?? 'Công văn'}: ${draft.title}`,
      signer,
      recipients: draft.recipients.join(' '),
      archiveHolder: body.archiveHolder ?? null,
      copies: body.copies ?? null,
      notes: body.notes ?? null,
    });
    const summary = present(row!, found.unitCode);
    await auditChange(tx, actor, 'document.issue', found, summary);
    return summary;
  });
}

/** The current (or frozen) draft of a document and its issuing body's page layout, for rendering. */
export async function documentForFile(db: Db, actor: Actor, id: number) {
  const detail = await getDocument(db, actor, id);
  const [unit] = await db
    .select({ layout: units.documentLayout })
    .from(units)
    .innerJoin(documents, eq(documents.unitId, units.id))
    .where(eq(documents.id, id));
  return { draft: detail.draft, layout: (unit?.layout as DocLayout | null) ?? DEFAULT_LAYOUT };
}

/** The page layout a unit's documents use (for rendering a draft not yet stored). */
export async function layoutOf(db: Db, code: string | undefined): Promise<DocLayout> {
  if (!code) return DEFAULT_LAYOUT;
  const unit = await resolveUnit(db, code);
  return (unit.documentLayout as DocLayout | null) ?? DEFAULT_LAYOUT;
}

/** The page layout of a unit's documents, by its id. */
export async function layoutOfUnit(db: Db, unitId: number): Promise<DocLayout> {
  const [unit] = await db.select({ layout: units.documentLayout }).from(units).where(eq(units.id, unitId));
  return (unit?.layout as DocLayout | null) ?? DEFAULT_LAYOUT;
}
