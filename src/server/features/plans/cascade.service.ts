import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { Cascade } from '../../../contracts/plans';
import { formalDate } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { assertCanEdit } from '../../platform/scope';
import { resolveUnit } from '../units/units.service';
import { findPlan } from './plans.repo';
import { notifyUnits } from '../notifications/notifications.service';
import { auditPlan } from './plan-structure';
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
  assertCanEdit(actor, plan.unit_path);
  let path = plan.area_path;
  if (body.within) {
    const within = await resolveUnit(db, body.within, today);
    if (!within.path.startsWith(plan.area_path))
      throw new AppError(
        'OUT_OF_SCOPE',
        `${within.fullName} không thuộc phạm vi của kế hoạch (${plan.area_name}).`,
      );
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
    if (inserted.length === 0)
      throw new AppError(
        'VALIDATION_FAILED',
        `Không có đơn vị cấp ${LEVEL_NAMES[body.level] ?? body.level} nào trong phạm vi.`,
      );
    const what = body.kind === 'plan' ? 'xây dựng kế hoạch' : 'gửi báo cáo';
    await notifyUnits(
      tx,
      inserted.map((unitId) => ({
        unitId,
        kind: 'cascade',
        title: `Yêu cầu ${what}: ${body.title}`,
        body: `Theo Kế hoạch ${plan.number ?? `"${plan.title}"`} của ${plan.unit_name}, đơn vị ${what} ${formalDate(body.deadline).replace(/^ngày/, 'trước ngày')}.`,
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

const LEVEL_NAMES: Record<string, string> = { district: 'huyện', commune: 'xã', village: 'thôn' };

/** A unit's issued document (its report, or a plan made outside the app) answers the requirement. */
export async function respondToCascade(
  db: Db,
  actor: Actor,
  cascadeId: number,
  body: { unit: string; documentId: number },
  today: string,
): Promise<Cascade> {
  const planId = await findCascadePlanId(db, cascadeId);
  if (planId === undefined) throw notFound(`yêu cầu số ${cascadeId}`);
  const unit = await resolveUnit(db, body.unit, today);
  assertCanEdit(actor, unit.path);
  const doc = await findResponseDocument(db, body.documentId);
  if (!doc) throw notFound(`văn bản số ${body.documentId}`);
  if (!doc.path.startsWith(unit.path))
    throw new AppError('VALIDATION_FAILED', 'Văn bản không phải của đơn vị này.');
  const respondedOn = doc.issuedDate;
  if (doc.status !== 'issued' || !respondedOn)
    throw new AppError(
      'CONFLICT',
      'Văn bản chưa ban hành; chỉ văn bản đã ban hành mới được tính là đã thực hiện.',
    );
  const plan = await findPlan(db, planId);
  await db.transaction(async (tx) => {
    const updated = await setCascadeResponse(tx, cascadeId, unit.id, {
      documentId: body.documentId,
      respondedOn,
    });
    if (!updated)
      throw new AppError(
        'VALIDATION_FAILED',
        `${unit.fullName} không nằm trong danh sách đơn vị của yêu cầu này.`,
      );
    await auditPlan(tx, actor, plan, 'plan.cascade.respond', {
      cascade: cascadeId,
      unit: unit.code,
      document: body.documentId,
    });
  });
  return (await listCascades(db, planId, today, cascadeId))[0]!;
}
