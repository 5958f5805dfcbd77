import { and, asc, eq, sql } from 'drizzle-orm';
import { documents, documentVersions } from '../../db/schema/documents';
import { cascadeUnits, planTargets, plans, taskParties, tasks as tasksTable } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { DocumentDraft, IssueDocumentBody } from '../../../contracts/documents';
import type {
  CreatePlanBody,
  PlanBudget,
  PlanDetail,
  PlanStatus,
  PlanSummary,
  PlanTransitionBody,
  TargetInput,
  TaskInput,
} from '../../../contracts/plans';
import { occurrences } from '../../../core/dates/time-phrases';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { formalDate, planYearOf } from '../../../core/dates/vn-dates';
import type { Actor } from '../auth/actor';
import { assertCanEdit, canEdit, canView } from '../auth/scope';
import { recordAudit } from '../audit/audit.service';
import { defaultIssuingUnit, issueDocument, versionDraft } from '../documents/documents.service';
import { resolveUnit } from '../units/units.service';
import { PartyResolver, type PlanArea } from './parties';
import { findPlan, RUNNING_PLAN_STATUSES, selectTasks, type PlanRow } from './plans.repo';
import { storedDeadline } from './deadlines';
import { listCascades } from './cascade.service';
import { listTargets } from './targets.service';

const APPROVER_ROLES = new Set(['leader', 'unit_admin', 'system_admin']);

/** The administrative area a unit's plans govern: an organization's parent unit, or the unit itself. */
export async function areaOf(db: Db, unit: { id: number; level: string; parentId: number | null }) {
  const id = unit.level === 'organization' && unit.parentId ? unit.parentId : unit.id;
  const [row] = await queryRows<{ id: number; path: string; full_name: string }>(
    db,
    sql`SELECT id, path, full_name FROM units WHERE id = ${id}`,
  );
  return { unitId: row!.id, path: row!.path, name: row!.full_name } satisfies PlanArea;
}

/**
 * May the actor read a plan? Within its view scope, or a plan governing an area that contains the actor's own
 * (a village reads the commune's plan it carries out).
 */
export function viewsPlan(actor: Actor, areaPath: string): boolean {
  return (
    canView(actor, areaPath) ||
    [actor.captureScope, actor.viewScope].some((scope) => scope !== null && scope.path.startsWith(areaPath))
  );
}

export function assertViewsPlan(actor: Actor, areaPath: string): void {
  if (!viewsPlan(actor, areaPath)) throw new AppError('OUT_OF_SCOPE');
}

/** Refuses a task without a lead, naming it by its place in the list. */
function assertLeads(tasks: TaskInput[]): void {
  const missing = tasks.flatMap((t, i) => (t.lead.length === 0 ? [i] : []));
  if (missing.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `Nhiệm vụ ${missing.map((i) => i + 1).join(', ')} chưa có đơn vị chủ trì (Thực hiện).`,
      missing.map((i) => ({ path: `tasks.${i}.lead`, message: 'Thiếu đơn vị chủ trì' })),
    );
}

