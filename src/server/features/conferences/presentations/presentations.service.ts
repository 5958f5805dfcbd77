import { and, eq, sql } from 'drizzle-orm';
import { conferenceItems, presentationEvents, presentations } from '../../../db/schema/conferences';
import { notifications } from '../../../db/schema/plans';
import { queryRows, type Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type {
  Presentation,
  PresentationInput,
  ReviewBody,
  UpdatePresentationBody,
} from '../../../../contracts/conferences';
import type { z } from 'zod';
import { addDays } from '../../../../core/dates/vn-dates';
import type { Actor } from '../../auth/actor';
import { PartyResolver } from '../../plans/parties';
import {
  assertChangesConference,
  assertViewsConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from '../conference/conference-access.service';
import { findPresentation, listPresentations, type PresentationContext } from './presentations.repo';

/** The tham luận of a conference, for anyone who reads the conference. */
export async function presentationsOf(db: Db, actor: Actor, conferenceId: number): Promise<Presentation[]> {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  return listPresentations(db, conferenceId);
}

export async function requirePresentation(db: Db, id: number): Promise<PresentationContext> {
  const found = await findPresentation(db, id);
  if (!found) throw notFound(`bài tham luận số ${id}`);
  return found;
}

export async function onePresentation(db: Db, conferenceId: number, id: number): Promise<Presentation> {
  const [one] = await listPresentations(db, conferenceId, [id]);
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
): Promise<{ unitId: number | null; unitName: string | null }> {
  if (typeof ref === 'number' || UNIT_CODE.test(ref)) {
    const [unit] = await queryRows<{ id: number; path: string; full_name: string }>(
      db,
      sql`SELECT id, path, full_name FROM units
           WHERE ${typeof ref === 'number' ? sql`id = ${ref}` : sql`code = ${ref}`}
           ORDER BY (valid_to IS NULL) DESC, valid_from DESC NULLS LAST LIMIT 1`,
    );
    if (!unit)
      throw new AppError('VALIDATION_FAILED', `Không tìm thấy đơn vị "${ref}".`, [
        { path: 'unit', message: 'Không tìm thấy đơn vị' },
      ]);
    if (!unit.path.startsWith(conference.areaPath))
      throw new AppError(
        'OUT_OF_SCOPE',
        `${unit.full_name} không thuộc phạm vi của hội nghị; chỉ giao tham luận cho đơn vị trong phạm vi này.`,
        { unit: ref },
      );
    return { unitId: unit.id, unitName: null };
  }
  const [area] = await queryRows<{ full_name: string }>(
    db,
    sql`SELECT full_name FROM units WHERE id = ${conference.areaUnitId}`,
  );
  const resolver = await PartyResolver.forArea(db, {
    unitId: conference.areaUnitId,
    path: conference.areaPath,
    name: area?.full_name ?? '',
  });
  const { parties } = await resolver.resolve(db, [ref]);
  const only = parties.length === 1 ? parties[0]! : null;
  if (only && only.matched && only.position === null) return { unitId: only.unitId, unitName: null };
  return { unitId: null, unitName: ref.trim() };
}

/** What the conference's plan said about its tham luận (minutes, "nộp trước N ngày"), when it came from a plan. */
async function planFacts(db: Db, conference: ConferenceRow) {
  if (conference.planId === null) return null;
  const [row] = await queryRows<{
    facts: { minMinutes: number | null; maxMinutes: number | null; dueDaysBefore: number | null } | null;
  }>(
    db,
    sql`SELECT v.draft->'conference'->'presentations' AS facts
          FROM plans p JOIN documents d ON d.id = p.document_id
          JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
         WHERE p.id = ${conference.planId}`,
  );
  return row?.facts ?? null;
}

function checkMinutes(min: number | null | undefined, max: number | null | undefined) {
  if (min != null && max != null && min > max)
    throw new AppError('VALIDATION_FAILED', 'Số phút tối thiểu lớn hơn số phút tối đa.', [
      { path: 'minMinutes', message: 'Lớn hơn số phút tối đa' },
    ]);
}

/** Assigns a tham luận; minutes and the due date default to what the conference's plan said. */
export async function createPresentation(
  db: Db,
  actor: Actor,
  conferenceId: number,
  input: PresentationInput,
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
    input.unit == null ? { unitId: null, unitName: null } : await resolveUnitRef(db, conference, input.unit);
  const id = await db.transaction(async (tx) => {
    const [last] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT coalesce(max(position), 0)::int AS n FROM presentations WHERE conference_id = ${conferenceId}`,
    );
    const [row] = await tx
      .insert(presentations)
      .values({
        conferenceId,
        position: last!.n + 1,
        topic: input.topic,
        ...unit,
        presenter: input.presenter ?? null,
        minMinutes,
        maxMinutes,
        dueDate,
      })
      .returning({ id: presentations.id });
    await auditConference(tx, actor, conference, 'presentation.create', {
      entityType: 'presentation',
      entityId: row!.id,
      after: { topic: input.topic, ...unit, minMinutes, maxMinutes, dueDate },
    });
    return row!.id;
  });
  return onePresentation(db, conferenceId, id);
}

/** Changes the fields given; `position` moves it in the order, `itemId` places it in the programme. */
export async function updatePresentation(
  db: Db,
  actor: Actor,
  id: number,
  body: UpdatePresentationBody,
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
      body.unit === null ? { unitId: null, unitName: null } : await resolveUnitRef(db, conference, body.unit),
    );
  if (body.minMinutes !== undefined || body.maxMinutes !== undefined) {
    const [current] = await queryRows<{ min: number | null; max: number | null }>(
      db,
      sql`SELECT min_minutes AS min, max_minutes AS max FROM presentations WHERE id = ${id}`,
    );
    checkMinutes(set.minMinutes ?? current!.min, set.maxMinutes ?? current!.max);
  }
  if (body.itemId != null) {
    const [item] = await queryRows<{ id: number }>(
      db,
      sql`SELECT id FROM conference_items WHERE id = ${body.itemId} AND conference_id = ${conference.id}`,
    );
    if (!item) throw notFound(`mục chương trình số ${body.itemId} của hội nghị này`);
  }
  await db.transaction(async (tx) => {
    if (Object.keys(set).length > 0) await tx.update(presentations).set(set).where(eq(presentations.id, id));
    if (body.position !== undefined) await move(tx, presentation, body.position);
    if (body.itemId !== undefined) {
      // The programme (helper A1's PUT) owns conference_items; placing writes only its presentation_id column.
      await tx
        .update(conferenceItems)
        .set({ presentationId: null })
        .where(and(eq(conferenceItems.presentationId, id), eq(conferenceItems.conferenceId, conference.id)));
      if (body.itemId !== null)
        await tx
          .update(conferenceItems)
          .set({ presentationId: id })
          .where(eq(conferenceItems.id, body.itemId));
    }
    await auditConference(tx, actor, conference, 'presentation.update', {
      entityType: 'presentation',
      entityId: id,
      before: { topic: presentation.topic, position: presentation.position, unitId: presentation.unitId },
      after: body,
    });
  });
  return onePresentation(db, conference.id, id);
}

/** Moves one tham luận to a position (1 = first) and numbers the others of its conference around it. */
async function move(tx: Db, presentation: PresentationContext, position: number): Promise<void> {
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`SELECT id FROM presentations WHERE conference_id = ${presentation.conferenceId}
         ORDER BY position, id FOR UPDATE`,
  );
  const others = rows.map((r) => r.id).filter((i) => i !== presentation.id);
  const at = Math.min(Math.max(position, 1), others.length + 1) - 1;
  const order = [...others.slice(0, at), presentation.id, ...others.slice(at)];
  await tx.execute(
    sql`UPDATE presentations p SET position = o.position
          FROM (VALUES ${sql.join(
            order.map((pid, i) => sql`(${pid}::int, ${i + 1}::int)`),
            sql`, `,
          )}) AS o(id, position)
         WHERE p.id = o.id`,
  );
}

/** Removes a tham luận with its file and record, and takes it out of the programme. */
export async function deletePresentation(db: Db, actor: Actor, id: number): Promise<void> {
  const { presentation, conference } = await forOrganiser(db, actor, id);
  await db.transaction(async (tx) => {
    await tx
      .update(conferenceItems)
      .set({ presentationId: null })
      .where(and(eq(conferenceItems.presentationId, id), eq(conferenceItems.conferenceId, conference.id)));
    await tx.delete(presentationEvents).where(eq(presentationEvents.presentationId, id));
    await tx.delete(presentations).where(eq(presentations.id, id));
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
  approve: { kind: 'presentation.approved', title: 'Tham luận đã được duyệt' },
  request_changes: { kind: 'presentation.changes_requested', title: 'Tham luận cần chỉnh sửa' },
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
): Promise<Presentation> {
  const { presentation, conference } = await forOrganiser(db, actor, id);
  const comment = body.comment?.trim() || null;
  if (body.verdict !== 'approve' && !comment)
    throw new AppError(
      'VALIDATION_FAILED',
      body.verdict === 'request_changes' ? 'Cần ghi rõ nội dung yêu cầu sửa.' : 'Cần nội dung ý kiến.',
      [{ path: 'comment', message: 'Thiếu nội dung' }],
    );
  if (body.verdict !== 'comment' && !presentation.hasFile)
    throw new AppError('CONFLICT', 'Đơn vị chưa gửi bài tham luận nên chưa thể duyệt hoặc yêu cầu sửa.');
  const status =
    body.verdict === 'approve'
      ? 'approved'
      : body.verdict === 'request_changes'
        ? 'changes_requested'
        : presentation.status;
  await db.transaction(async (tx) => {
    if (body.verdict !== 'comment')
      await tx
        .update(presentations)
        .set({ status, reviewedAt: new Date(), reviewedBy: actor.id || null })
        .where(eq(presentations.id, id));
    await tx
      .insert(presentationEvents)
      .values({ presentationId: id, kind: body.verdict, text: comment, byUser: actor.id || null });
    if (body.verdict !== 'comment' && presentation.unitId !== null) {
      const notice = REVIEW_NOTICES[body.verdict];
      await tx.insert(notifications).values({
        unitId: presentation.unitId,
        kind: notice.kind,
        title: notice.title,
        body: `Tham luận "${presentation.topic}" — ${conference.title}${comment ? `: ${comment}` : '.'}`,
        conferenceId: conference.id,
      });
    }
    await auditConference(tx, actor, conference, `presentation.${body.verdict}`, {
      entityType: 'presentation',
      entityId: id,
      before: { status: presentation.status },
      after: { status, comment },
    });
  });
  return onePresentation(db, conference.id, id);
}
