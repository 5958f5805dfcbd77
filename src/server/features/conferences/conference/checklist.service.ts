import { eq, sql } from 'drizzle-orm';
import { conferenceChecklist } from '../../../db/schema/conferences';
import { queryRows, type Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { ChecklistItem, ChecklistItemInput } from '../../../../contracts/conferences';
import { dayBefore } from '../../../../core/dates/vn-dates';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Actor } from '../../auth/actor';
import {
  assertChangesConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from './conference-access.service';
import { conferenceUnitRefs } from '../points/points.service';

export async function listChecklist(db: Db, conferenceId: number, ids?: number[]): Promise<ChecklistItem[]> {
  const only =
    ids && ids.length > 0
      ? sql`AND c.id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql``;
  const rows = await queryRows<{
    id: number;
    position: number;
    text: string;
    unit_id: number | null;
    unit_name: string | null;
    due_date: string | null;
    done: boolean;
    done_at: Date | string | null;
    note: string | null;
  }>(
    db,
    sql`SELECT c.id, c.position, c.text, c.unit_id, u.full_name AS unit_name, c.due_date::text AS due_date, c.done,
               c.done_at, c.note
          FROM conference_checklist c LEFT JOIN units u ON u.id = c.unit_id
         WHERE c.conference_id = ${conferenceId} ${only}
         ORDER BY c.position, c.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    text: r.text,
    unitId: r.unit_id,
    unitName: r.unit_name,
    dueDate: r.due_date,
    done: r.done,
    doneAt: r.done_at === null ? null : new Date(r.done_at).toISOString(),
    note: r.note,
  }));
}

/** The unit in charge of an item: it must be a known unit (a name is matched in the host's area). */
async function ownerOf(db: Db, conference: ConferenceRow, ref: number | string | null | undefined) {
  if (ref === null || ref === undefined) return null;
  const unit = await (await conferenceUnitRefs(db, conference)).resolve(db, ref);
  if (unit.unitId === null)
    throw new AppError(
      'VALIDATION_FAILED',
      `Không tìm thấy đơn vị "${unit.name}" trên địa bàn của hội nghị.`,
      [{ path: 'unit', message: 'Không tìm thấy đơn vị' }],
    );
  return unit;
}

const doneBy = (actor: Actor) => (actor.id > 0 ? actor.id : null);

async function nextPosition(db: Db, conferenceId: number) {
  const [row] = await queryRows<{ next: number }>(
    db,
    sql`SELECT coalesce(max(position), 0)::int + 1 AS next FROM conference_checklist WHERE conference_id = ${conferenceId}`,
  );
  return row!.next;
}

export async function addChecklistItem(
  db: Db,
  actor: Actor,
  conferenceId: number,
  input: ChecklistItemInput,
): Promise<ChecklistItem> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const unit = await ownerOf(db, conference, input.unit);
  const id = await db.transaction(async (tx) => {
    const [item] = await tx
      .insert(conferenceChecklist)
      .values({
        conferenceId,
        position: await nextPosition(tx, conferenceId),
        text: input.text,
        unitId: input.unit === undefined ? conference.unitId : (unit?.unitId ?? null),
        dueDate: input.dueDate ?? null,
        done: input.done ?? false,
        doneAt: input.done ? new Date() : null,
        doneBy: input.done ? doneBy(actor) : null,
        note: input.note ?? null,
      })
      .returning({ id: conferenceChecklist.id });
    await auditConference(tx, actor, conference, 'conference.checklist.add', {
      entityType: 'conference_checklist',
      entityId: item!.id,
      after: input,
    });
    return item!.id;
  });
  return (await listChecklist(db, conferenceId, [id]))[0]!;
}

async function requireItem(db: Db, id: number) {
  const [item] = await db.select().from(conferenceChecklist).where(eq(conferenceChecklist.id, id));
  if (!item) throw notFound('công việc chuẩn bị', { id });
  return { item, conference: await requireConference(db, item.conferenceId) };
}

export async function updateChecklistItem(
  db: Db,
  actor: Actor,
  id: number,
  input: Partial<ChecklistItemInput>,
): Promise<ChecklistItem> {
  const { item, conference } = await requireItem(db, id);
  assertChangesConference(actor, conference);
  const unit = await ownerOf(db, conference, input.unit);
  await db.transaction(async (tx) => {
    await tx
      .update(conferenceChecklist)
      .set({
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.unit !== undefined ? { unitId: unit?.unitId ?? null } : {}),
        ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(input.done !== undefined && input.done !== item.done
          ? {
              done: input.done,
              doneAt: input.done ? new Date() : null,
              doneBy: input.done ? doneBy(actor) : null,
            }
          : {}),
      })
      .where(eq(conferenceChecklist.id, id));
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
    await tx.delete(conferenceChecklist).where(eq(conferenceChecklist.id, id));
    await auditConference(tx, actor, conference, 'conference.checklist.delete', {
      entityType: 'conference_checklist',
      entityId: id,
      before: { text: item.text, done: item.done },
    });
  });
}

/** Công tác chuẩn bị as most conferences need it; the transmission check only when points connect online. */
const TEMPLATE = [
  'Chuẩn bị nước uống cho đại biểu',
  'Trang trí, khánh tiết, phông nền hội trường',
  'Âm thanh, ánh sáng, máy chiếu',
  null, // đường truyền trực tuyến: one item per point, inserted here
  'Mời phóng viên, đưa tin về Hội nghị',
  'In giấy mời, tài liệu Hội nghị',
  'Chuẩn bị hoa, quà tặng, khen thưởng',
];

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
  const [row] = await queryRows<{ format: string }>(
    db,
    sql`SELECT format FROM conferences WHERE id = ${conferenceId}`,
  );
  const points =
    row!.format === 'in_person'
      ? []
      : await queryRows<{ name: string; unit_id: number | null }>(
          db,
          sql`SELECT name, unit_id FROM conference_points WHERE conference_id = ${conferenceId}
              ORDER BY is_main DESC, position, id`,
        );
  const wanted = TEMPLATE.flatMap((text) =>
    text !== null
      ? [{ text, unitId: conference.unitId }]
      : points.map((p) => ({
          text: `Kiểm tra đường truyền trực tuyến tại ${p.name}`,
          unitId: p.unit_id ?? conference.unitId,
        })),
  );
  const dueDate = conference.date ? dayBefore(conference.date) : null;
  await db.transaction(async (tx) => {
    const existing = new Set(
      (
        await queryRows<{ text: string }>(
          tx,
          sql`SELECT text FROM conference_checklist WHERE conference_id = ${conferenceId}`,
        )
      ).map((r) => sameText(r.text)),
    );
    const missing = wanted.filter((w) => !existing.has(sameText(w.text)));
    if (missing.length === 0) return;
    const start = await nextPosition(tx, conferenceId);
    await tx.insert(conferenceChecklist).values(
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
