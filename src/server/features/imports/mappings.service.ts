import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import { partyKey } from '../../../core/vn-text/party-names';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../audit/audit.service';
import { defaultIssuingUnit } from '../documents/documents.service';
import { resolveUnit } from '../units/units.service';
import { upsertMapping } from './mappings.repo';
import { PartyResolver, type NameResolution } from '../plans/parties';
import { areaOf } from '../plans/plan-structure';
import { importsMessages as m } from './imports.messages';
import { assertMapsInside, assertMapsNames, assertResolvesNames } from './imports.policy';

async function areaFor(db: Db, actor: Actor, code: string | undefined, today: string) {
  const unit = code ? await resolveUnit(db, code, today) : await defaultIssuingUnit(db, actor);
  return areaOf(db, unit);
}

/** What each name of an imported plan stands for in the issuing body's area, with a confidence. */
export async function resolveNames(
  db: Db,
  actor: Actor,
  body: { unit?: string | undefined; names: string[] },
  today: string,
): Promise<NameResolution[]> {
  const area = await areaFor(db, actor, body.unit, today);
  assertResolvesNames(actor, area);
  const resolver = await PartyResolver.forArea(db, area, today);
  return [...new Set(body.names.map((n) => n.trim()).filter(Boolean))].map((name) => resolver.describe(name));
}

/**
 * Remembers once what a name means in an area: a unit (by code, inside the area) or, with no unit, a position in the
 * area's own unit. Every later import and plan of the area resolves the name that way.
 */
export async function saveMapping(
  db: Db,
  actor: Actor,
  body: {
    unit?: string | undefined;
    name: string;
    target: string | null;
    position?: string | null | undefined;
  },
  today: string,
): Promise<NameResolution> {
  const area = await areaFor(db, actor, body.unit, today);
  assertMapsNames(actor, area);
  const key = partyKey(body.name);
  if (!key) throw new AppError('VALIDATION_FAILED', m.emptyName);
  let unitId: number | null = null;
  if (body.target) {
    const target = await resolveUnit(db, body.target, today);
    assertMapsInside(area, target);
    unitId = target.id;
  } else if (!body.position) {
    throw new AppError('VALIDATION_FAILED', m.unitOrPosition);
  }
  await db.transaction(async (tx) => {
    await upsertMapping(
      tx,
      { areaUnitId: area.unitId, nameKey: key },
      { name: body.name.trim(), unitId, position: body.position ?? null, createdBy: actor.id || null },
    );
    await recordAudit(tx, actor, {
      action: 'import.mapping',
      entityType: 'name_mapping',
      entityId: key,
      unit: { id: area.unitId, path: area.path },
      after: { name: body.name, target: body.target, position: body.position ?? null },
    });
  });
  return (await PartyResolver.forArea(db, area, today)).describe(body.name);
}
