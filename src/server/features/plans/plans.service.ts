import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { DocumentDraft } from '../../../contracts/documents';
import type {
  CreatePlanBody,
  PlanBudget,
  PlanDetail,
  PlanStatus,
  PlanSummary,
  TaskInput,
} from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { planYearOf } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { canView } from '../../platform/scope';
import { recordAudit } from '../audit/audit.service';
import { defaultIssuingUnit, versionDraft } from '../documents/documents.service';
import { resolveUnit } from '../units/units.service';
import { PartyResolver } from './parties';
import { areaOf, auditPlan, insertTask, targetUnit, targetValues, writeVersion } from './plan-structure';
import {
  assertEditsPlan,
  assertStructureOpen,
  assertViewsPlan,
  planActionsFor,
  planFacts,
  planPermissions,
} from './plans.policy';
import { plansMessages as m } from './plans.messages';
import {
  countPlanTasks,
  findDocumentVersion,
  findPlan,
  findPlanDocument,
  insertPlan,
  insertPlanDocument,
  selectChildPlans,
  selectDocumentVersions,
  selectPlanPage,
  updatePlanRow,
  type PlanRow,
  type TaskCounts,
} from './plans.repo';
import { RUNNING_PLAN_STATUSES, selectTasks } from './tasks.repo';
import { insertTarget } from './targets.repo';
import { linkCascadeResponse } from './cascade.repo';
import { listCascades } from './cascade.service';
import { listTargets } from './targets.service';

/** Refuses a task without a lead, naming it by its place in the list. */
function assertLeads(tasks: TaskInput[]): void {
  const missing = tasks.flatMap((t, i) => (t.lead.length === 0 ? [i] : []));
  if (missing.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      m.tasksWithoutLead(missing.map((i) => i + 1)),
      missing.map((i) => ({ path: `tasks.${i}.lead`, message: m.leadMissing })),
    );
}

export async function createPlan(db: Db, actor: Actor, body: CreatePlanBody, now: Date): Promise<PlanDetail> {
  const today = todayInVietnam(now);
  if (body.draft.kind !== 'KH')
    throw new AppError('VALIDATION_FAILED', m.notKh, [{ path: 'draft.kind', message: m.mustBeKh }]);
  assertLeads(body.tasks);
  const unit = body.unit ? await resolveUnit(db, body.unit, today) : await defaultIssuingUnit(db, actor);
  assertEditsPlan(actor, { unitPath: unit.path });
  const area = await areaOf(db, unit);
  let parent: PlanRow | null = null;
  if (body.parentPlanId) {
    parent = await findPlan(db, body.parentPlanId);
    assertViewsPlan(actor, parent.area_path);
  }
  const year = body.year ?? planYearOf(body.draft.date, body.draft.title) ?? Number(today.slice(0, 4));
  const resolver = await PartyResolver.forArea(db, area, today);
  const id = await db.transaction(async (tx) => {
    const doc = await insertPlanDocument(tx, {
      unitId: unit.id,
      kind: 'KH',
      title: body.draft.title,
      createdBy: actor.id,
      currentVersion: 0,
    });
    const plan = await insertPlan(tx, {
      documentId: doc.id,
      unitId: unit.id,
      areaUnitId: area.unitId,
      areaPath: area.path,
      year,
      printParts: body.printParts,
      budget: body.budget ?? body.draft.budget ?? null,
      parentPlanId: parent?.id ?? null,
      createdBy: actor.id,
    });
    for (const [i, target] of body.targets.entries())
      await insertTarget(
        tx,
        targetValues(plan.id, target, i + 1, await targetUnit(tx, area, target.appliesTo, today)),
      );
    for (const [i, task] of body.tasks.entries()) await insertTask(tx, plan, resolver, task, i + 1);
    // A child plan answers its parent's cascade requirement for its unit, if there is one.
    if (parent) await linkCascadeResponse(tx, parent.id, plan.id, [area.unitId, unit.id]);
    const row = await findPlan(tx, plan.id);
    await writeVersion(tx, actor, row, now, body.draft);
    await recordAudit(tx, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan.id,
      unit: { id: unit.id, path: unit.path },
      after: { title: body.draft.title, targets: body.targets.length, tasks: body.tasks.length },
    });
    return plan.id;
  });
  return getPlan(db, actor, id, todayInVietnam(now));
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  id: number,
  body: { draft: DocumentDraft; budget?: PlanBudget | null | undefined; printParts?: boolean | undefined },
  now: Date,
): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertStructureOpen(actor, planFacts(plan));
  if (body.draft.kind !== 'KH') throw new AppError('VALIDATION_FAILED', m.notKh);
  await db.transaction(async (tx) => {
    await updatePlanRow(tx, id, {
      updatedAt: now,
      ...(body.budget !== undefined ? { budget: body.budget } : {}),
      ...(body.printParts !== undefined ? { printParts: body.printParts } : {}),
    });
    // After issue, the number and date stay those of the issued version; the text is an amendment.
    const base = plan.issued_version
      ? {
          ...body.draft,
          number: plan.number,
          date: (await versionDraft(tx, plan.document_id, plan.issued_version)).date,
        }
      : body.draft;
    const version = await writeVersion(tx, actor, plan, now, base);
    await auditPlan(tx, actor, plan, plan.issued_version ? 'plan.amend' : 'plan.update', { version });
  });
  return getPlan(db, actor, id, todayInVietnam(now));
}

