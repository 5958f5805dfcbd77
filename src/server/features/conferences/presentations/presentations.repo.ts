import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../platform/database';
import type { Presentation } from '../../../../contracts/conferences';
import { todayInVietnam } from '../../../../core/dates/vn-dates';

interface Row {
  id: number;
  position: number;
  topic: string;
  unit_id: number | null;
  unit_name: string | null;
  presenter: string | null;
  min_minutes: number | null;
  max_minutes: number | null;
  due_date: string | null;
  status: Presentation['status'];
  file_name: string | null;
  file_type: string | null;
  file_size: number | null;
  submitted_at: Date | string | null;
  item_id: number | null;
  events: {
    kind: Presentation['events'][number]['kind'];
    text: string | null;
    by: string | null;
    at: string;
  }[];
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The tham luận of a conference in order, with their files (metadata only), programme item and record. */
export async function listPresentations(
  db: Db,
  conferenceId: number,
  ids?: number[],
): Promise<Presentation[]> {
  const only = ids
    ? sql`AND p.id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`SELECT p.id, p.position, p.topic, p.unit_id, coalesce(u.full_name, p.unit_name) AS unit_name, p.presenter,
               p.min_minutes, p.max_minutes, p.due_date::text AS due_date, p.status, p.file_name, p.file_type,
               p.file_size, p.submitted_at,
               (SELECT i.id FROM conference_items i WHERE i.presentation_id = p.id ORDER BY i.position LIMIT 1) AS item_id,
               coalesce((SELECT json_agg(json_build_object('kind', e.kind, 'text', e.text, 'by', us.full_name,
                                                          'at', e.at) ORDER BY e.at, e.id)
                           FROM presentation_events e LEFT JOIN users us ON us.id = e.by_user
                          WHERE e.presentation_id = p.id), '[]'::json) AS events
          FROM presentations p LEFT JOIN units u ON u.id = p.unit_id
         WHERE p.conference_id = ${conferenceId} ${only}
         ORDER BY p.position, p.id`,
  );
  const today = todayInVietnam();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    topic: r.topic,
    unitId: r.unit_id,
    unitName: r.unit_name,
    presenter: r.presenter,
    minMinutes: r.min_minutes,
    maxMinutes: r.max_minutes,
    dueDate: r.due_date,
    status: r.status,
    overdue:
      r.due_date !== null &&
      r.due_date < today &&
      (r.status === 'assigned' || r.status === 'changes_requested'),
    file: r.file_name ? { name: r.file_name, type: r.file_type ?? '', size: r.file_size ?? 0 } : null,
    submittedAt: iso(r.submitted_at),
    itemId: r.item_id,
    events: r.events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
  }));
}

/** A tham luận with what its use cases decide on: its conference (for scope) and its unit's path and name. */
export interface PresentationContext {
  id: number;
  conferenceId: number;
  position: number;
  topic: string;
  status: Presentation['status'];
  unitId: number | null;
  unitPath: string | null;
  unitName: string | null;
  dueDate: string | null;
  hasFile: boolean;
}

export async function findPresentation(db: Db, id: number): Promise<PresentationContext | null> {
  const [row] = await queryRows<PresentationContext>(
    db,
    sql`SELECT p.id, p.conference_id AS "conferenceId", p.position, p.topic, p.status, p.unit_id AS "unitId",
               u.path AS "unitPath", coalesce(u.full_name, p.unit_name) AS "unitName",
               p.due_date::text AS "dueDate", p.file_name IS NOT NULL AS "hasFile"
          FROM presentations p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ${id}`,
  );
  return row ?? null;
}
