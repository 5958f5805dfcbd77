import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { Cascade } from '../../../contracts/plans';
import type { Actor } from '../../platform/actor';
import { assertCanEdit } from '../../platform/scope';
import { resolveUnit } from '../units/units.service';
import { findPlan } from './plans.repo';
import { notifyUnits } from '../notifications/notifications.service';
import { auditPlan } from './plan-structure';
import { assertEditsPlan, planFacts } from './plans.policy';
import { plansMessages as m } from './plans.messages';
import {
  findCascadePlanId,
  findResponseDocument,
  insertCascade,
  insertCascadeUnits,
  selectCascades,
  selectCascadeUnits,
  setCascadeResponse,
} from './cascade.repo';

/** issued / issued late / not yet / late, from the response date against the deadline and today. */
function stateOf(deadline: string, respondedOn: string | null, today: string) {
  if (respondedOn) return respondedOn <= deadline ? 'issued' : 'issued_late';
  return today > deadline ? 'late' : 'pending';
}

export async function listCascades(db: Db, planId: number, today: string, only?: number): Promise<Cascade[]> {
  const cascades = await selectCascades(db, planId, only);
  if (cascades.length === 0) return [];
  const rows = await selectCascadeUnits(
    db,
    cascades.map((c) => c.id),
  );
  return cascades.map((c) => ({
    id: c.id,
    kind: c.kind as Cascade['kind'],
    title: c.title,
    deadline: c.deadline,
    units: rows
      .filter((r) => r.cascadeId === c.id)
      .map((r) => ({
        unitCode: r.code,
        unitName: r.name,
        state: stateOf(c.deadline, r.respondedOn, today),
        respondedAt: r.respondedOn,
        responsePlanId: r.responsePlanId,
        responseDocumentId: r.responseDocumentId,
      })),
  }));
}

/**
 * Orders every unit of a level below the plan's area (or below `within`) to issue its own plan or report by a date:
 * one row per unit to follow, and a notice to each.
 */
export async function createCascade(
  db: Db,
  actor: Actor,
  planId: number,
  body: {
    kind: 'plan' | 'report';
    title: string;
    level: string;
    within?: string | undefined;
    deadline: string;
  },
  today: string,
): Promise<Cascade> {
  const plan = await findPlan(db, planId);
  assertEditsPlan(actor, planFacts(plan));
  let path = plan.area_path;
  if (body.within) {
    const within = await resolveUnit(db, body.within, today);
    if (!within.path.startsWith(plan.area_path))
      throw new AppError('OUT_OF_SCOPE', m.outsideArea(within.fullName, plan.area_name));
    path = within.path;
  }
  const id = await db.transaction(async (tx) => {
    const cascade = await insertCascade(tx, {
      planId,
      kind: body.kind,
      title: body.title,
      level: body.level,
      deadline: body.deadline,
      createdBy: actor.id,
    });
    const inserted = await insertCascadeUnits(tx, cascade.id, { path, level: body.level }, today);
    if (inserted.length === 0) throw new AppError('VALIDATION_FAILED', m.cascadeNoUnits(body.level));
    const about = { number: plan.number, title: plan.title, unitName: plan.unit_name };
    await notifyUnits(
      tx,
      inserted.map((unitId) => ({
        unitId,
        kind: 'cascade',
        title: m.cascadeTitle(body.kind, body.title),
        body: m.cascadeBody(body.kind, about, body.deadline),
        planId,
      })),
    );
    await auditPlan(tx, actor, plan, 'plan.cascade', {
      cascade: cascade.id,
      level: body.level,
      units: inserted.length,
    });
    return cascade.id;
  });
  return (await listCascades(db, planId, today, id))[0]!;
}

/** A unit's issued document (its report, or a plan made outside the app) answers the requirement. */
export async function respondToCascade(
  db: Db,
  actor: Actor,
  cascadeId: number,
  body: { unit: string; documentId: number },
  today: string,
): Promise<Cascade> {
  const planId = await findCascadePlanId(db, cascadeId);
  if (planId === undefined) throw notFound(m.cascadeNumbered(cascadeId));
  const unit = await resolveUnit(db, body.unit, today);
  assertCanEdit(actor, unit.path);
  const doc = await findResponseDocument(db, body.documentId);
  if (!doc) throw notFound(m.documentNumbered(body.documentId));
  if (!doc.path.startsWith(unit.path)) throw new AppError('VALIDATION_FAILED', m.responseNotOfUnit);
  const respondedOn = doc.issuedDate;
  if (doc.status !== 'issued' || !respondedOn) throw new AppError('CONFLICT', m.responseNotIssued);
  const plan = await findPlan(db, planId);
  await db.transaction(async (tx) => {
    const updated = await setCascadeResponse(tx, cascadeId, unit.id, {
      documentId: body.documentId,
      respondedOn,
    });
    if (!updated) throw new AppError('VALIDATION_FAILED', m.cascadeUnitMissing(unit.fullName));
    await auditPlan(tx, actor, plan, 'plan.cascade.respond', {
      cascade: cascadeId,
      unit: unit.code,
      document: body.documentId,
    });
  });
  return (await listCascades(db, planId, today, cascadeId))[0]!;
}
