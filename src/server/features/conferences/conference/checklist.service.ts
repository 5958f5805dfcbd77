import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { ChecklistItem, ChecklistItemInput } from '../../../../contracts/conferences';
import { dayBefore, todayInVietnam } from '../../../../core/dates/vn-dates';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Actor } from '../../../platform/actor';
import {
  assertChangesConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from './conference-access.service';
import { conferenceUnitRefs } from '../points/points.service';
import {
  checklistTexts,
  conferenceFormat,
  deleteChecklistRow,
  findChecklistItem,
  insertChecklistItems,
  nextChecklistPosition,
  pointsForChecklist,
  selectChecklist,
  updateChecklistRow,
} from './checklist.repo';
import { CHECKLIST_TEMPLATE, conferenceMessages as m } from './conference.messages';

export async function listChecklist(db: Db, conferenceId: number, ids?: number[]): Promise<ChecklistItem[]> {
  const rows = await selectChecklist(db, conferenceId, ids);
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    text: r.text,
    unitId: r.unit_id,
    unitName: r.unit_name,
    dueDate: r.due_date,
    done: r.done,
    doneAt: r.done_at?.toISOString() ?? null,
    note: r.note,
  }));
}

/** The unit in charge of an item: it must be a known unit (a name is matched in the host's area). */
async function ownerOf(
  db: Db,
  conference: ConferenceRow,
  ref: number | string | null | undefined,
  today: string,
) {
  if (ref === null || ref === undefined) return null;
  const unit = await (await conferenceUnitRefs(db, conference, today)).resolve(db, ref);
  if (unit.unitId === null)
    throw new AppError('VALIDATION_FAILED', m.unitNotInArea(unit.name), [
      { path: 'unit', message: m.unitNotFound },
    ]);
  return unit;
}

const doneBy = (actor: Actor) => (actor.id > 0 ? actor.id : null);

export async function addChecklistItem(
  db: Db,
  actor: Actor,
  conferenceId: number,
  input: ChecklistItemInput,
  now: Date,
): Promise<ChecklistItem> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const unit = await ownerOf(db, conference, input.unit, todayInVietnam(now));
  const id = await db.transaction(async (tx) => {
    const [itemId] = await insertChecklistItems(tx, [
      {
        conferenceId,
        position: await nextChecklistPosition(tx, conferenceId),
        text: input.text,
        unitId: input.unit === undefined ? conference.unitId : (unit?.unitId ?? null),
        dueDate: input.dueDate ?? null,
        done: input.done ?? false,
        doneAt: input.done ? now : null,
        doneBy: input.done ? doneBy(actor) : null,
        note: input.note ?? null,
      },
    ]);
    await auditConference(tx, actor, conference, 'conference.checklist.add', {
      entityType: 'conference_checklist',
      entityId: itemId!,
      after: input,
    });
    return itemId!;
  });
  return (await listChecklist(db, conferenceId, [id]))[0]!;
}

async function requireItem(db: Db, id: number) {
  const item = await findChecklistItem(db, id);
  if (!item) throw notFound(m.checklistItemNoun, { id });
  return { item, conference: await requireConference(db, item.conferenceId) };
}

export async function updateChecklistItem(
  db: Db,
  actor: Actor,
  id: number,
  input: Partial<ChecklistItemInput>,
  now: Date,
): Promise<ChecklistItem> {
  const { item, conference } = await requireItem(db, id);
  assertChangesConference(actor, conference);
  const unit = await ownerOf(db, conference, input.unit, todayInVietnam(now));
  await db.transaction(async (tx) => {
    await updateChecklistRow(tx, id, {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.unit !== undefined ? { unitId: unit?.unitId ?? null } : {}),
      ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.done !== undefined && input.done !== item.done
        ? {
            done: input.done,
            doneAt: input.done ? now : null,
            doneBy: input.done ? doneBy(actor) : null,
          }
        : {}),
    });
    await auditConference(tx, actor, conference, 'conference.checklist.update', {
      entityType: 'conference_checklist',
      entityId: id,
      before: { text: item.text, done: item.done, unitId: item.unitId, dueDate: item.dueDate },
      after: input,
    });
  });
  return (await listChecklist(db, conference.id, [id]))[0]!;
}

export async function deleteChecklistItem(db: Db, actor: Actor, id: number): Promise<void> {
  const { item, conference } = await requireItem(db, id);
  assertChangesConference(actor, conference);
  await db.transaction(async (tx) => {
    await deleteChecklistRow(tx, id);
    await auditConference(tx, actor, conference, 'conference.checklist.delete', {
      entityType: 'conference_checklist',
      entityId: id,
      before: { text: item.text, done: item.done },
    });
  });
}

const sameText = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();

/**
 * Adds the template's items that the checklist lacks (compared by text, so adding it twice adds nothing), each for
 * the host unit (a point's line for its own unit), due the day before a dated conference. Returns the whole list.
 */
export async function addChecklistTemplate(
  db: Db,
  actor: Actor,
  conferenceId: number,
): Promise<ChecklistItem[]> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const points =
    (await conferenceFormat(db, conferenceId)) === 'in_person'
      ? []
      : await pointsForChecklist(db, conferenceId);
  const wanted = CHECKLIST_TEMPLATE.flatMap((text) =>
    text !== null
      ? [{ text, unitId: conference.unitId }]
      : points.map((p) => ({
          text: m.checkTransmission(p.name),
          unitId: p.unit_id ?? conference.unitId,
        })),
  );
  const dueDate = conference.date ? dayBefore(conference.date) : null;
  await db.transaction(async (tx) => {
    const existing = new Set((await checklistTexts(tx, conferenceId)).map(sameText));
    const missing = wanted.filter((w) => !existing.has(sameText(w.text)));
    if (missing.length === 0) return;
    const start = await nextChecklistPosition(tx, conferenceId);
    await insertChecklistItems(
      tx,
      missing.map((m, i) => ({
        conferenceId,
        position: start + i,
        text: m.text,
        unitId: m.unitId,
        dueDate,
      })),
    );
    await auditConference(tx, actor, conference, 'conference.checklist.template', {
      after: { added: missing.map((m) => m.text) },
    });
  });
  return listChecklist(db, conferenceId);
}
