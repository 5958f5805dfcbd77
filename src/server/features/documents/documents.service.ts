import { and, eq, type SQL } from 'drizzle-orm';
import { documents } from '../../db/schema/documents';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import {
  DOCUMENT_SYMBOL_MAX,
  type DocumentDetail,
  type DocumentDraft,
  type DocumentSummary,
  type IssueDocumentBody,
} from '../../../contracts/documents';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { KIND_NAMES } from '../../../core/documents/kinds';
import { documentSymbol, unitIssuerAbbreviation } from '../../../core/documents/issuer-abbreviation';
import { DEFAULT_LAYOUT, type DocLayout } from '../../../core/documents/model';
import type { Actor } from '../../platform/actor';
import { scopeCondition } from '../../platform/scope';
import { recordAudit } from '../audit/audit.service';
import { resolveUnit } from '../units/units.service';
import { takeNumber } from './register.repo';
import * as repo from './documents.repo';
import { documentsMessages as m } from './documents.messages';
import {
  assertEditsDocument,
  assertIssuesDocument,
  assertViewsDocuments,
  assertWritesDocuments,
  documentFacts,
  listedScope,
} from './documents.policy';

type DocumentRow = repo.DocumentRow;

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

/** The unit a document is issued by when the request names none: the account's organization, else its unit. */
export async function defaultIssuingUnit(db: Db, actor: Actor) {
  const unit = await repo.findAccountIssuingUnit(db, actor.id);
  if (!unit) throw new AppError('VALIDATION_FAILED', m.issuingUnitRequired);
  return unit;
}

async function issuingUnit(db: Db, actor: Actor, code: string | undefined, today: string) {
  return code ? resolveUnit(db, code, today) : defaultIssuingUnit(db, actor);
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
  const row = await repo.findDocument(db, id);
  if (!row) throw notFound(m.documentNamed(id));
  return row;
}