/** Inserts one task (and its occurrences when it recurs) with its parties; returns the warnings. */
export async function insertTask(
  tx: Db,
  plan: { id: number; year: number },
  resolver: PartyResolver,
  input: TaskInput,
  position: number,
): Promise<{ id: number; warnings: string[] }> {
  const lead = await resolver.resolve(tx, input.lead);
  const support = await resolver.resolve(tx, input.support);
  const deadline = storedDeadline(input.deadline, plan.year);
  const values = {
    planId: plan.id,
    position,
    text: input.text,
    deadlineRaw: deadline?.raw ?? null,
    deadlineKind: deadline?.kind ?? null,
    deadlineFrom: deadline?.from ?? null,
    deadlineTo: deadline?.to ?? null,
    recurrence: deadline?.recurrence ?? null,
    deadlineWarning: deadline?.warning ?? null,
  };
  const [task] = await tx.insert(tasksTable).values(values).returning({ id: tasksTable.id });
  const ids = [task!.id];
  if (deadline?.recurrence) {
    const period = { from: `${plan.year}-01-01`, to: `${plan.year}-12-31` };
    const phrase = {
      ...deadline,
      relative: null,
      recurrence: deadline.recurrence as never,
      kind: deadline.kind,
    };
    const runs = occurrences(phrase, period);
    if (runs.length > 0) {
      const rows = await tx
        .insert(tasksTable)
        .values(
          runs.map((r, i) => ({
            ...values,
            parentTaskId: task!.id,
            position: i + 1,
            deadlineRaw: `${deadline.raw} (đến ${formalDate(r.to).replace(/^ngày /, '')})`,
            deadlineKind: 'range',
            deadlineFrom: r.from,
            deadlineTo: r.to,
            recurrence: null,
          })),
        )
        .returning({ id: tasksTable.id });
      ids.push(...rows.map((r) => r.id));
    }
  }
  const parties = [
    ...lead.parties.map((p) => ({ ...p, role: 'lead' })),
    ...support.parties.map((p) => ({ ...p, role: 'support' })),
  ];
  if (parties.length > 0)
    await tx.insert(taskParties).values(ids.flatMap((taskId) => parties.map((p) => ({ ...p, taskId }))));
  return { id: task!.id, warnings: [...lead.warnings, ...support.warnings] };
}

export function targetValues(planId: number, input: TargetInput, position: number, appliesTo: number | null) {
  return {
    planId,
    position,
    text: input.text,
    indicator: input.indicator ?? null,
    comparator: input.comparator ?? null,
    value: input.value ?? null,
    measure: input.unit ?? null,
    year: input.year ?? null,
    appliesToUnitId: appliesTo,
  };
}

/** The unit id a target applies to, which must lie in the plan's area. */
export async function targetUnit(
  db: Db,
  area: PlanArea,
  code: string | null | undefined,
): Promise<number | null> {
  if (!code) return null;
  const unit = await resolveUnit(db, code);
  if (!unit.path.startsWith(area.path))
    throw new AppError('OUT_OF_SCOPE', `${unit.fullName} không thuộc phạm vi của kế hoạch (${area.name}).`);
  return unit.id;
}

/**
 * The draft a version stores: the plan's text with its current targets, tasks (names as written) and budget, so that
 * a version alone prints and diffs the whole plan.
 */
export async function snapshotDraft(db: Db, planId: number, base: DocumentDraft): Promise<DocumentDraft> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  const targets = await db
    .select()
    .from(planTargets)
    .where(eq(planTargets.planId, planId))
    .orderBy(asc(planTargets.position), asc(planTargets.id));
  const { items } = await selectTasks(db, sql`t.plan_id = ${planId} AND t.parent_task_id IS NULL`, null);
  const budget = plan!.budget as PlanBudget | null;
  return {
    ...base,
    printParts: plan!.printParts,
    targets: targets.map((t) => ({
      text: t.text,
      indicator: t.indicator ?? t.text,
      comparator: (t.comparator as '>=' | '<=' | '=' | null) ?? null,
      value: t.value,
      unit: t.measure,
    })),
    tasks: items.map((t) => ({
      text: t.text,
      lead: t.lead.map(partyName),
      support: t.support.map(partyName),
      deadline: t.deadline ? { raw: t.deadline.raw, from: t.deadline.from, to: t.deadline.to } : null,
    })),
    budget: budget ? { source: budget.source, lines: budget.lines } : null,
  };
}

/** How a party prints: a collective name once ("các xã, thị trấn"), else the name as written. */
function partyName(p: { name: string }): string {
  return p.name;
}

/** Collapses the repeated name of a collective party ("UBND các xã" expanded to every commune) to one. */
function uniqueNames(names: string[]): string[] {
  return [...new Set(names)];
}

