import type { presentations } from '../../../db/schema/conferences';
import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type {
  Presentation,
  PresentationInput,
  ReviewBody,
  UpdatePresentationBody,
} from '../../../../contracts/conferences';
import type { z } from 'zod';
import { addDays, todayInVietnam } from '../../../../core/dates/vn-dates';
import type { Actor } from '../../../platform/actor';
import { PartyResolver } from '../../plans/parties';
import {
  assertChangesConference,
  assertViewsConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from '../conference/conference-access.service';
import { notifyUnits } from '../../notifications/notifications.service';
import {
  deletePresentationRows,
  findPresentation,
  findUnit,
  insertPresentationEvents,
  insertPresentationLast,
  itemOfConference,
  lockPresentationOrder,
  placePresentation,
  planPresentationFacts,
  presentationMinutes,
  renumberPresentations,
  selectPresentations,
  unitName,
  updatePresentationRow,
  type PresentationContext,
  type PresentationRow,
} from './presentations.repo';
import { presentationsMessages as m } from './presentations.messages';

/** A missing tham luận (assigned, or sent back for changes) is overdue once its due date has passed. */
const presented =
  (today: string) =>
  (r: PresentationRow): Presentation => ({
    ...r,
    overdue:
      r.dueDate !== null &&
      r.dueDate < today &&
      (r.status === 'assigned' || r.status === 'changes_requested'),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    events: r.events.map((e) => ({ ...e, at: e.at.toISOString() })),
  });

/** The tham luận of a conference in order (or some of them), as of `today`. */
export async function listPresentations(
  db: Db,
  conferenceId: number,
  today: string,
  ids?: number[],
): Promise<Presentation[]> {
  return (await selectPresentations(db, conferenceId, ids)).map(presented(today));
}

/** The tham luận of a conference, for anyone who reads the conference. */
export async function presentationsOf(
  db: Db,
  actor: Actor,
  conferenceId: number,
  today: string,
): Promise<Presentation[]> {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  return listPresentations(db, conferenceId, today);
}

export async function requirePresentation(db: Db, id: number): Promise<PresentationContext> {
  const found = await findPresentation(db, id);
  if (!found) throw notFound(m.notFound(id));
  return found;
}

export async function onePresentation(
  db: Db,
  conferenceId: number,
  id: number,
  today: string,
): Promise<Presentation> {
  const [one] = await listPresentations(db, conferenceId, today, [id]);
  return one!;
}

/** A tham luận and its conference, for a change only the organiser may make. */
async function forOrganiser(db: Db, actor: Actor, id: number) {
  const presentation = await requirePresentation(db, id);
  const conference = await requireConference(db, presentation.conferenceId);
  assertChangesConference(actor, conference);
  return { presentation, conference };
}

const UNIT_CODE = /^\d+(-[A-Z0-9]+)*$/;

/**
 * The unit a tham luận is assigned to: by id or code (inside the conference's area), or by name resolved in that area
 * as plans resolve their parties; a name that matches no single unit is kept as text.
 */
async function resolveUnitRef(
  db: Db,
  conference: ConferenceRow,
  ref: number | string,
  today: string,
): Promise<{ unitId: number | null; unitName: string | null }> {
  if (typeof ref === 'number' || UNIT_CODE.test(ref)) {
    const unit = await findUnit(db, ref);
    if (!unit)
      throw new AppError('VALIDATION_FAILED', m.unitNotFound(ref), [
        { path: 'unit', message: m.unitNotFoundField },
      ]);
    if (!unit.path.startsWith(conference.areaPath))
      throw new AppError('OUT_OF_SCOPE', m.outOfArea(unit.full_name), { unit: ref });
    return { unitId: unit.id, unitName: null };
  }
  const resolver = await PartyResolver.forArea(
    db,
    {
      unitId: conference.areaUnitId,
      path: conference.areaPath,
      name: (await unitName(db, conference.areaUnitId)) ?? '',
    },
    today,
  );
  const { parties } = await resolver.resolve(db, [ref]);
  const only = parties.length === 1 ? parties[0]! : null;
  if (only && only.matched && only.position === null) return { unitId: only.unitId, unitName: null };
  return { unitId: null, unitName: ref.trim() };
}

/** What the conference's plan said about its tham luận (minutes, "nộp trước N ngày"), when it came from a plan. */
async function planFacts(db: Db, conference: ConferenceRow) {
  if (conference.planId === null) return null;
  return planPresentationFacts(db, conference.planId);
}

function checkMinutes(min: number | null | undefined, max: number | null | undefined) {
  if (min != null && max != null && min > max)
    throw new AppError('VALIDATION_FAILED', m.minutesReversed, [
      { path: 'minMinutes', message: m.minutesReversedField },
    ]);
}

/** Assigns a tham luận; minutes and the due date default to what the conference's plan said. */
export async function createPresentation(
  db: Db,
  actor: Actor,
  conferenceId: number,
  input: PresentationInput,
  today: string,
): Promise<Presentation> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const facts = await planFacts(db, conference);
  const minMinutes = input.minMinutes !== undefined ? input.minMinutes : (facts?.minMinutes ?? null);
  const maxMinutes = input.maxMinutes !== undefined ? input.maxMinutes : (facts?.maxMinutes ?? null);
  checkMinutes(minMinutes, maxMinutes);
  const dueDate =
    input.dueDate !== undefined
      ? input.dueDate
      : conference.date && facts?.dueDaysBefore
        ? addDays(conference.date, -facts.dueDaysBefore)
        : null;
  const unit =
    input.unit == null
      ? { unitId: null, unitName: null }
      : await resolveUnitRef(db, conference, input.unit, today);
  const id = await db.transaction(async (tx) => {
    const presentationId = await insertPresentationLast(tx, {
      conferenceId,
      topic: input.topic,
      ...unit,
      presenter: input.presenter ?? null,
      minMinutes,
      maxMinutes,
      dueDate,
    });
    await auditConference(tx, actor, conference, 'presentation.create', {
      entityType: 'presentation',
      entityId: presentationId,
      after: { topic: input.topic, ...unit, minMinutes, maxMinutes, dueDate },
    });
    return presentationId;
  });
  return onePresentation(db, conferenceId, id, today);
}

