import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../platform/database';
import type { ConferenceSession, InvitationsSummary } from '../../../../contracts/conferences';
import type { Signer } from '../../../../contracts/documents';

/** The giấy mời of a conference at a glance: its document and number, who was invited or e-mailed, the answers. */
export async function invitationsSummary(db: Db, conferenceId: number): Promise<InvitationsSummary> {
  const [row] = await queryRows<
    Omit<InvitationsSummary, 'documentId' | 'number'> & { document_id: number | null; number: string | null }
  >(
    db,
    sql`SELECT c.invitation_document_id AS document_id, d.number,
               count(g.id) FILTER (WHERE g.invited_at IS NOT NULL)::int AS invited,
               count(g.id) FILTER (WHERE g.emailed_at IS NOT NULL)::int AS emailed,
               count(g.id) FILTER (WHERE g.rsvp = 'pending')::int AS pending,
               count(g.id) FILTER (WHERE g.rsvp = 'yes')::int AS yes,
               count(g.id) FILTER (WHERE g.rsvp = 'no')::int AS no,
               count(g.id) FILTER (WHERE g.rsvp = 'substitute')::int AS substitute
          FROM conferences c
          LEFT JOIN documents d ON d.id = c.invitation_document_id
          LEFT JOIN delegates g ON g.conference_id = c.id
         WHERE c.id = ${conferenceId}
         GROUP BY c.invitation_document_id, d.number`,
  );
  const { document_id, ...counts } = row!;
  return { documentId: document_id, ...counts };
}

/** What a giấy mời needs of its conference: the facts, the host unit (and its parent) and the plan's letterhead. */
export interface InvitationConference {
  id: number;
  title: string;
  date: string | null;
  dateRaw: string | null;
  sessions: ConferenceSession[];
  venue: string | null;
  format: string;
  chair: string | null;
  status: string;
  secret: string;
  unitId: number;
  unitPath: string;
  invitationDocumentId: number | null;
  host: { code: string; level: string; name: string; fullName: string };
  hostParent: { level: string; name: string; fullName: string } | null;
  /** The organising plan's letterhead and signer, when the conference has a plan with a document. */
  plan: { issuer: { parent: string | null; name: string }; place: string; signer: Signer } | null;
  /** A leader's account at the host unit, the signer when neither the request nor the plan names one. */
  leader: { fullName: string; position: string | null } | null;
}

export async function invitationConference(db: Db, id: number): Promise<InvitationConference | null> {
  const [row] = await queryRows<
    Omit<InvitationConference, 'host' | 'hostParent' | 'plan' | 'leader'> & {
      host_code: string;
      host_level: string;
      host_name: string;
      host_full_name: string;
      parent_level: string | null;
      parent_name: string | null;
      parent_full_name: string | null;
      plan_draft: { issuer: { parent: string | null; name: string }; place: string; signer: Signer } | null;
      leader_name: string | null;
      leader_position: string | null;
    }
  >(
    db,
    sql`SELECT c.id, c.title, c.date::text AS date, c.date_raw AS "dateRaw", c.sessions, c.venue, c.format, c.chair,
               c.status, c.secret, c.unit_id AS "unitId", u.path AS "unitPath",
               c.invitation_document_id AS "invitationDocumentId",
               u.code AS host_code, u.level AS host_level, u.name AS host_name, u.full_name AS host_full_name,
               pu.level AS parent_level, pu.name AS parent_name, pu.full_name AS parent_full_name,
               (SELECT v.draft FROM plans p JOIN documents d ON d.id = p.document_id
                  JOIN document_versions v ON v.document_id = d.id
                   AND v.version = coalesce(d.issued_version, d.current_version)
                 WHERE p.id = c.plan_id) AS plan_draft,
               l.full_name AS leader_name, l.position AS leader_position
          FROM conferences c
          JOIN units u ON u.id = c.unit_id
          LEFT JOIN units pu ON pu.id = u.parent_id
          LEFT JOIN LATERAL (SELECT full_name, position FROM users
                              WHERE role = 'leader' AND is_active AND (unit_id = c.unit_id OR organization_id = c.unit_id)
                              ORDER BY id LIMIT 1) l ON true
         WHERE c.id = ${id}`,
  );
  if (!row) return null;
  const plan = row.plan_draft;
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    dateRaw: row.dateRaw,
    sessions: row.sessions,
    venue: row.venue,
    format: row.format,
    chair: row.chair,
    status: row.status,
    secret: row.secret,
    unitId: row.unitId,
    unitPath: row.unitPath,
    invitationDocumentId: row.invitationDocumentId,
    host: { code: row.host_code, level: row.host_level, name: row.host_name, fullName: row.host_full_name },
    hostParent:
      row.parent_level === null
        ? null
        : { level: row.parent_level, name: row.parent_name!, fullName: row.parent_full_name! },
    plan:
      plan?.signer && plan.issuer ? { issuer: plan.issuer, place: plan.place, signer: plan.signer } : null,
    leader: row.leader_name ? { fullName: row.leader_name, position: row.leader_position } : null,
  };
}

/** A delegate as a giấy mời, an e-mail or a reminder addresses them. */
export interface InvitationDelegate {
  id: number;
  name: string | null;
  position: string | null;
  unitId: number | null;
  unitName: string | null;
  email: string | null;
  tokenVersion: number;
  rsvp: string;
  invitedAt: string | null;
  pointId: number | null;
  pointName: string | null;
  pointRoom: string | null;
  isMainPoint: boolean;
}

export interface DelegateFilter {
  group?: number | undefined;
  point?: number | undefined;
  delegateId?: number | undefined;
  /** Only those invited who have not answered. */
  pendingOnly?: boolean;
}

/** The delegates of a conference in the order of the list: group, then point, then as entered. */
export async function invitationDelegates(
  db: Db,
  conferenceId: number,
  filter: DelegateFilter = {},
): Promise<InvitationDelegate[]> {
  const where: SQL[] = [sql`g.conference_id = ${conferenceId}`];
  if (filter.group !== undefined) where.push(sql`g.group_id = ${filter.group}`);
  if (filter.point !== undefined) where.push(sql`g.point_id = ${filter.point}`);
  if (filter.delegateId !== undefined) where.push(sql`g.id = ${filter.delegateId}`);
  if (filter.pendingOnly) where.push(sql`g.rsvp = 'pending' AND g.invited_at IS NOT NULL`);
  return queryRows<InvitationDelegate>(
    db,
    sql`SELECT g.id, g.name, g.position, g.unit_id AS "unitId", coalesce(g.unit_name, u.full_name) AS "unitName",
               nullif(trim(g.email), '') AS email, g.token_version AS "tokenVersion", g.rsvp,
               g.invited_at::text AS "invitedAt", g.point_id AS "pointId", p.name AS "pointName",
               p.room AS "pointRoom", coalesce(p.is_main, true) AS "isMainPoint"
          FROM delegates g
          LEFT JOIN units u ON u.id = g.unit_id
          LEFT JOIN conference_points p ON p.id = g.point_id
          LEFT JOIN delegate_groups dg ON dg.id = g.group_id
         WHERE ${sql.join(where, sql` AND `)}
         ORDER BY dg.position NULLS LAST, p.position NULLS FIRST, g.id`,
  );
}
