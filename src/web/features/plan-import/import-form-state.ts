import type { DocumentDraft } from '../../../contracts/documents';
import type { CreatePlanBody } from '../../../contracts/plans';
import type { UnitSummary } from '../../../contracts/units';
import { importVi } from '../../i18n/import.vi';
import { draftToForm } from '../documents/draft-form-state';
import { planYear } from '../plans/deadline-phrase';
import {
  formToCreateBody,
  newKey,
  validatePlanForm,
  type PlanForm,
  type PlanFormErrors,
} from '../plans/plan-form-state';
import type { ImportedDraft, NameResolution } from './plan-import.queries';

/** The ký hiệu of a number as printed: "34/KH-BCĐ" → "KH-BCĐ"; null without one. */
export function symbolOf(number: string | null): string | null {
  const slash = number?.indexOf('/') ?? -1;
  const symbol = slash >= 0 ? number!.slice(slash + 1).trim() : '';
  return symbol === '' ? null : symbol;
}

/**
 * An imported draft as the plan editor's form: every part editable, printed as its sections were read
 * (printParts false), the year from its date, else its title, else `fallbackYear`. The number is not kept (the plan is
 * saved as a draft and numbered when issued here); its ký hiệu is.
 */
export function importedPlanForm(
  draft: ImportedDraft,
  unit: UnitSummary | null,
  fallbackYear: number,
): PlanForm {
  const dated = draft.date ? Number(draft.date.slice(0, 4)) : NaN;
  const year = dated >= 1945 && dated <= 2100 ? dated : planYear(draft.title, fallbackYear);
  const asContract: DocumentDraft = { ...draft, kind: 'KH', conference: draft.conference ?? null };
  return {
    doc: {
      ...draftToForm(asContract),
      kind: 'KH',
      unit,
      symbol: draft.symbol ?? symbolOf(draft.number) ?? '',
    },
    year,
    targets: draft.targets.map((target) => ({
      key: newKey(),
      id: null,
      text: target.text,
      indicator: target.indicator,
      comparator: target.comparator,
      value: target.value ?? '',
      unit: target.unit ?? '',
      year,
      appliesTo: null,
    })),
    tasks: draft.tasks.map((task) => ({
      key: newKey(),
      id: null,
      text: task.text,
      lead: task.lead,
      support: task.support,
      deadline: task.deadline?.raw ?? '',
    })),
    budgetSource: draft.budget?.source ?? '',
    budgetLines: (draft.budget?.lines ?? []).map((line) => ({
      key: newKey(),
      text: line.text,
      amount: line.amount ?? '',
    })),
    partyIds: {},
    printParts: false,
  };
}

/** The form's checks, with a message for the one required field the contract leaves unnamed (the place). */
export function checkImportedForm(form: PlanForm): { draft: DocumentDraft | null; errors: PlanFormErrors } {
  const checked = validatePlanForm(form);
  if (checked.errors.doc.place && form.doc.place.trim() === '')
    checked.errors.doc.place = importVi.review.missingPlace;
  return checked;
}

/** How many fields still need the user: one per form field or row in error. */
export function errorCount(errors: PlanFormErrors): number {
  const rows = Object.values(errors.tasks).reduce((n, e) => n + (e.text ? 1 : 0) + (e.lead ? 1 : 0), 0);
  return (
    Object.keys(errors.doc).length +
    Object.keys(errors.targets).length +
    rows +
    Object.keys(errors.budget).length
  );
}

/**
 * POST /api/plans for the reviewed plan: a draft printed as read, with the year the review settled and the
 * conference the importer read (kept for the conference module).
 */
export function importCreateBody(
  form: PlanForm,
  checked: DocumentDraft,
  imported: ImportedDraft,
): CreatePlanBody {
  return {
    ...formToCreateBody(form, { ...checked, conference: imported.conference ?? null }, null),
    printParts: false,
    year: form.year,
  };
}

/** Every lead and coordinating name of the form, once each, sorted (the key of the resolution query). */
export function partyNamesOf(form: Pick<PlanForm, 'tasks'>): string[] {
  const names = new Set<string>();
  for (const task of form.tasks)
    for (const name of [...task.lead, ...task.support]) if (name.trim() !== '') names.add(name.trim());
  return [...names].sort((a, b) => a.localeCompare(b, 'vi'));
}

// The server matches from 0.7; below this a match is shown as approximate and offered for mapping.
const SURE_CONFIDENCE = 0.9;

export type ResolutionTone = 'sure' | 'close' | 'collective' | 'position' | 'unmatched';

/** How a name's resolution is shown, and whether the user is offered to map it by hand. */
export function resolutionTone(resolution: NameResolution): { tone: ResolutionTone; canMap: boolean } {
  switch (resolution.kind) {
    case 'unit': {
      const isSure = resolution.mapped || resolution.confidence >= SURE_CONFIDENCE;
      return { tone: isSure ? 'sure' : 'close', canMap: !isSure };
    }
    case 'collective':
      return { tone: 'collective', canMap: false };
    case 'position':
      return { tone: 'position', canMap: false };
    case 'unmatched':
      return { tone: 'unmatched', canMap: true };
  }
}
