import { eq, sql } from 'drizzle-orm';
import { planTargets, targetValues as targetValuesTable } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { Target, TargetInput } from '../../../contracts/plans';
import type { Actor } from '../auth/actor';
import { assertCanEdit } from '../auth/scope';
import { resolveUnit } from '../units/units.service';
import { findPlan } from './plans.repo';
import { assertStructureEditable, auditPlan, targetUnit, targetValues, writeVersion } from './plan-structure';

interface TargetRow {
  id: number;
  plan_id: number;
  position: number;
  text: string;
  indicator: string | null;
  comparator: '>=' | '<=' | '=' | null;
  value: string | number | null;
  measure: string | null;
  year: number | null;
  applies_code: string | null;
  applies_name: string | null;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));

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
  const rows = await queryRows<TargetRow>(
    db,
    sql`SELECT t.*, u.code AS applies_code, u.full_name AS applies_name FROM plan_targets t
        LEFT JOIN units u ON u.id = t.applies_to_unit_id
        WHERE t.plan_id = ${planId} ${only ? sql`AND t.id = ${only}` : sql``} ORDER BY t.position, t.id`,
  );
  const values = await queryRows<{
    target_id: number;
    code: string;
    name: string;
    value: string | number;
    at: Date | string;
  }>(
    db,
    sql`SELECT DISTINCT ON (v.target_id, v.unit_id) v.target_id, u.code, u.full_name AS name, v.value, v.reported_at AS at
        FROM target_values v JOIN units u ON u.id = v.unit_id JOIN plan_targets t ON t.id = v.target_id
        WHERE t.plan_id = ${planId}
        ORDER BY v.target_id, v.unit_id, v.reported_at DESC, v.id DESC`,
  );
  return rows.map((r) => {
    const target = { comparator: r.comparator, value: num(r.value) };
    return {
      id: r.id,
      position: r.position,
      text: r.text,
      indicator: r.indicator,
      comparator: r.comparator,
      value: target.value,
      unit: r.measure,
      year: r.year,
      appliesTo: r.applies_code ? { code: r.applies_code, name: r.applies_name! } : null,
      reported: values
        .filter((v) => v.target_id === r.id)
        .map((v) => ({
          unitCode: v.code,
          unitName: v.name,
          value: Number(v.value),
          met: meets(target, Number(v.value)),
          reportedAt: new Date(v.at).toISOString(),
        })),
    };
  });
}

async function requireTarget(db: Db, id: number) {
  const [row] = await db.select().from(planTargets).where(eq(planTargets.id, id));
  if (!row) throw notFound(`chỉ tiêu số ${id}`);
  return { target: row, plan: await findPlan(db, row.planId) };
}

const areaOf = (plan: Awaited<ReturnType<typeof findPlan>>) => ({
  unitId: plan.area_unit_id,
  path: plan.area_path,
  name: plan.area_name,
});

export async function addTarget(db: Db, actor: Actor, planId: number, input: TargetInput): Promise<Target> {
  const plan = await findPlan(db, planId);
  assertStructureEditable(actor, plan);
  const id = await db.transaction(async (tx) => {
    const [max] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT coalesce(max(position), 0)::int AS n FROM plan_targets WHERE plan_id = ${planId}`,
    );
    const [row] = await tx
      .insert(planTargets)
      .values(targetValues(planId, input, max!.n + 1, await targetUnit(tx, areaOf(plan), input.appliesTo)))
      .returning();
    await writeVersion(tx, actor, plan);
    await auditPlan(tx, actor, plan, 'plan.target.add', { target: row!.id, text: input.text });
    return row!.id;
  });
  return (await listTargets(db, planId, id))[0]!;
}

export async function updateTarget(
  db: Db,
  actor: Actor,
  id: number,
  input: Partial<TargetInput>,
): Promise<Target> {
  const { target, plan } = await requireTarget(db, id);
  assertStructureEditable(actor, plan);
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
        ? await targetUnit(tx, areaOf(plan), input.appliesTo)
        : target.appliesToUnitId;
    await tx
      .update(planTargets)
      .set(targetValues(plan.id, merged, target.position, appliesTo))
      .where(eq(planTargets.id, id));
    await writeVersion(tx, actor, plan);
    await auditPlan(tx, actor, plan, 'plan.target.update', merged, {
      text: target.text,
      value: target.value,
    });
  });
  return (await listTargets(db, plan.id, id))[0]!;
}

export async function deleteTarget(db: Db, actor: Actor, id: number): Promise<void> {
  const { target, plan } = await requireTarget(db, id);
  assertStructureEditable(actor, plan);
  if (plan.issued_version)
    throw new AppError(
      'CONFLICT',
      'Chỉ tiêu của kế hoạch đã ban hành không xóa được; hãy sửa giá trị nếu cần.',
    );
  await db.transaction(async (tx) => {
    await tx.delete(targetValuesTable).where(eq(targetValuesTable.targetId, id));
    await tx.delete(planTargets).where(eq(planTargets.id, id));
    await writeVersion(tx, actor, plan);
    await auditPlan(tx, actor, plan, 'plan.target.delete', null, { text: target.text });
  });
}

/** A unit reports its figure for a target; the unit must be in the reporter's capture scope and the plan's area. */
export async function reportTargetValue(
  db: Db,
  actor: Actor,
  id: number,
  body: { unit: string; value: number; note?: string | null | undefined },
): Promise<Target> {
  const { plan } = await requireTarget(db, id);
  const unit = await resolveUnit(db, body.unit);
  assertCanEdit(actor, unit.path);
  if (!unit.path.startsWith(plan.area_path))
    throw new AppError(
      'OUT_OF_SCOPE',
      `${unit.fullName} không thuộc phạm vi của kế hoạch (${plan.area_name}).`,
    );
  await db.transaction(async (tx) => {
    await tx.insert(targetValuesTable).values({
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