/** Writes the next version of the plan's document from its current rows. */
export async function writeVersion(
  tx: Db,
  actor: Actor,
  plan: PlanRow,
  base?: DocumentDraft,
): Promise<number> {
  const [doc] = await queryRows<{ current_version: number }>(
    tx,
    sql`SELECT current_version FROM documents WHERE id = ${plan.document_id} FOR UPDATE`,
  );
  const previous = base ?? (await versionDraft(tx, plan.document_id, doc!.current_version));
  const draft = await snapshotDraft(tx, plan.id, previous);
  draft.tasks = draft.tasks?.map((t) => ({
    ...t,
    lead: uniqueNames(t.lead),
    support: uniqueNames(t.support),
  }));
  const version = doc!.current_version + 1;
  await tx.insert(documentVersions).values({
    documentId: plan.document_id,
    version,
    draft,
    createdBy: actor.id,
  });
  await tx
    .update(documents)
    .set({ title: draft.title, currentVersion: version, updatedAt: new Date() })
    .where(eq(documents.id, plan.document_id));
  await tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, plan.id));
  return version;
}

/** Structure may change while a plan is a draft, and as an amendment once issued; not while it awaits approval. */
export function assertStructureEditable(actor: Actor, plan: PlanRow): void {
  assertCanEdit(actor, plan.unit_path);
  if (plan.status === 'submitted' || plan.status === 'approved')
    throw new AppError('CONFLICT', 'Kế hoạch đang chờ duyệt hoặc đã duyệt; trả lại dự thảo trước khi sửa.', {
      status: plan.status,
    });
  if (plan.status === 'closed') throw new AppError('CONFLICT', 'Kế hoạch đã kết thúc, không sửa được.');
}

export async function createPlan(db: Db, actor: Actor, body: CreatePlanBody): Promise<PlanDetail> {
  if (body.draft.kind !== 'KH')
    throw new AppError('VALIDATION_FAILED', 'Kế hoạch phải là văn bản loại KH (Kế hoạch).', [
      { path: 'draft.kind', message: 'Phải là KH' },
    ]);
  assertLeads(body.tasks);
  const unit = body.unit ? await resolveUnit(db, body.unit) : await defaultIssuingUnit(db, actor);
  assertCanEdit(actor, unit.path);
  const area = await areaOf(db, unit);
  let parent: PlanRow | null = null;
  if (body.parentPlanId) {
    parent = await findPlan(db, body.parentPlanId);
    assertViewsPlan(actor, parent.area_path);
  }
  const year =
    body.year ?? planYearOf(body.draft.date, body.draft.title) ?? Number(todayInVietnam().slice(0, 4));
  const resolver = await PartyResolver.forArea(db, area);
  const id = await db.transaction(async (tx) => {
    const [doc] = await tx
      .insert(documents)
      .values({
        unitId: unit.id,
        kind: 'KH',
        title: body.draft.title,
        createdBy: actor.id,
        currentVersion: 0,
      })
      .returning();
    const [plan] = await tx
      .insert(plans)
      .values({
        documentId: doc!.id,
        unitId: unit.id,
        areaUnitId: area.unitId,
        areaPath: area.path,
        year,
        printParts: body.printParts,
        budget: body.budget ?? body.draft.budget ?? null,
        parentPlanId: parent?.id ?? null,
        createdBy: actor.id,
      })
      .returning();
    for (const [i, target] of body.targets.entries())
      await tx
        .insert(planTargets)
        .values(targetValues(plan!.id, target, i + 1, await targetUnit(tx, area, target.appliesTo)));
    for (const [i, task] of body.tasks.entries()) await insertTask(tx, plan!, resolver, task, i + 1);
    if (parent) await linkCascadeResponse(tx, parent.id, plan!.id, area.unitId, unit.id);
    const row = await findPlan(tx, plan!.id);
    await writeVersion(tx, actor, row, body.draft);
    await recordAudit(tx, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan!.id,
      unit: { id: unit.id, path: unit.path },
      after: { title: body.draft.title, targets: body.targets.length, tasks: body.tasks.length },
    });
    return plan!.id;
  });
  return getPlan(db, actor, id);
}