/** Changes the fields given; `position` moves it in the order, `itemId` places it in the programme. */
export async function updatePresentation(
  db: Db,
  actor: Actor,
  id: number,
  body: UpdatePresentationBody,
  today: string,
): Promise<Presentation> {
  const { presentation, conference } = await forOrganiser(db, actor, id);
  const set: Partial<typeof presentations.$inferInsert> = {};
  if (body.topic !== undefined) set.topic = body.topic;
  if (body.presenter !== undefined) set.presenter = body.presenter;
  if (body.minMinutes !== undefined) set.minMinutes = body.minMinutes;
  if (body.maxMinutes !== undefined) set.maxMinutes = body.maxMinutes;
  if (body.dueDate !== undefined) set.dueDate = body.dueDate;
  if (body.unit !== undefined)
    Object.assign(
      set,
      body.unit === null
        ? { unitId: null, unitName: null }
        : await resolveUnitRef(db, conference, body.unit, today),
    );
  if (body.minMinutes !== undefined || body.maxMinutes !== undefined) {
    const current = await presentationMinutes(db, id);
    checkMinutes(set.minMinutes ?? current.min, set.maxMinutes ?? current.max);
  }
  if (body.itemId != null) {
    if (!(await itemOfConference(db, conference.id, body.itemId)))
      throw notFound(m.itemNotFound(body.itemId));
  }
  await db.transaction(async (tx) => {
    if (Object.keys(set).length > 0) await updatePresentationRow(tx, id, set);
    if (body.position !== undefined) await move(tx, presentation, body.position);
    if (body.itemId !== undefined) {
      // The programme (helper A1's PUT) owns conference_items; placing writes only its presentation_id column.
      await placePresentation(tx, conference.id, id, body.itemId);
    }
    await auditConference(tx, actor, conference, 'presentation.update', {
      entityType: 'presentation',
      entityId: id,
      before: { topic: presentation.topic, position: presentation.position, unitId: presentation.unitId },
      after: body,
    });
  });
  return onePresentation(db, conference.id, id, today);
}

