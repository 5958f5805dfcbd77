import { sql } from 'drizzle-orm';
import { notifications, planCascades } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type { Cascade } from '../../../contracts/plans';
import { formalDate, todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../auth/actor';
import { assertCanEdit } from '../auth/scope';
import { resolveUnit } from '../units/units.service';
import { findPlan } from './plans.repo';
import { auditPlan } from './plan-structure';

interface CascadeRow {
  id: number;
  kind: 'plan' | 'report';
  title: string;
  deadline: string;
}

interface CascadeUnitRow {
  cascade_id: number;
  code: string;
  name: string;
  responded_on: string | null;
  response_plan_id: number | null;
  response_document_id: number | null;
}

/** issued / issued late / not yet / late, from the response date against the deadline and today. */
function stateOf(deadline: string, respondedOn: string | null, today: string) {
  if (respondedOn) return respondedOn <= deadline ? 'issued' : 'issued_late';
  return today > deadline ? 'late' : 'pending';
}

export async function listCascades(db: Db, planId: number, only?: number): Promise<Cascade[]> {
  const cascades = await queryRows<CascadeRow>(
    db,
    sql`SELECT id, kind, title, deadline::text AS deadline FROM plan_cascades
        WHERE plan_id = ${planId} ${only ? sql`AND id = ${only}` : sql``} ORDER BY id`,
  );
  if (cascades.length === 0) return [];
  const rows = await queryRows<CascadeUnitRow>(
    db,
    sql`SELECT c.cascade_id, u.code, u.full_name AS name, c.responded_on::text AS responded_on, c.response_plan_id,
               c.response_document_id
        FROM cascade_units c JOIN units u ON u.id = c.unit_id
        WHERE c.cascade_id IN (${sql.join(
          cascades.map((c) => sql`${c.id}`),
          sql`, `,
        )})
        ORDER BY u.name`,
  );
  const today = todayInVietnam();
  return cascades.map((c) => ({
    id: c.id,
    kind: c.kind,
    title: c.title,
    deadline: c.deadline,
    units: rows
      .filter((r) => r.cascade_id === c.id)
      .map((r) => ({
        unitCode: r.code,
        unitName: r.name,
        state: stateOf(c.deadline, r.responded_on, today),
        respondedAt: r.responded_on,
        responsePlanId: r.response_plan_id,
        responseDocumentId: r.response_document_id,
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
): Promise<Cascade> {
  const plan = await findPlan(db, planId);
  assertCanEdit(actor, plan.unit_path);
  let path = plan.area_path;
  if (body.within) {
    const within = await resolveUnit(db, body.within);
    if (!within.path.startsWith(plan.area_path))
      throw new AppError(
        'OUT_OF_SCOPE',
        `${within.fullName} không thuộc phạm vi của kế hoạch (${plan.area_name}).`,
      );
    path = within.path;
  }
  const today = todayInVietnam();
  const id = await db.transaction(async (tx) => {
    const [cascade] = await tx
      .insert(planCascades)
      .values({
        planId,
        kind: body.kind,
        title: body.title,
        level: body.level,
        deadline: body.deadline,
        createdBy: actor.id,
      })
      .returning();
    const inserted = await queryRows<{ unit_id: number }>(
      tx,
      sql`INSERT INTO cascade_units (cascade_id, unit_id, unit_path)
          SELECT ${cascade!.id}, id, path FROM units
          WHERE path LIKE ${path + '%'} AND level = ${body.level}
            AND (valid_to IS NULL OR valid_to >= ${today}) AND (valid_from IS NULL OR valid_from <= ${today})
          RETURNING unit_id`,
    );
    if (inserted.length === 0)
      throw new AppError(
        'VALIDATION_FAILED',
        `Không có đơn vị cấp ${LEVEL_NAMES[body.level] ?? body.level} nào trong phạm vi.`,
      );
    const what = body.kind === 'plan' ? 'xây dựng kế hoạch' : 'gửi báo cáo';
    await tx.insert(notifications).values(
      inserted.map((u) => ({
        unitId: u.unit_id,
        kind: 'cascade',
        title: `Yêu cầu ${what}: ${body.title}`,
        body: `Theo Kế hoạch ${plan.number ?? `"${plan.title}"`} của ${plan.unit_name}, đơn vị ${what} ${formalDate(body.deadline).replace(/^ngày/, 'trước ngày')}.`,
        planId,
      })),
    );
    await auditPlan(tx, actor, plan, 'plan.cascade', {
      cascade: cascade!.id,
      level: body.level,
      units: inserted.length,
    });
    return cascade!.id;
  });
  return (await listCascades(db, planId, id))[0]!;
}

const LEVEL_NAMES: Record<string, string> = { district: 'huyện', commune: 'xã', village: 'thôn' };

/** A unit's issued document (its report, or a plan made outside the app) answers the requirement. */
export async function respondToCascade(
  db: Db,
  actor: Actor,
  cascadeId: number,
  body: { unit: string; documentId: number },
): Promise<Cascade> {
  const [cascade] = await queryRows<{ plan_id: number }>(
    db,
    sql`SELECT plan_id FROM plan_cascades WHERE id = ${cascadeId}`,
  );
  if (!cascade) throw notFound(`yêu cầu số ${cascadeId}`);
  const unit = await resolveUnit(db, body.unit);
  assertCanEdit(actor, unit.path);
  const [doc] = await queryRows<{ status: string; issued_date: string | null; path: string }>(
    db,
    sql`SELECT d.status, d.issued_date::text AS issued_date, u.path FROM documents d JOIN units u ON u.id = d.unit_id
        WHERE d.id = ${body.documentId}`,
  );
  if (!doc) throw notFound(`văn bản số ${body.documentId}`);
  if (!doc.path.startsWith(unit.path))
    throw new AppError('VALIDATION_FAILED', 'Văn bản không phải của đơn vị này.');
  if (doc.status !== 'issued' || !doc.issued_date)
    throw new AppError(
      'CONFLICT',
      'Văn bản chưa ban hành; chỉ văn bản đã ban hành mới được tính là đã thực hiện.',
    );
  const plan = await findPlan(db, cascade.plan_id);
  await db.transaction(async (tx) => {
    const updated = await queryRows<{ id: number }>(
      tx,
      sql`UPDATE cascade_units SET response_document_id = ${body.documentId}, responded_on = ${doc.issued_date}
          WHERE cascade_id = ${cascadeId} AND unit_id = ${unit.id} RETURNING id`,
    );
    if (updated.length === 0)
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
  return (await listCascades(db, cascade.plan_id, cascadeId))[0]!;
}