/** A child plan answers its parent's cascade requirement for its unit, if there is one. */
async function linkCascadeResponse(
  tx: Db,
  parentId: number,
  childId: number,
  areaUnitId: number,
  unitId: number,
) {
  await tx.execute(
    sql`UPDATE cascade_units SET response_plan_id = ${childId}
        WHERE response_plan_id IS NULL AND unit_id IN (${areaUnitId}, ${unitId})
          AND cascade_id IN (SELECT id FROM plan_cascades WHERE plan_id = ${parentId} AND kind = 'plan')`,
  );
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  id: number,
  body: { draft: DocumentDraft; budget?: PlanBudget | null | undefined; printParts?: boolean | undefined },
): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertStructureEditable(actor, plan);
  if (body.draft.kind !== 'KH')
    throw new AppError('VALIDATION_FAILED', 'Kế hoạch phải là văn bản loại KH (Kế hoạch).');
  await db.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({
        updatedAt: new Date(),
        ...(body.budget !== undefined ? { budget: body.budget } : {}),
        ...(body.printParts !== undefined ? { printParts: body.printParts } : {}),
      })
      .where(eq(plans.id, id));
    // After issue, the number and date stay those of the issued version; the text is an amendment.
    const base = plan.issued_version
      ? {
          ...body.draft,
          number: plan.number,
          date: (await versionDraft(tx, plan.document_id, plan.issued_version)).date,
        }
      : body.draft;
    const version = await writeVersion(tx, actor, plan, base);
    await auditPlan(tx, actor, plan, plan.issued_version ? 'plan.amend' : 'plan.update', { version });
  });
  return getPlan(db, actor, id);
}

export function auditPlan(
  tx: Db,
  actor: Actor,
  plan: PlanRow,
  action: string,
  after: unknown,
  before?: unknown,
) {
  return recordAudit(tx, actor, {
    action,
    entityType: 'plan',
    entityId: plan.id,
    unit: { id: plan.unit_id, path: plan.unit_path },
    before,
    after,
  });
}

const TRANSITIONS: Record<PlanTransitionBody['action'], { from: PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'draft' },
  start: { from: ['issued'], to: 'in_progress' },
  close: { from: ['issued', 'in_progress'], to: 'closed' },
};

const STATUS_NAMES: Record<PlanStatus, string> = {
  draft: 'dự thảo',
  submitted: 'chờ duyệt',
  approved: 'đã duyệt',
  issued: 'đã ban hành',
  in_progress: 'đang thực hiện',
  closed: 'đã kết thúc',
};

export async function transitionPlan(
  db: Db,
  actor: Actor,
  id: number,
  body: PlanTransitionBody,
): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertCanEdit(actor, plan.unit_path);
  const rule = TRANSITIONS[body.action];
  if ((body.action === 'approve' || body.action === 'return') && !APPROVER_ROLES.has(actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo đơn vị mới duyệt hoặc trả lại kế hoạch.');
  if (!rule.from.includes(plan.status as PlanStatus))
    throw new AppError(
      'CONFLICT',
      `Kế hoạch đang ở trạng thái "${STATUS_NAMES[plan.status as PlanStatus]}", không thể chuyển như vậy.`,
      { status: plan.status },
    );
  if (body.action === 'close' && !body.note)
    throw new AppError('VALIDATION_FAILED', 'Cần tóm tắt kết quả thực hiện khi kết thúc kế hoạch.', [
      { path: 'note', message: 'Thiếu tóm tắt kết quả' },
    ]);
  await db.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({
        status: rule.to,
        updatedAt: new Date(),
        ...(body.action === 'approve' ? { approvedBy: actor.id || null, approvedAt: new Date() } : {}),
        ...(body.action === 'close' ? { resultsSummary: body.note!, closedAt: new Date() } : {}),
      })
      .where(eq(plans.id, id));
    await auditPlan(
      tx,
      actor,
      plan,
      `plan.${body.action}`,
      { status: rule.to, note: body.note ?? null },
      {
        status: plan.status,
      },
    );
  });
  return getPlan(db, actor, id);
}

