import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { DocumentDraft } from '../../../contracts/documents';
import type {
  Comparator,
  CreatePlanBody,
  Party,
  PartyRef,
  PlanBudget,
  PlanDetail,
  TargetInput,
  TaskInput,
} from '../../../contracts/plans';
import type { UnitSummary } from '../../../contracts/units';
import { plansVi } from '../../i18n/plans.vi';
import {
  draftErrors,
  draftToForm,
  emptyForm,
  formToDraft,
  type DraftErrors,
  type DraftForm,
} from '../documents/draft-form-state';
import { deadlineInput, planYear } from './deadline-phrase';

type ComparatorValue = z.infer<typeof Comparator>;
type PartyRefValue = z.infer<typeof PartyRef>;

/** A row of a list in the form; `key` is React's, `id` the saved row's (null for a new one). */
interface Row {
  key: string;
  id: number | null;
}

export interface TargetRow extends Row {
  text: string;
  indicator: string;
  comparator: ComparatorValue | null;
  value: number | '';
  unit: string;
  year: number | '';
  /** Kept as saved (the form does not edit it). */
  appliesTo: string | null;
}

export interface TaskRow extends Row {
  text: string;
  /** Names as printed: a unit's name picked from the list, or a position typed in. */
  lead: string[];
  support: string[];
  deadline: string;
}

export interface BudgetRow {
  key: string;
  text: string;
  amount: number | '';
}

/** The plan editor's state: the document fields of the documents editor, plus the plan's own parts. */
export interface PlanForm {
  doc: DraftForm;
  year: number;
  targets: TargetRow[];
  tasks: TaskRow[];
  budgetSource: string;
  budgetLines: BudgetRow[];
  /** Names picked from the unit list → the unit's id, so the server need not match the name again. */
  partyIds: Record<string, number>;
  /**
   * Whether targets, tasks and budget print as generated parts: true for plans written here; false for an imported
   * plan, whose sections already carry them as printed (its rows are then for follow-up only).
   */
  printParts: boolean;
}

let nextKey = 0;
export const newKey = (): string => `row-${++nextKey}`;

export const emptyTarget = (year: number): TargetRow => ({
  key: newKey(),
  id: null,
  text: '',
  indicator: '',
  comparator: '>=',
  value: '',
  unit: '',
  year,
  appliesTo: null,
});

export const emptyTask = (): TaskRow => ({
  key: newKey(),
  id: null,
  text: '',
  lead: [],
  support: [],
  deadline: '',
});

export const emptyBudgetLine = (): BudgetRow => ({ key: newKey(), text: '', amount: '' });