export async function createDocument(
  db: Db,
  actor: Actor,
  draft: DocumentDraft,
  unitCode: string | undefined,
  today: string,
): Promise<DocumentSummary> {
  const unit = await issuingUnit(db, actor, unitCode, today);
  assertWritesDocuments(actor, unit.path);
  return db.transaction(async (tx) => {
    const row = await repo.insertDocument(tx, {
      unitId: unit.id,
      kind: draft.kind,
      title: draft.title,
      createdBy: actor.id,
    });
    await repo.insertVersion(tx, { documentId: row.id, version: 1, draft, createdBy: actor.id });
    const summary = present(row, unit.code);
    await recordAudit(tx, actor, {
      action: 'document.create',
      entityType: 'document',
      entityId: row.id,
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
  now: Date,
): Promise<DocumentSummary> {
  const found = await requireDocument(db, id);
  assertEditsDocument(actor, documentFacts(found));
  return db.transaction(async (tx) => {
    const version = found.doc.currentVersion + 1;
    await repo.insertVersion(tx, { documentId: id, version, draft, createdBy: actor.id });
    const row = await repo.updateDocumentRow(tx, id, {
      kind: draft.kind,
      title: draft.title,
      currentVersion: version,
      updatedAt: now,
    });
    const summary = present(row, found.unitCode);
    await auditChange(tx, actor, 'document.update', found, summary);
    return summary;
  });
}

export function versionDraft(db: Db, id: number, version: number): Promise<DocumentDraft> {
  return repo.findVersionDraft(db, id, version);
}

export async function getDocument(
  db: Db,
  actor: Actor,
  id: number,
): Promise<DocumentDetail & { draft: DocumentDraft }> {
  const found = await requireDocument(db, id);
  assertViewsDocuments(actor, found.unitPath);
  const versions = await repo.selectVersions(db, id);
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
  today: string,
) {
  const where: (SQL | undefined)[] = [scopeCondition(units.path, listedScope(actor))];
  if (query.unit) {
    const unit = await resolveUnit(db, query.unit, today);
    assertViewsDocuments(actor, unit.path);
    where.push(scopeCondition(units.path, unit));
  }
  if (query.status) where.push(eq(documents.status, query.status));
  const { rows, total } = await repo.selectDocuments(db, and(...where), query);
  return { items: rows.map((r) => present(r.doc, r.unitCode)), total };
}

/**
 * The ký hiệu after the number: the draft's own, or the kind and the issuer's group ("KH-UBND"; a công văn: "UBND").
 * A draft's own longer than the contract now allows (stored before) gives way, so no number outgrows the contract.
 */
function symbolOf(draft: DocumentDraft, unit: Parameters<typeof unitIssuerAbbreviation>[0]): string {
  const own = draft.symbol?.trim();
  if (own && own.length <= DOCUMENT_SYMBOL_MAX) return own;
  return documentSymbol(draft.kind, unitIssuerAbbreviation(unit));
}

/**
 * Issues a document: takes the next number of its issuing body's series for the year, freezes a final version
 * carrying number and date, and writes the register row, all in one transaction. Issuing twice is a conflict.
 * `now` is the caller's request or job instant.
 */
export async function issueDocument(
  db: Db,
  actor: Actor,
  id: number,
  body: IssueDocumentBody,
  now: Date,
): Promise<DocumentSummary> {
  const found = await requireDocument(db, id);
  assertIssuesDocument(actor, documentFacts(found));
  const date = body.date ?? todayInVietnam(now);
  return db.transaction(async (tx) => {
    // Lock the document so that two issue calls cannot both pass the status check.
    const locked = await repo.lockDocument(tx, id);
    assertIssuesDocument(actor, documentFacts(found, locked));
    const draft = await versionDraft(tx, id, locked.currentVersion);
    const unit = await repo.findUnit(tx, found.doc.unitId);
    const { seriesId, sequence } = await takeNumber(
      tx,
      found.doc.unitId,
      Number(date.slice(0, 4)),
      body.confidential ?? false,
    );
    const number = `${String(sequence).padStart(2, '0')}/${symbolOf(draft, unit)}`;
    const final: DocumentDraft = { ...draft, number, date };
    const version = locked.currentVersion + 1;
    await repo.insertVersion(tx, { documentId: id, version, draft: final, createdBy: actor.id });
    const row = await repo.updateDocumentRow(tx, id, {
      status: 'issued',
      issuedVersion: version,
      number,
      issuedDate: date,
      issuedAt: now,
      currentVersion: version,
      updatedAt: now,
    });
    const signer = [
      draft.signer.delegation ?? draft.signer.authority,
      draft.signer.position,
      draft.signer.name,
    ]
      .filter(Boolean)
      .join(' ');
    await repo.insertRegisterEntry(tx, {
      seriesId,
      documentId: id,
      sequence,
      number,
      issuedDate: date,
      kindAndTitle: `${KIND_NAMES[draft.kind] ?? m.fallbackKindName}: ${draft.title}`,
      signer,
      recipients: draft.recipients.join(' '),
      archiveHolder: body.archiveHolder ?? null,
      copies: body.copies ?? null,
      notes: body.notes ?? null,
    });
    const summary = present(row, found.unitCode);
    await auditChange(tx, actor, 'document.issue', found, summary);
    return summary;
  });
}

/** The current (or frozen) draft of a document and its issuing body's page layout, for rendering. */
export async function documentForFile(db: Db, actor: Actor, id: number) {
  const detail = await getDocument(db, actor, id);
  const layout = await repo.findDocumentLayout(db, id);
  return { draft: detail.draft, layout: (layout as DocLayout | null) ?? DEFAULT_LAYOUT };
}

/** The page layout a unit's documents use (for rendering a draft not yet stored). */
export async function layoutOf(db: Db, code: string | undefined, today: string): Promise<DocLayout> {
  if (!code) return DEFAULT_LAYOUT;
  const unit = await resolveUnit(db, code, today);
  return (unit.documentLayout as DocLayout | null) ?? DEFAULT_LAYOUT;
}

/** The page layout of a unit's documents, by its id. */
export async function layoutOfUnit(db: Db, unitId: number): Promise<DocLayout> {
  return ((await repo.findUnitLayout(db, unitId)) as DocLayout | null) ?? DEFAULT_LAYOUT;
}