/** Issues an approved plan: the number from its issuing body's register, the version frozen, child responses dated. */
export async function issuePlan(
  db: Db,
  actor: Actor,
  id: number,
  body: IssueDocumentBody,
): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertCanEdit(actor, plan.unit_path);
  if (plan.status !== 'approved')
    throw new AppError(
      'CONFLICT',
      plan.status === 'draft' || plan.status === 'submitted'
        ? 'Kế hoạch cần được lãnh đạo duyệt trước khi ban hành.'
        : `Kế hoạch đã ban hành với số ${plan.number}.`,
      { status: plan.status, number: plan.number },
    );
  await db.transaction(async (tx) => {
    const issued = await issueDocument(tx, actor, plan.document_id, body);
    await tx.update(plans).set({ status: 'issued', updatedAt: new Date() }).where(eq(plans.id, id));
    await tx
      .update(cascadeUnits)
      .set({ respondedOn: issued.issuedDate })
      .where(and(eq(cascadeUnits.responsePlanId, id)));
    await auditPlan(tx, actor, plan, 'plan.issue', { number: issued.number, date: issued.issuedDate });
  });
  return getPlan(db, actor, id);
}

/** Issued plans move to "in progress" on their first report or status change. */
export async function markStarted(tx: Db, planId: number): Promise<void> {
  await tx.execute(
    sql`UPDATE plans SET status = 'in_progress', updated_at = now() WHERE id = ${planId} AND status = 'issued'`,
  );
}

function summaryOf(plan: PlanRow, counts: { total: number; overdue: number; done: number }): PlanSummary {
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
    overdueCount: RUNNING_PLAN_STATUSES.includes(plan.status) ? counts.overdue : 0,
    doneCount: counts.done,
    updatedAt: new Date(plan.updated_at).toISOString(),
  };
}

