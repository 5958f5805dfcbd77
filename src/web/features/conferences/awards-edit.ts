import type { AwardBatch, AwardsBody } from '../../../contracts/conferences';

/** The award list as the editor holds it: texts as typed, each row with a key that survives moves. */
export type AwardeeKind = AwardBatch['awardees'][number]['kind'];
export interface AwardeeDraft {
  key: string;
  kind: AwardeeKind;
  name: string;
  detail: string;
  awardForm: string;
  decisionNumber: string;
}
export interface BatchDraft {
  key: string;
  title: string;
  presenter: string;
  awardees: AwardeeDraft[];
}

let counter = 0;
const nextKey = () => `k${++counter}`;

export const newAwardee = (previous?: AwardeeDraft): AwardeeDraft => ({
  key: nextKey(),
  // A new row repeats the kind, award form and decision of the row above: lists come in runs of the same award.
  kind: previous?.kind ?? 'individual',
  name: '',
  detail: '',
  awardForm: previous?.awardForm ?? '',
  decisionNumber: previous?.decisionNumber ?? '',
});

export const newBatch = (title = ''): BatchDraft => ({ key: nextKey(), title, presenter: '', awardees: [] });

export function toDrafts(batches: readonly AwardBatch[]): BatchDraft[] {
  return [...batches]
    .sort((a, b) => a.position - b.position)
    .map((batch) => ({
      key: nextKey(),
      title: batch.title,
      presenter: batch.presenter ?? '',
      awardees: [...batch.awardees]
        .sort((a, b) => a.position - b.position)
        .map((a) => ({
          key: nextKey(),
          kind: a.kind,
          name: a.name,
          detail: a.detail ?? '',
          awardForm: a.awardForm,
          decisionNumber: a.decisionNumber ?? '',
        })),
    }));
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The body of PUT /api/conferences/:id/awards, in the order shown. */
export function toBody(drafts: readonly BatchDraft[]): AwardsBody {
  return {
    batches: drafts.map((batch) => ({
      title: batch.title.trim(),
      presenter: orNull(batch.presenter),
      awardees: batch.awardees.map((a) => ({
        kind: a.kind,
        name: a.name.trim(),
        detail: orNull(a.detail),
        awardForm: a.awardForm.trim(),
        decisionNumber: orNull(a.decisionNumber),
      })),
    })),
  };
}

/** Whether every required text is filled (batch title; each awardee's name and award form). */
export function isComplete(drafts: readonly BatchDraft[]): boolean {
  return drafts.every(
    (batch) =>
      batch.title.trim() !== '' &&
      batch.awardees.every((a) => a.name.trim() !== '' && a.awardForm.trim() !== ''),
  );
}

/** The list with the item at `index` moved by `delta` places (clamped to the ends). */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, index + delta));
  if (index < 0 || index >= list.length || target === index) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((current, i) => (i === index ? item : current));
