import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { Target, TargetInput } from '../../../contracts/plans';
import type { Actor } from '../../platform/actor';
import { assertCanEdit } from '../../platform/scope';
import { resolveUnit } from '../units/units.service';
import { findPlan } from './plans.repo';
import { auditPlan, targetUnit, targetValues, writeVersion } from './plan-structure';
import { assertStructureOpen, planFacts } from './plans.policy';
import { plansMessages as m } from './plans.messages';
import {
  deleteTargetRow,
  findTarget,
  insertTarget,
  insertTargetValue,
  maxTargetPosition,
  selectLatestValues,
  selectTargets,
  updateTargetRow,
} from './targets.repo';

/** Does a reported value meet the target? Null when the target has no comparable figure. */
export function meets(
  target: { comparator: string | null; value: number | null },
  reported: number,
): boolean | null {
  if (target.comparator === null || target.value === null) return null;
  if (target.comparator === '>=') return reported >= target.value;
  if (target.comparator === '<=') return reported <= target.value;
  return reported === target.value;
}

/** The plan's targets with the latest value each unit reported, in two queries. */
export async function listTargets(db: Db, planId: number, only?: number): Promise<Target[]> {
  const rows = await selectTargets(db, planId, only);
  const values = await selectLatestValues(db, planId);
  return rows.map(({ target: r, appliesCode, appliesName }) => {
    const target = { comparator: r.comparator, value: r.value };
    return {
      id: r.id,
      position: r.position,
      text: r.text,
      indicator: r.indicator,
      comparator: r.comparator as Target['comparator'],
      value: target.value,
      unit: r.measure,
      year: r.year,
      appliesTo: appliesCode ? { code: appliesCode, name: appliesName! } : null,
      reported: values
        .filter((v) => v.targetId === r.id)
        .map((v) => ({
          unitCode: v.code,
          unitName: v.name,
          value: v.value,
          met: meets(target, v.value),
          reportedAt: v.at.toISOString(),
        })),
    };
  });
}

async function requireTarget(db: Db, id: number) {
  const row = await findTarget(db, id);
  if (!row) throw notFound(m.targetNumbered(id));
  return { target: row, plan: await findPlan(db, row.planId) };
}

const areaOf = (plan: Awaited<ReturnType<typeof findPlan>>) => ({
  unitId: plan.area_unit_id,
  path: plan.area_path,
  name: plan.area_name,
});

export async function addTarget(
  db: Db,
  actor: Actor,
  planId: number,
  input: TargetInput,
  now: Date,
): Promise<Target> {
  const plan = await findPlan(db, planId);
  assertStructureOpen(actor, planFacts(plan));
  const id = await db.transaction(async (tx) => {
    const max = await maxTargetPosition(tx, planId);
    const id = await insertTarget(
      tx,
      targetValues(
        planId,
        input,
        max + 1,
        await targetUnit(tx, areaOf(plan), input.appliesTo, todayInVietnam(now)),
      ),
    );
    await writeVersion(tx, actor, plan, now);
    await auditPlan(tx, actor, plan, 'plan.target.add', { target: id, text: input.text });
    return id;
  });
  return (await listTargets(db, planId, id))[0]!;
}

export async function updateTarget(
  db: Db,
  actor: Actor,
  id: number,
  input: Partial<TargetInput>,
  now: Date,
): Promise<Target> {
  const { target, plan } = await requireTarget(db, id);
  assertStructureOpen(actor, planFacts(plan));
  const merged: TargetInput = {
    text: input.text ?? target.text,
    indicator: input.indicator !== undefined ? input.indicator : target.indicator,
    comparator:
      input.comparator !== undefined ? input.comparator : (target.comparator as TargetInput['comparator']),
    value: input.value !== undefined ? input.value : target.value,
    unit: input.unit !== undefined ? input.unit : target.measure,
    year: input.year !== undefined ? input.year : target.year,
  };
  await db.transaction(async (tx) => {
    const appliesTo =
      input.appliesTo !== undefined
        ? await targetUnit(tx, areaOf(plan), input.appliesTo, todayInVietnam(now))
        : target.appliesToUnitId;
    await updateTargetRow(tx, id, targetValues(plan.id, merged, target.position, appliesTo));
    await writeVersion(tx, actor, plan, now);
    await auditPlan(tx, actor, plan, 'plan.target.update', merged, {
      text: target.text,
      value: target.value,
    });
  });
  return (await listTargets(db, plan.id, id))[0]!;
}

export async function deleteTarget(db: Db, actor: Actor, id: number, now: Date): Promise<void> {
  const { target, plan } = await requireTarget(db, id);
  assertStructureOpen(actor, planFacts(plan));
  if (plan.issued_version) throw new AppError('CONFLICT', m.targetIssuedNoDelete);
  await db.transaction(async (tx) => {
    await deleteTargetRow(tx, id);
    await writeVersion(tx, actor, plan, now);
    await auditPlan(tx, actor, plan, 'plan.target.delete', null, { text: target.text });
  });
}

/** A unit reports its figure for a target; the unit must be in the reporter's capture scope and the plan's area. */
export async function reportTargetValue(
  db: Db,
  actor: Actor,
  id: number,
  body: { unit: string; value: number; note?: string | null | undefined },
  today: string,
): Promise<Target> {
  const { plan } = await requireTarget(db, id);
  const unit = await resolveUnit(db, body.unit, today);
  assertCanEdit(actor, unit.path);
  if (!unit.path.startsWith(plan.area_path))
    throw new AppError('OUT_OF_SCOPE', m.outsideArea(unit.fullName, plan.area_name));
  await db.transaction(async (tx) => {
    await insertTargetValue(tx, {
      targetId: id,
      unitId: unit.id,
      value: body.value,
      note: body.note ?? null,
      reportedBy: actor.id,
    });
    await auditPlan(tx, actor, plan, 'plan.target.value', { target: id, unit: unit.code, value: body.value });
  });
  return (await listTargets(db, plan.id, id))[0]!;
}