const COUNTS_SQL = (today: string) => sql`
  count(t.id) FILTER (WHERE t.recurrence IS NULL)::int AS total,
  count(t.id) FILTER (WHERE t.status IN ('not_started','in_progress') AND t.deadline_to < ${today}
                      AND t.recurrence IS NULL)::int AS overdue,
  count(t.id) FILTER (WHERE t.status IN ('done','done_late') AND t.recurrence IS NULL)::int AS done`;

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
): Promise<{ items: PlanSummary[]; total: number }> {
  const today = todayInVietnam();
  const where = [sql`TRUE`];
  const scopes = [actor.viewScope, actor.captureScope];
  // Plans inside the reader's scopes, and the plans above them that govern their area.
  if (scopes.every((s) => s !== null))
    where.push(
      sql`(${sql.join(
        scopes.map((s) => sql`p.area_path LIKE ${s.path + '%'} OR ${s.path} LIKE p.area_path || '%'`),
        sql` OR `,
      )})`,
    );
  if (query.unit) {
    const unit = await resolveUnit(db, query.unit);
    if (!canView(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
    where.push(sql`u.path LIKE ${unit.path + '%'}`);
  }
  if (query.status) where.push(sql`p.status = ${query.status}`);
  if (query.year) where.push(sql`p.year = ${query.year}`);
  const rows = await queryRows<
    PlanRow & { total: number; overdue: number; done: number; n: number | string }
  >(
    db,
    sql`SELECT p.*, u.code AS unit_code, u.full_name AS unit_name, u.path AS unit_path, a.full_name AS area_name,
               d.title, d.number, d.current_version, d.issued_version, c.total, c.overdue, c.done,
               count(*) OVER () AS n
        FROM plans p JOIN units u ON u.id = p.unit_id JOIN units a ON a.id = p.area_unit_id
        JOIN documents d ON d.id = p.document_id
        CROSS JOIN LATERAL (SELECT ${COUNTS_SQL(today)} FROM tasks t WHERE t.plan_id = p.id) c
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY p.updated_at DESC, p.id DESC
        LIMIT ${query.limit} OFFSET ${query.offset}`,
  );
  return { items: rows.map((r) => summaryOf(r, r)), total: Number(rows[0]?.n ?? 0) };
}

export async function getPlan(db: Db, actor: Actor, id: number): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const today = todayInVietnam();
  const [counts] = await queryRows<{ total: number; overdue: number; done: number }>(
    db,
    sql`SELECT ${COUNTS_SQL(today)} FROM tasks t WHERE t.plan_id = ${id}`,
  );
  const [doc] = await db.select().from(documents).where(eq(documents.id, plan.document_id));
  const versions = await db
    .select({ version: documentVersions.version, createdAt: documentVersions.createdAt })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, plan.document_id))
    .orderBy(asc(documentVersions.version));
  const { items: taskItems } = await selectTasks(db, sql`t.plan_id = ${id}`, null);
  const parent = plan.parent_plan_id ? await findPlan(db, plan.parent_plan_id) : null;
  const children = await queryRows<{ id: number; title: string; unit_name: string; status: PlanStatus }>(
    db,
    sql`SELECT p.id, d.title, u.full_name AS unit_name, p.status FROM plans p
        JOIN documents d ON d.id = p.document_id JOIN units u ON u.id = p.unit_id
        WHERE p.parent_plan_id = ${id} ORDER BY p.id`,
  );
  const warnings = [
    ...new Set(
      taskItems.flatMap((t) =>
        [...t.lead, ...t.support]
          .filter((p) => !p.matched)
          .map((p) => `"${p.name}" chưa khớp đơn vị nào; đang giao cho ${p.unitName}.`),
      ),
    ),
    ...taskItems.flatMap((t) =>
      t.warning && t.parentTaskId === null ? [`Nhiệm vụ ${t.position}: ${t.warning}`] : [],
    ),
  ];
  const editable = canEdit(actor, plan.unit_path);
  return {
    ...summaryOf(plan, counts!),
    document: {
      id: doc!.id,
      unitCode: plan.unit_code,
      kind: 'KH',
      title: doc!.title,
      status: doc!.status as 'draft' | 'issued',
      number: doc!.number,
      issuedDate: doc!.issuedDate,
      currentVersion: doc!.currentVersion,
      createdAt: doc!.createdAt.toISOString(),
      updatedAt: doc!.updatedAt.toISOString(),
    },
    draft: await versionDraft(db, plan.document_id, doc!.currentVersion),
    printParts: plan.print_parts,
    budget: (plan.budget as PlanBudget | null) ?? null,
    parentPlan: parent ? { id: parent.id, title: parent.title, number: parent.number } : null,
    childPlans: children.map((c) => ({ id: c.id, title: c.title, unitName: c.unit_name, status: c.status })),
    targets: await listTargets(db, id),
    tasks: taskItems,
    cascades: await listCascades(db, id),
    resultsSummary: plan.results_summary,
    versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt.toISOString() })),
    issuedVersion: doc!.issuedVersion,
    warnings,
    permissions: {
      canEdit: editable && !['submitted', 'approved', 'closed'].includes(plan.status),
      canApprove: editable && APPROVER_ROLES.has(actor.role) && plan.status === 'submitted',
      canIssue: editable && plan.status === 'approved',
      canReport: editable,
    },
  };
}

export async function planVersion(db: Db, actor: Actor, id: number, version: number) {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, plan.document_id), eq(documentVersions.version, version)));
  if (!row) throw new AppError('NOT_FOUND', `Kế hoạch không có phiên bản ${version}.`);
  return { version: row.version, createdAt: row.createdAt.toISOString(), draft: row.draft };
}

/** The draft to print: the issued version unless another is asked for. */
export async function planFileDraft(db: Db, actor: Actor, id: number, version?: number) {
  const plan = await findPlan(db, id);
  assertViewsPlan(actor, plan.area_path);
  const v = version ?? plan.issued_version ?? plan.current_version;
  return { draft: (await planVersion(db, actor, id, v)).draft as DocumentDraft, unitId: plan.unit_id };
}
