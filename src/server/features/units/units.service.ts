import { and, eq, type SQL } from 'drizzle-orm';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type {
  CreateUnitBody,
  UnitDetail,
  UnitLink,
  UnitList,
  UnitListQuery,
  UnitStats,
  UnitSummary,
  UpdateUnitBody,
} from '../../../contracts/units';
import { unitIssuerAbbreviation } from '../../../core/documents/issuer-abbreviation';
import { historyNote } from '../../../core/units/history-note';
import { villageFullName } from '../../../core/units/unit-types';
import { unitSearchTerms } from '../../../core/vn-text/unit-names';
import type { Actor } from '../../platform/actor';
import { scopeCondition } from '../../platform/scope';
import { recordAudit } from '../audit/audit.service';
import * as repo from './units.repo';
import { unitsMessages as m } from './units.messages';
import {
  assertAddsUnder,
  assertChangesUnit,
  assertSetsLayout,
  assertSetsSymbol,
  listedScope,
  unitPermissions,
} from './units.policy';

/** Lists units valid on a date, filtered by parent, level, scope and a diacritics-blind name search. */
export async function listUnits(
  db: Db,
  actor: Actor,
  query: UnitListQuery,
  today: string,
): Promise<UnitList> {
  const at = query.at ?? today;
  const where: (SQL | undefined)[] = [repo.validAt(at)];
  if (query.parent) {
    const parent = await repo.findUnitByCode(db, query.parent, at);
    if (!parent) throw notFound(m.parentCoded(query.parent));
    where.push(eq(units.parentId, parent.id));
  }
  if (query.within) {
    const root = await repo.findUnitByCode(db, query.within, at);
    if (!root) throw notFound(m.unitCoded(query.within));
    where.push(repo.below(root));
  }
  if (query.level) where.push(eq(units.level, query.level));
  where.push(scopeCondition(units.path, listedScope(actor, query.scope)));
  const q = query.q?.trim() ?? '';
  const search = q ? unitSearchTerms(q) : null;
  if (search?.stripped) {
    // Under three letters a trigram index cannot help and nearly everything matches: match name starts (btree).
    const pattern = search.stripped.length < 3 ? `${search.stripped}%` : `%${search.stripped}%`;
    where.push(repo.nameLikeOrCode(pattern, q));
  }
  return repo.selectUnits(db, and(...where), {
    search: search?.stripped ? search : undefined,
    limit: query.limit,
    offset: query.offset,
  });
}

function isValidOn(row: repo.UnitRow, at: string): boolean {
  return (row.validFrom === null || row.validFrom <= at) && (row.validTo === null || row.validTo >= at);
}

async function requireUnit(db: Db, code: string, at: string): Promise<repo.UnitRow> {
  const row = await repo.findUnitByCode(db, code, at);
  if (!row) throw notFound(m.unitCoded(code), { code });
  return row;
}

/** A unit with its ancestors, children counts, succession links and what the reader may do there. */
export async function getUnit(db: Db, actor: Actor, code: string, at: string): Promise<UnitDetail> {
  const row = await requireUnit(db, code, at);
  const seenAt = isValidOn(row, at) ? at : (row.validTo ?? row.validFrom ?? at);
  const ancestorIds = row.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((id) => id !== row.id);
  const ancestorRows = await repo.findUnitsByIds(db, ancestorIds);
  ancestorRows.sort((a, b) => a.path.length - b.path.length);
  const codeOf = new Map(ancestorRows.map((a) => [a.id, a.code]));
  const parentCodeOf = (r: repo.UnitRow) => (r.parentId === null ? null : (codeOf.get(r.parentId) ?? null));

  const predecessors = await repo.selectLinks(db, row.id, 'predecessors');
  let successors = await repo.selectLinks(db, row.id, 'successors');
  if (successors.length === 0 && row.level === 'district')
    successors = await repo.selectChildSuccessors(db, row.id);
  const present = (links: repo.LinkRow[]): UnitLink[] =>
    links.map((l) => ({
      unit: repo.toSummary(l.unit, null),
      kind: l.kind === 'partial' ? 'partial' : 'full',
      effectiveDate: l.effectiveDate,
    }));
  const asHistory = (links: repo.LinkRow[]) =>
    links.map((l) => ({
      fullName: l.unit.fullName,
      kind: l.kind === 'partial' ? ('partial' as const) : ('full' as const),
      effectiveDate: l.effectiveDate,
    }));

  return {
    ...repo.toSummary(row, parentCodeOf(row)),
    ancestors: ancestorRows.map((a) => repo.toSummary(a, parentCodeOf(a))),
    childCounts: await repo.countChildren(db, row.id, seenAt),
    predecessors: present(predecessors),
    successors: present(successors),
    historyNote: historyNote(asHistory(predecessors), asHistory(successors)),
    documentLayout: (row.documentLayout as UnitDetail['documentLayout']) ?? null,
    symbol: row.symbol,
    issuerSymbol: unitIssuerAbbreviation(row),
    permissions: unitPermissions(actor, row),
  };
}

