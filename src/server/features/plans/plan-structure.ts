import { asc, eq, sql } from 'drizzle-orm';
import { documents, documentVersions } from '../../db/schema/documents';
import { planTargets, plans, taskParties, tasks as tasksTable } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { DocumentDraft } from '../../../contracts/documents';
import type { PlanBudget, TargetInput, TaskInput } from '../../../contracts/plans';
import { occurrences } from '../../../core/dates/time-phrases';
import { formalDate } from '../../../core/dates/vn-dates';
import type { Actor } from '../auth/actor';
import { assertCanEdit, canView } from '../auth/scope';
import { recordAudit } from '../audit/audit.service';
import { versionDraft } from '../documents/documents.service';
import { resolveUnit } from '../units/units.service';
import type { PartyResolver } from './parties';
import { type PlanArea } from './parties';
import { selectTasks, type PlanRow } from './plans.repo';
import { storedDeadline } from './deadlines';

/** Who approves a plan submitted by an officer. */
export const APPROVER_ROLES = new Set(['leader', 'unit_admin', 'system_admin']);

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
      // A collective party ("UBND các xã") is one row per unit, printed once by its name.
      lead: [...new Set(t.lead.map((p) => p.name))],
      support: [...new Set(t.support.map((p) => p.name))],
      deadline: t.deadline ? { raw: t.deadline.raw, from: t.deadline.from, to: t.deadline.to } : null,
    })),
    budget: budget ? { source: budget.source, lines: budget.lines } : null,
  };
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

/**
 * The plan's editors: an editing role whose capture scope holds the plan's issuing unit. They change its text and
 * structure and own what hangs off it (its conference).
 */
export function assertEditsPlan(actor: Actor, plan: Pick<PlanRow, 'unit_path'>): void {
  assertCanEdit(actor, plan.unit_path);
}

/** Structure may change while a plan is a draft, and as an amendment once issued; not while it awaits approval. */
export function assertStructureEditable(actor: Actor, plan: PlanRow): void {
  assertEditsPlan(actor, plan);
  if (plan.status === 'submitted' || plan.status === 'approved')
    throw new AppError('CONFLICT', 'Kế hoạch đang chờ duyệt hoặc đã duyệt; trả lại dự thảo trước khi sửa.', {
      status: plan.status,
    });
  if (plan.status === 'closed') throw new AppError('CONFLICT', 'Kế hoạch đã kết thúc, không sửa được.');
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
