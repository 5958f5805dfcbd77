import { and, between, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { conferences, delegates } from '../../../db/schema/conferences';
import { documents } from '../../../db/schema/documents';
import { units } from '../../../db/schema/units';
import { instantOrNull, queryRows, type Db } from '../../../platform/database';
import type { ConferenceSession, InvitationsSummary, Rsvp } from '../../../../contracts/conferences';
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
  invitedAt: Date | null;
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
  const rows = await queryRows<Omit<InvitationDelegate, 'invitedAt'> & { invitedAt: string | null }>(
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
  return rows.map((r) => ({ ...r, invitedAt: instantOrNull(r.invitedAt) }));
}

/** One generation or change at a time per conference: waits for the one in progress. */
export async function lockConferenceForInvitations(db: Db, conferenceId: number): Promise<void> {
  await db
    .select({ id: conferences.id })
    .from(conferences)
    .where(eq(conferences.id, conferenceId))
    .for('update');
}

export async function documentStatus(
  db: Db,
  documentId: number,
): Promise<{ status: string; number: string | null } | undefined> {
  const [doc] = await db
    .select({ status: documents.status, number: documents.number })
    .from(documents)
    .where(eq(documents.id, documentId));
  return doc;
}

/** The conference holds its giấy mời document and is invited (from planned). */
export async function markConferenceInvited(db: Db, conferenceId: number, documentId: number): Promise<void> {
  await db.execute(
    sql`UPDATE conferences SET invitation_document_id = ${documentId},
               status = CASE WHEN status = 'planned' THEN 'invited' ELSE status END, updated_at = now()
         WHERE id = ${conferenceId}`,
  );
}

/** Marks the delegates not yet invited as invited now; their ids. */
export async function markDelegatesInvited(db: Db, conferenceId: number): Promise<{ id: number }[]> {
  return db
    .update(delegates)
    .set({ invitedAt: sql`now()` })
    .where(and(eq(delegates.conferenceId, conferenceId), isNull(delegates.invitedAt)))
    .returning({ id: delegates.id });
}

export async function unmailedDelegateIds(db: Db, conferenceId: number): Promise<number[]> {
  const rows = await db
    .select({ id: delegates.id })
    .from(delegates)
    .where(and(eq(delegates.conferenceId, conferenceId), isNull(delegates.emailedAt)));
  return rows.map((r) => r.id);
}

export async function markEmailed(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(delegates)
    .set({ emailedAt: sql`now()` })
    .where(inArray(delegates.id, ids));
}

export async function conferenceOfDelegate(db: Db, delegateId: number): Promise<number | null> {
  const [row] = await db
    .select({ conferenceId: delegates.conferenceId })
    .from(delegates)
    .where(eq(delegates.id, delegateId));
  return row?.conferenceId ?? null;
}

export interface TokenVersionBefore {
  token_version: number;
  invited_at: Date | null;
  rsvp: string;
  substitute_name: string | null;
  attendance: string | null;
  name: string | null;
  position: string | null;
}

/** The delegate's invitation as it stands, its row locked for the change. */
export async function lockDelegateInvitation(
  db: Db,
  delegateId: number,
): Promise<TokenVersionBefore | undefined> {
  const [row] = await queryRows<Omit<TokenVersionBefore, 'invited_at'> & { invited_at: string | null }>(
    db,
    sql`SELECT d.token_version, d.invited_at, d.rsvp, d.substitute_name, a.status AS attendance,
               d.name, d.position
          FROM delegates d LEFT JOIN attendance a ON a.delegate_id = d.id WHERE d.id = ${delegateId} FOR UPDATE OF d`,
  );
  return row && { ...row, invited_at: instantOrNull(row.invited_at) };
}

/** Raises the token version; `cancel` also clears the invitation and the answer. The row after. */
export async function raiseDelegateTokenVersion(
  db: Db,
  delegateId: number,
  cancel: boolean,
): Promise<{ token_version: number; invited: boolean }> {
  const cleared = {
    invitedAt: null,
    emailedAt: null,
    rsvp: 'pending',
    substituteName: null,
    substitutePosition: null,
    rsvpAt: null,
  };
  const [after] = await db
    .update(delegates)
    .set({ tokenVersion: sql`${delegates.tokenVersion} + 1`, ...(cancel ? cleared : {}) })
    .where(eq(delegates.id, delegateId))
    .returning({
      token_version: delegates.tokenVersion,
      invited: sql<boolean>`${delegates.invitedAt} IS NOT NULL`,
    });
  return after!;
}

/** Conferences in status 'invited' held between two days (inclusive), soonest first. */
export async function invitedConferencesBetween(db: Db, from: string, to: string): Promise<number[]> {
  const rows = await db
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(eq(conferences.status, 'invited'), between(conferences.date, from, to)))
    .orderBy(conferences.date, conferences.id);
  return rows.map((r) => r.id);
}

export async function unitsByIds(
  db: Db,
  ids: number[],
): Promise<{ id: number; level: string; name: string; full_name: string }[]> {
  return db
    .select({ id: units.id, level: units.level, name: units.name, full_name: units.fullName })
    .from(units)
    .where(inArray(units.id, ids));
}

export interface UnitSeatRow {
  id: number;
  token_version: number;
  name: string | null;
  position: string | null;
  unit_name: string | null;
  point_name: string | null;
  rsvp: Rsvp;
  substitute_name: string | null;
}

/**
 * The seats a unit token names, in the order of the list; empty when the unit has none (any more). Only seats
 * invited: a seat whose giấy mời was cancelled (or one added since and not yet invited) is not offered a link.
 */
export async function seatsOfUnit(db: Db, conferenceId: number, unit: number): Promise<UnitSeatRow[]> {
  const same =
    unit > 0
      ? sql`g.unit_id = ${unit}`
      : sql`g.unit_id IS NULL AND lower(trim(g.unit_name)) = (
              SELECT lower(trim(a.unit_name)) FROM delegates a
               WHERE a.id = ${-unit} AND a.conference_id = ${conferenceId} AND a.unit_id IS NULL)`;
  return queryRows<UnitSeatRow>(
    db,
    sql`SELECT g.id, g.token_version, g.name, g.position, coalesce(u.full_name, g.unit_name) AS unit_name,
               p.name AS point_name, g.rsvp, g.substitute_name
          FROM delegates g
          LEFT JOIN units u ON u.id = g.unit_id
          LEFT JOIN conference_points p ON p.id = g.point_id
          LEFT JOIN delegate_groups dg ON dg.id = g.group_id
         WHERE g.conference_id = ${conferenceId} AND g.invited_at IS NOT NULL AND ${same}
         ORDER BY dg.position NULLS LAST, p.position NULLS FIRST, g.id`,
  );
}

/** The giấy mời document's unit and the version to print (the issued one, else the current). */
export async function invitationDocumentVersion(
  db: Db,
  documentId: number,
): Promise<{ unit_id: number; version: number }> {
  const [doc] = await db
    .select({
      unit_id: documents.unitId,
      version: sql<number>`coalesce(${documents.issuedVersion}, ${documents.currentVersion})`,
    })
    .from(documents)
    .where(eq(documents.id, documentId));
  return doc!;
}