function summaryOf(plan: PlanRow, counts: TaskCounts): PlanSummary {
  return {
    id: plan.id,
    documentId: plan.document_id,
    unitCode: plan.unit_code,
    unitName: plan.unit_name,
    title: plan.title,
    number: plan.number,
    status: plan.status as PlanStatus,
    year: plan.year,
    taskCount: counts.total,
    // Only a running plan has overdue tasks: before issue nobody is bound, after closing it is history.
    overdueCount: RUNNING_PLAN_STATUSES.includes(plan.status as PlanStatus) ? counts.overdue : 0,
    doneCount: counts.done,
    updatedAt: plan.updated_at.toISOString(),
  };
}

export async function listPlans(
  db: Db,
  actor: Actor,
  query: {
    unit?: string | undefined;
    status?: string | undefined;
    year?: number | undefined;
    limit: number;
    offset: number;
  },
  today: string,
): Promise<{ items: PlanSummary[]; total: number }> {
  const scopes = [actor.viewScope, actor.captureScope];
  let unitPath: string | undefined;
  if (query.unit) {
    const unit = await resolveUnit(db, query.unit, today);
    if (!canView(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
    unitPath = unit.path;
  }
  const { rows, total } = await selectPlanPage(
    db,
    {
      // Plans inside the reader's scopes, and the plans above them that govern their area.
      scopes: scopes.every((s) => s !== null) ? scopes.map((s) => s.path) : null,
      unitPath,
      status: query.status,
      year: query.year,
      limit: query.limit,
      offset: query.offset,
    },
    today,
  );
  return { items: rows.map((r) => summaryOf(r, r)), total };
}

export async function getPlan(db: Db, actor: Actor, id: number, today: string): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const counts = await countPlanTasks(db, id, today);
  const doc = await findPlanDocument(db, plan.document_id);
  const versions = await selectDocumentVersions(db, plan.document_id);
  const { items: taskItems } = await selectTasks(db, { planId: id }, today);
  const parent = plan.parent_plan_id ? await findPlan(db, plan.parent_plan_id) : null;
  const children = await selectChildPlans(db, id);
  const warnings = [
    ...new Set(
      taskItems.flatMap((t) =>
        [...t.lead, ...t.support].filter((p) => !p.matched).map((p) => m.unmatchedParty(p.name, p.unitName)),
      ),
    ),
    ...taskItems.flatMap((t) =>
      t.warning && t.parentTaskId === null ? [m.taskWarning(t.position, t.warning)] : [],
    ),
  ];
  const facts = planFacts(plan);
  return {
    ...summaryOf(plan, counts),
    document: {
      id: doc.id,
      unitCode: plan.unit_code,
      kind: 'KH',
      title: doc.title,
      status: doc.status as 'draft' | 'issued',
      number: doc.number,
      issuedDate: doc.issuedDate,
      currentVersion: doc.currentVersion,
      createdAt: doc.createdAt.toISOString(),
      updatedAt: doc.updatedAt.toISOString(),
    },
    draft: await versionDraft(db, plan.document_id, doc.currentVersion),
    printParts: plan.print_parts,
    budget: (plan.budget as PlanBudget | null) ?? null,
    parentPlan: parent ? { id: parent.id, title: parent.title, number: parent.number } : null,
    childPlans: children.map((c) => ({ ...c, status: c.status as PlanStatus })),
    targets: await listTargets(db, id),
    tasks: taskItems,
    cascades: await listCascades(db, id, today),
    resultsSummary: plan.results_summary,
    versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt.toISOString() })),
    issuedVersion: doc.issuedVersion,
    warnings,
    permissions: planPermissions(actor, facts),
    allowedActions: planActionsFor(actor, facts),
  };
}

export async function planVersion(db: Db, actor: Actor, id: number, version: number) {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const row = await findDocumentVersion(db, plan.document_id, version);
  if (!row) throw new AppError('NOT_FOUND', m.noVersion(version));
  return { version: row.version, createdAt: row.createdAt.toISOString(), draft: row.draft };
}

/** The draft to print: the issued version unless another is asked for. */
export async function planFileDraft(db: Db, actor: Actor, id: number, version?: number) {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const v = version ?? plan.issued_version ?? plan.current_version;
  return { draft: (await planVersion(db, actor, id, v)).draft as DocumentDraft, unitId: plan.unit_id };
}

export type { PlanRow };

/** A plan's row, for the features that start from a plan (a conference made from it); NOT_FOUND when there is none. */
export function planRecord(db: Db, id: number): Promise<PlanRow> {
  return findPlan(db, id);
}