/** Moves one tham luận to a position (1 = first) and numbers the others of its conference around it. */
async function move(tx: Db, presentation: PresentationContext, position: number): Promise<void> {
  const rows = await lockPresentationOrder(tx, presentation.conferenceId);
  const others = rows.filter((i) => i !== presentation.id);
  const at = Math.min(Math.max(position, 1), others.length + 1) - 1;
  const order = [...others.slice(0, at), presentation.id, ...others.slice(at)];
  await renumberPresentations(tx, order);
}

/** Removes a tham luận with its file and record, and takes it out of the programme. */
export async function deletePresentation(db: Db, actor: Actor, id: number): Promise<void> {
  const { presentation, conference } = await forOrganiser(db, actor, id);
  await db.transaction(async (tx) => {
    await deletePresentationRows(tx, conference.id, id);
    await auditConference(tx, actor, conference, 'presentation.delete', {
      entityType: 'presentation',
      entityId: id,
      before: {
        topic: presentation.topic,
        unitId: presentation.unitId,
        unitName: presentation.unitName,
        status: presentation.status,
        hadFile: presentation.hasFile,
      },
    });
  });
}

const REVIEW_NOTICES = {
  approve: { kind: 'presentation.approved', title: m.approvedTitle },
  request_changes: { kind: 'presentation.changes_requested', title: m.changesRequestedTitle },
} as const;

/**
 * The organiser's review: duyệt (approve) or yêu cầu sửa (request_changes, with a comment), or a comment alone. Each
 * is an event with its author; the assigned unit is notified of a verdict.
 */
export async function reviewPresentation(
  db: Db,
  actor: Actor,
  id: number,
  body: z.infer<typeof ReviewBody>,
  now: Date,
): Promise<Presentation> {
  const { presentation, conference } = await forOrganiser(db, actor, id);
  const comment = body.comment?.trim() || null;
  if (body.verdict !== 'approve' && !comment)
    throw new AppError(
      'VALIDATION_FAILED',
      body.verdict === 'request_changes' ? m.changesMissing : m.commentMissing,
      [{ path: 'comment', message: m.commentMissingField }],
    );
  if (body.verdict !== 'comment' && !presentation.hasFile) throw new AppError('CONFLICT', m.noFileToReview);
  const status =
    body.verdict === 'approve'
      ? 'approved'
      : body.verdict === 'request_changes'
        ? 'changes_requested'
        : presentation.status;
  await db.transaction(async (tx) => {
    if (body.verdict !== 'comment')
      await updatePresentationRow(tx, id, { status, reviewedAt: now, reviewedBy: actor.id || null });
    await insertPresentationEvents(tx, [
      { presentationId: id, kind: body.verdict, text: comment, byUser: actor.id || null },
    ]);
    if (body.verdict !== 'comment' && presentation.unitId !== null) {
      const notice = REVIEW_NOTICES[body.verdict];
      await notifyUnits(tx, [
        {
          unitId: presentation.unitId,
          kind: notice.kind,
          title: notice.title,
          body: m.reviewNotice(presentation.topic, conference.title, comment),
          conferenceId: conference.id,
        },
      ]);
    }
    await auditConference(tx, actor, conference, `presentation.${body.verdict}`, {
      entityType: 'presentation',
      entityId: id,
      before: { status: presentation.status },
      after: { status, comment },
    });
  });
  return onePresentation(db, conference.id, id, todayInVietnam(now));
}