export function emptyPlanForm(unit: UnitSummary | null, year: number): PlanForm {
  return {
    doc: { ...emptyForm(unit), kind: 'KH', body: plansVi.editor.bodyTemplate },
    year,
    targets: [],
    tasks: [],
    budgetSource: '',
    budgetLines: [],
    partyIds: {},
    printParts: true,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (value: number | '') => (value === '' ? null : value);

export function targetInput(row: TargetRow): TargetInput {
  return {
    text: row.text.trim(),
    indicator: orNull(row.indicator),
    comparator: row.comparator,
    value: numberOrNull(row.value),
    unit: orNull(row.unit),
    year: numberOrNull(row.year),
    ...(row.appliesTo ? { appliesTo: row.appliesTo } : {}),
  };
}

const partyRefs = (names: string[], ids: Record<string, number>): PartyRefValue[] =>
  names.map((name) => ids[name] ?? name.trim()).filter((ref) => ref !== '');

export function taskInput(row: TaskRow, form: Pick<PlanForm, 'partyIds' | 'year'>): TaskInput {
  return {
    text: row.text.trim(),
    lead: partyRefs(row.lead, form.partyIds),
    support: partyRefs(row.support, form.partyIds),
    deadline: deadlineInput(row.deadline, form.year),
  };
}

export function budgetOf(form: PlanForm): PlanBudget | null {
  const lines = form.budgetLines
    .filter((l) => l.text.trim() !== '' || l.amount !== '')
    .map((l) => ({ text: l.text.trim(), amount: numberOrNull(l.amount) }));
  const source = form.budgetSource.trim();
  return source === '' && lines.length === 0 ? null : { source, lines };
}

function draftDeadline(raw: string, year: number) {
  const deadline = deadlineInput(raw, year);
  return deadline && { raw: deadline.raw, from: deadline.from ?? null, to: deadline.to ?? null };
}

/** The plan as the draft the preview prints (kind KH, generated parts on); also the draft that is sent. */
export function planFormToDraft(form: PlanForm): DocumentDraft {
  return {
    ...formToDraft({ ...form.doc, kind: 'KH' }),
    printParts: form.printParts,
    targets: form.targets
      .filter((row) => row.text.trim() !== '')
      .map((row) => ({
        text: row.text.trim(),
        indicator: row.indicator.trim(),
        comparator: row.comparator,
        value: numberOrNull(row.value),
        unit: orNull(row.unit),
      })),
    tasks: form.tasks
      .filter((row) => row.text.trim() !== '')
      .map((row) => ({
        text: row.text.trim(),
        lead: row.lead,
        support: row.support,
        deadline: draftDeadline(row.deadline, form.year),
      })),
    budget: budgetOf(form),
  };
}

/** POST /api/plans for a new plan (the draft is checked by the caller; see validatePlanForm). */
export function formToCreateBody(
  form: PlanForm,
  draft: DocumentDraft,
  parentPlanId: number | null,
): CreatePlanBody {
  return {
    draft,
    ...(form.doc.unit ? { unit: form.doc.unit.code } : {}),
    targets: form.targets.map(targetInput),
    tasks: form.tasks.map((row) => taskInput(row, form)),
    budget: budgetOf(form),
    parentPlanId,
    printParts: form.printParts,
  };
}

export interface PlanFormErrors {
  doc: DraftErrors;
  /** By row key. */
  targets: Record<string, string>;
  tasks: Record<string, { text?: string; lead?: string }>;
  budget: Record<string, string>;
}

export const noErrors = (): PlanFormErrors => ({ doc: {}, targets: {}, tasks: {}, budget: {} });

export const hasErrors = (errors: PlanFormErrors): boolean =>
  [errors.doc, errors.targets, errors.tasks, errors.budget].some((part) => Object.keys(part).length > 0);

/** A task needs its text and at least one lead (the server refuses a task nobody leads). */
export function taskRowErrors(
  row: Pick<TaskRow, 'text' | 'lead'>,
): { text?: string; lead?: string } | undefined {
  const text = row.text.trim() === '' ? plansVi.tasks.missingText : undefined;
  const lead = row.lead.every((name) => name.trim() === '') ? plansVi.tasks.missingLead : undefined;
  return text || lead ? { text, lead } : undefined;
}

/** The rows the server would refuse, marked before sending: every task needs its text and a lead. */
export function rowErrors(form: PlanForm): Omit<PlanFormErrors, 'doc'> {
  const errors: Omit<PlanFormErrors, 'doc'> = { targets: {}, tasks: {}, budget: {} };
  for (const row of form.targets)
    if (row.text.trim() === '') errors.targets[row.key] = plansVi.targets.missingText;
  for (const row of form.tasks) {
    const found = taskRowErrors(row);
    if (found) errors.tasks[row.key] = found;
  }
  for (const row of form.budgetLines)
    if (row.text.trim() === '' && row.amount !== '') errors.budget[row.key] = plansVi.budget.missingText;
  return errors;
}

/** Checks the whole form: the draft against the contract, the rows by rowErrors. */
export function validatePlanForm(form: PlanForm): { draft: DocumentDraft | null; errors: PlanFormErrors } {
  const parsed = DocumentDraft.safeParse(planFormToDraft(form));
  const errors = { doc: parsed.success ? {} : draftErrors(parsed.error.issues), ...rowErrors(form) };
  return { draft: parsed.success && !hasErrors(errors) ? parsed.data : null, errors };
}

/**
 * validatePlanForm as useForm's `validate`: the messages under flat paths (`doc.title`, `targets.<row key>`,
 * `tasks.<row key>.text`, `budget.<row key>`; rows by key, which stays put when a row above is removed).
 */
export function planFormErrors(form: PlanForm): FormErrors {
  const { errors } = validatePlanForm(form);
  const flat: FormErrors = {};
  for (const [field, message] of Object.entries(errors.doc)) flat[`doc.${field}`] = message;
  for (const [key, message] of Object.entries(errors.targets)) flat[`targets.${key}`] = message;
  for (const [key, found] of Object.entries(errors.tasks))
    for (const [field, message] of Object.entries(found))
      if (message) flat[`tasks.${key}.${field}`] = message;
  for (const [key, message] of Object.entries(errors.budget)) flat[`budget.${key}`] = message;
  return flat;
}

/** useForm's flat errors (see planFormErrors) back into the parts the fieldsets show. */
export function planErrorsOf(flat: FormErrors): PlanFormErrors {
  const errors = noErrors();
  for (const [path, message] of Object.entries(flat)) {
    if (typeof message !== 'string') continue;
    const [part, key = '', field] = path.split('.');
    if (part === 'doc') errors.doc[key as keyof DraftForm] = message;
    else if (part === 'targets') errors.targets[key] = message;
    else if (part === 'budget') errors.budget[key] = message;
    else if (part === 'tasks' && (field === 'text' || field === 'lead'))
      errors.tasks[key] = { ...errors.tasks[key], [field]: message };
  }
  return errors;
}

/** The names of a task's parties as written, once each ("các thôn" stands for every village it was expanded to). */
export const partyNames = (parties: Party[]): string[] => [...new Set(parties.map((party) => party.name))];

/**
 * Names that stand for exactly one unit, with its id. A collective name ("Các thôn, tổ dân phố") expanded to several
 * units, or a position, is sent back as written so the server resolves it as before.
 */
export function partyIdsOf(parties: Party[]): Record<string, number> {
  const ids = new Map<string, Set<number>>();
  for (const party of parties) {
    if (!party.matched || party.position !== null) {
      ids.set(party.name, new Set([-1]));
      continue;
    }
    ids.set(party.name, (ids.get(party.name) ?? new Set()).add(party.unitId));
  }
  const result: Record<string, number> = {};
  for (const [name, set] of ids) {
    const [only] = [...set];
    if (set.size === 1 && only !== undefined && only > 0) result[name] = only;
  }
  return result;
}

/** Only what changed in a saved task, so that parties and deadlines left alone are not resolved again. */
export function changedTaskFields(before: TaskInput, after: TaskInput): Partial<TaskInput> {
  const changed: Partial<TaskInput> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (before.text !== after.text) changed.text = after.text;
  if (!same(before.lead, after.lead)) changed.lead = after.lead;
  if (!same(before.support, after.support)) changed.support = after.support;
  if (!same(before.deadline, after.deadline)) changed.deadline = after.deadline;
  return changed;
}

/** A saved plan back into the form, to edit it. */
export function detailToPlanForm(
  detail: PlanDetail,
  draft: DocumentDraft | null,
  unit: UnitSummary | null,
): PlanForm {
  const tasks = detail.tasks.filter((task) => task.parentTaskId === null);
  const partyIds = partyIdsOf(tasks.flatMap((task) => [...task.lead, ...task.support]));
  return {
    doc: { ...(draft ? draftToForm(draft) : emptyForm(null)), kind: 'KH', unit },
    // "… năm 2025" in the title wins over the year the server filed the plan under (the year it was written).
    year: planYear(draft?.title ?? detail.title, detail.year),
    targets: detail.targets.map((target) => ({
      key: newKey(),
      id: target.id,
      text: target.text,
      indicator: target.indicator ?? '',
      comparator: target.comparator,
      value: target.value ?? '',
      unit: target.unit ?? '',
      year: target.year ?? '',
      appliesTo: target.appliesTo?.code ?? null,
    })),
    // Occurrences of a recurring task (parentTaskId set) follow their task; the form edits the plan's own rows.
    tasks: tasks.map((task) => ({
      key: newKey(),
      id: task.id,
      text: task.text,
      lead: partyNames(task.lead),
      support: partyNames(task.support),
      deadline: task.deadline?.raw ?? '',
    })),
    budgetSource: detail.budget?.source ?? '',
    budgetLines: (detail.budget?.lines ?? []).map((line) => ({
      key: newKey(),
      text: line.text,
      amount: line.amount ?? '',
    })),
    partyIds,
    printParts: detail.printParts,
  };
}