/** Adds a village or an organization under a unit of the actor's capture scope. */
export async function createUnit(
  db: Db,
  actor: Actor,
  body: CreateUnitBody,
  today: string,
): Promise<UnitSummary> {
  const validFrom = body.validFrom ?? today;
  const parent = await requireUnit(db, body.parent, validFrom);
  assertAddsUnder(actor, parent);
  if (!isValidOn(parent, validFrom)) {
    throw new AppError('VALIDATION_FAILED', m.notValidOn(parent.fullName, validFrom), {
      parent: body.parent,
    });
  }
  if (body.level === 'village' && parent.level !== 'commune') {
    throw new AppError('VALIDATION_FAILED', m.villageUnderCommune, {
      parent: body.parent,
    });
  }
  return db.transaction(async (tx) => {
    // Creations under one parent wait for each other here, so a generated code is read after the last one committed.
    await repo.lockChildren(tx, parent.id);
    const code = body.code ?? (await generateCode(tx, parent.code, body.level));
    if (await repo.codeExists(tx, code)) throw new AppError('CONFLICT', m.codeTaken(code), { code });
    const id = await repo.nextUnitId(tx);
    const fullName = body.level === 'village' ? villageFullName(body.type, body.name) : body.name;
    const row = await repo.insertUnit(tx, {
      id,
      code,
      level: body.level,
      type: body.type,
      name: body.name,
      fullName,
      shortName: body.shortName ?? null,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      validFrom,
      validTo: null,
      ...repo.unitKeys(body.name),
      isOfficial: false,
      createdBy: actor.id,
    });
    const summary = repo.toSummary(row, parent.code);
    await recordAudit(tx, actor, {
      action: 'unit.create',
      entityType: 'unit',
      entityId: code,
      unit: row,
      after: summary,
    });
    return summary;
  });
}

async function generateCode(db: Db, parentCode: string, level: 'village' | 'organization'): Promise<string> {
  const prefix = `${parentCode}-${level === 'village' ? 'T' : 'CQ'}`;
  let n = (await repo.countCodesStarting(db, prefix)) + 1;
  while (await repo.codeExists(db, `${prefix}${String(n).padStart(2, '0')}`)) n++;
  return `${prefix}${String(n).padStart(2, '0')}`;
}

/**
 * Renames or closes a village or organization (official units come from the national list and are not renamed here),
 * and sets the group of any issuing body's ký hiệu (its unit administrators, official units included).
 */
export async function updateUnit(
  db: Db,
  actor: Actor,
  code: string,
  body: UpdateUnitBody,
  today: string,
): Promise<UnitSummary> {
  const row = await requireUnit(db, code, today);
  const { symbol, ...unitChanges } = body;
  const changesUnit = Object.values(unitChanges).some((value) => value !== undefined);
  if (changesUnit || symbol === undefined) assertChangesUnit(actor, { ...row, code });
  if (symbol !== undefined) assertSetsSymbol(actor, row);
  if (body.validTo && row.validFrom && body.validTo < row.validFrom) {
    throw new AppError('VALIDATION_FAILED', m.validToBeforeFrom, {
      validTo: body.validTo,
    });
  }
  return db.transaction(async (tx) => {
    const name = body.name;
    // Only what the body names: an official unit's names stay the national list's when its ký hiệu is set.
    const changes: Partial<repo.UnitRow> = {
      ...(name === undefined
        ? {}
        : {
            name,
            fullName: row.level === 'village' ? villageFullName(row.type, name) : name,
            ...repo.unitKeys(name),
          }),
      ...(body.shortName === undefined ? {} : { shortName: body.shortName }),
      ...(body.validTo === undefined ? {} : { validTo: body.validTo }),
      ...(symbol === undefined ? {} : { symbol }),
    };
    const updated = Object.keys(changes).length === 0 ? row : await repo.updateUnitRow(tx, row.id, changes);
    const [parentRow] = row.parentId === null ? [] : await repo.findUnitsByIds(tx, [row.parentId]);
    const after = repo.toSummary(updated, parentRow?.code ?? null);
    await recordAudit(tx, actor, {
      action: 'unit.update',
      entityType: 'unit',
      entityId: code,
      unit: row,
      before: { ...repo.toSummary(row, parentRow?.code ?? null), symbol: row.symbol },
      after: { ...after, symbol: updated.symbol },
    });
    return after;
  });
}

/** Counts of administrative units valid on a date. */
export async function unitStats(db: Db, at: string): Promise<UnitStats> {
  const counts = await repo.countByLevelAt(db, at);
  return {
    province: counts.province ?? 0,
    district: counts.district ?? 0,
    commune: counts.commune ?? 0,
    village: counts.village ?? 0,
  };
}

/**
 * Resolves a unit code to the row valid on `at` (or its latest version), for the other features and the CLI; `at` is
 * the request's or the job's `today`.
 */
export async function resolveUnit(db: Db, code: string, at: string) {
  return requireUnit(db, code, at);
}

/** Summaries (with parent codes) of the given unit ids; for other features presenting units. */
export function unitSummaries(db: Db, ids: number[]): Promise<Map<number, UnitSummary>> {
  return repo.summariesByIds(db, ids);
}

/** Sets the page layout of a body's documents (unit administrators, within NĐ 30's ranges checked by the contract). */
export async function setDocumentLayout(
  db: Db,
  actor: Actor,
  code: string,
  layout: UnitDetail['documentLayout'],
  today: string,
): Promise<UnitDetail> {
  const row = await requireUnit(db, code, today);
  assertSetsLayout(actor, row);
  await db.transaction(async (tx) => {
    await repo.updateUnitRow(tx, row.id, { documentLayout: layout });
    await recordAudit(tx, actor, {
      action: 'unit.document_layout',
      entityType: 'unit',
      entityId: code,
      unit: row,
      before: row.documentLayout,
      after: layout,
    });
  });
  return getUnit(db, actor, code, today);
}
