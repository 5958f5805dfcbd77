import type { Db } from '../../../platform/database';
import type { DocumentDraft } from '../../../../contracts/documents';
import { conferenceSpecOf, type ConferenceSpec } from '../../../../core/conferences/from-plan';
import type { Actor } from '../../../platform/actor';
import { versionDraft } from '../../documents/documents.service';
import { assertEditsPlan, assertViewsPlan } from '../../plans/plan-structure';
import { planRecord, type PlanRow } from '../../plans/plans.service';
import type { PointValues } from '../points/points.service';
import type { UnitRef, UnitRefs } from './unit-refs.service';

/**
 * A plan's conference facts (`draft.conference` of its current version, as the importer filled them) read as a
 * conference for the organiser to complete. Only the plan's editors make its conference (the plans feature's rule):
 * a unit that merely reads the plan (a village carrying out the province's plan) is refused before anything is
 * written, so it cannot take the plan's one conference from its owner.
 */
export async function conferenceSpecFromPlan(
  db: Db,
  actor: Actor,
  planId: number,
): Promise<{ plan: PlanRow; spec: ConferenceSpec }> {
  const plan = await planRecord(db, planId);
  assertViewsPlan(actor, plan.area_path);
  assertEditsPlan(actor, plan);
  const draft: DocumentDraft = await versionDraft(db, plan.document_id, plan.current_version);
  const budget = plan.budget as { source?: string; lines?: { text: string; amount: number | null }[] } | null;
  return { plan, spec: conferenceSpecOf(plan.title || draft.title, draft.conference ?? null, budget) };
}

/**
 * The spec's names resolved to units of the host's area; what matched nothing is kept as text (the conference's
 * warnings, computed when it is read, list it for the organiser).
 */
export interface ResolvedSpec {
  points: PointValues[];
  presentations: (ConferenceSpec['presentations'][number] & { unit: UnitRef | null })[];
}

export async function resolveSpec(db: Db, refs: UnitRefs, spec: ConferenceSpec): Promise<ResolvedSpec> {
  const points: PointValues[] = [];
  for (const p of spec.points) {
    const host = p.host ? await refs.resolve(db, p.host) : null;
    const units: UnitRef[] = [];
    for (const name of p.units) units.push(await refs.resolve(db, name));
    // A host that matched nothing is kept by name among the units attending there.
    const attending = host && host.unitId === null && units.length === 0 ? [host] : units;
    points.push({ name: p.name, isMain: false, host: host?.unitId ? host : null, units: attending });
  }
  const presentations: ResolvedSpec['presentations'] = [];
  for (const t of spec.presentations) {
    const unit = t.unitName ? await refs.resolve(db, t.unitName) : null;
    presentations.push({ ...t, unit: unit?.unitId ? unit : null });
  }
  return { points, presentations };
}
