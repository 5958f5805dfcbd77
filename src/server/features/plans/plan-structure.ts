import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { DocumentDraft } from '../../../contracts/documents';
import type { PlanBudget, TargetInput, TaskInput } from '../../../contracts/plans';
import { occurrences } from '../../../core/dates/time-phrases';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../audit/audit.service';
import { versionDraft } from '../documents/documents.service';
import { resolveUnit } from '../units/units.service';
import type { PartyResolver } from './parties';
import type { PlanArea } from './parties';
import {
  findAreaUnit,
  findPlanRecord,
  insertDocumentVersion,
  lockDocumentVersion,
  updatePlanDocument,
  updatePlanRow,
  type PlanRow,
} from './plans.repo';
import { insertTaskParties, insertTasks, selectTasks } from './tasks.repo';
import { selectTargets } from './targets.repo';
import { storedDeadline } from './deadlines';
import { assertEditsPlan as assertEditsPlanFacts } from './plans.policy';
import { plansMessages as m } from './plans.messages';

/**
 * Who may see and change a plan is decided in plans.policy.ts; these names stay here for the features that import
 * them from this module (conferences): import them from './plans.policy' instead.
 */
export { assertViewsPlan, viewsPlan } from './plans.policy';

/** The administrative area a unit's plans govern: an organization's parent unit, or the unit itself. */
export async function areaOf(db: Db, unit: { id: number; level: string; parentId: number | null }) {
  const id = unit.level === 'organization' && unit.parentId ? unit.parentId : unit.id;
  return (await findAreaUnit(db, id)) satisfies PlanArea;
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
  const [taskId] = await insertTasks(tx, [values]);
  const ids = [taskId!];
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
      ids.push(
        ...(await insertTasks(
          tx,
          runs.map((r, i) => ({
            ...values,
            parentTaskId: taskId!,
            position: i + 1,
            deadlineRaw: m.occurrenceDeadline(deadline.raw, r.to),
            deadlineKind: 'range',
            deadlineFrom: r.from,
            deadlineTo: r.to,
            recurrence: null,
          })),
        )),
      );
    }
  }
  const parties = [
    ...lead.parties.map((p) => ({ ...p, role: 'lead' })),
    ...support.parties.map((p) => ({ ...p, role: 'support' })),
  ];
  if (parties.length > 0)
    await insertTaskParties(
      tx,
      ids.flatMap((taskId) => parties.map((p) => ({ ...p, taskId }))),
    );
  return { id: taskId!, warnings: [...lead.warnings, ...support.warnings] };
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
  today: string,
): Promise<number | null> {
  if (!code) return null;
  const unit = await resolveUnit(db, code, today);
  if (!unit.path.startsWith(area.path))
    throw new AppError('OUT_OF_SCOPE', m.outsideArea(unit.fullName, area.name));
  return unit.id;
}

/**
 * The draft a version stores: the plan's text with its current targets, tasks (names as written) and budget, so that
 * a version alone prints and diffs the whole plan.
 */
export async function snapshotDraft(
  db: Db,
  planId: number,
  base: DocumentDraft,
  today: string,
): Promise<DocumentDraft> {
  const plan = await findPlanRecord(db, planId);
  const targets = (await selectTargets(db, planId)).map((r) => r.target);
  const { items } = await selectTasks(db, { planId, topLevel: true }, today);
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
  now: Date,
  base?: DocumentDraft,
): Promise<number> {
  const current = await lockDocumentVersion(tx, plan.document_id);
  const previous = base ?? (await versionDraft(tx, plan.document_id, current));
  const draft = await snapshotDraft(tx, plan.id, previous, todayInVietnam(now));
  const version = current + 1;
  await insertDocumentVersion(tx, {
    documentId: plan.document_id,
    version,
    draft,
    createdBy: actor.id,
  });
  await updatePlanDocument(tx, plan.document_id, {
    title: draft.title,
    currentVersion: version,
    updatedAt: now,
  });
  await updatePlanRow(tx, plan.id, { updatedAt: now });
  return version;
}

/**
 * The plan's editors (plans.policy `assertEditsPlan`), for a plan's row: an editing role whose capture scope holds
 * the plan's issuing unit. They change its text and structure and own what hangs off it (its conference).
 */
export function assertEditsPlan(actor: Actor, plan: Pick<PlanRow, 'unit_path'>): void {
  assertEditsPlanFacts(actor, { unitPath: plan.unit_path });
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
