import { and, between, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../../db/schema/accounts';
import { conferencePoints, conferences, delegateGroups, delegates } from '../../../db/schema/conferences';
import { documents, documentVersions } from '../../../db/schema/documents';
import { plans } from '../../../db/schema/plans';
import { units } from '../../../db/schema/units';
import { queryRows, type Db } from '../../../platform/database';
import type { ConferenceSession, InvitationsSummary, Rsvp } from '../../../../contracts/conferences';
import type { Signer } from '../../../../contracts/documents';

/**
 * What the giấy mời, their e-mails, reminders and unit links read: the conference, its delegates in the list's order,
 * the document and the counts. The writes of issuing and of a delegate's link are `invitation-issuing.repo.ts`.
 */

/** The giấy mời of a conference at a glance: its document and number, who was invited or e-mailed, the answers. */
export async function invitationsSummary(db: Db, conferenceId: number): Promise<InvitationsSummary> {
  const delegatesWhere = (condition: SQL) =>
    sql<number>`count(${delegates.id}) FILTER (WHERE ${condition})::int`;
  const [row] = await db
    .select({
      document_id: conferences.invitationDocumentId,
      number: documents.number,
      invited: delegatesWhere(isNotNull(delegates.invitedAt)),
      emailed: delegatesWhere(isNotNull(delegates.emailedAt)),
      pending: delegatesWhere(eq(delegates.rsvp, 'pending')),
      yes: delegatesWhere(eq(delegates.rsvp, 'yes')),
      no: delegatesWhere(eq(delegates.rsvp, 'no')),
      substitute: delegatesWhere(eq(delegates.rsvp, 'substitute')),
    })
    .from(conferences)
    .leftJoin(documents, eq(documents.id, conferences.invitationDocumentId))
    .leftJoin(delegates, eq(delegates.conferenceId, conferences.id))
    .where(eq(conferences.id, conferenceId))
    .groupBy(conferences.invitationDocumentId, documents.number);
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

const c = alias(conferences, 'c');
const u = alias(units, 'u');
const pu = alias(units, 'pu');

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
    sql`SELECT ${c.id}, ${c.title}, ${c.date}::text AS date, ${c.dateRaw} AS "dateRaw", ${c.sessions}, ${c.venue},
               ${c.format}, ${c.chair}, ${c.status}, ${c.secret}, ${c.unitId} AS "unitId", ${u.path} AS "unitPath",
               ${c.invitationDocumentId} AS "invitationDocumentId",
               ${u.code} AS host_code, ${u.level} AS host_level, ${u.name} AS host_name,
               ${u.fullName} AS host_full_name,
               ${pu.level} AS parent_level, ${pu.name} AS parent_name, ${pu.fullName} AS parent_full_name,
               (SELECT ${documentVersions.draft} FROM ${plans}
                  JOIN ${documents} ON ${documents.id} = ${plans.documentId}
                  JOIN ${documentVersions} ON ${documentVersions.documentId} = ${documents.id}
                   AND ${documentVersions.version} = coalesce(${documents.issuedVersion}, ${documents.currentVersion})
                 WHERE ${plans.id} = ${c.planId}) AS plan_draft,
               l.leader_name, l.leader_position
          FROM ${conferences} ${c}
          JOIN ${units} ${u} ON ${u.id} = ${c.unitId}
          LEFT JOIN ${units} ${pu} ON ${pu.id} = ${u.parentId}
          LEFT JOIN LATERAL (SELECT ${users.fullName} AS leader_name, ${users.position} AS leader_position
                               FROM ${users}
                              WHERE ${users.role} = 'leader' AND ${users.isActive}
                                AND (${users.unitId} = ${c.unitId} OR ${users.organizationId} = ${c.unitId})
                              ORDER BY ${users.id} LIMIT 1) l ON true
         WHERE ${c.id} = ${id}`,
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

/** The order of the list: group, then point, then as entered. */
const listOrder = [
  sql`${delegateGroups.position} NULLS LAST`,
  sql`${conferencePoints.position} NULLS FIRST`,
  delegates.id,
];

/** The delegates of a conference in the order of the list: group, then point, then as entered. */
export async function invitationDelegates(
  db: Db,
  conferenceId: number,
  filter: DelegateFilter = {},
): Promise<InvitationDelegate[]> {
  const where: SQL[] = [eq(delegates.conferenceId, conferenceId)];
  if (filter.group !== undefined) where.push(eq(delegates.groupId, filter.group));
  if (filter.point !== undefined) where.push(eq(delegates.pointId, filter.point));
  if (filter.delegateId !== undefined) where.push(eq(delegates.id, filter.delegateId));
  if (filter.pendingOnly) where.push(eq(delegates.rsvp, 'pending'), isNotNull(delegates.invitedAt));
  return db
    .select({
      id: delegates.id,
      name: delegates.name,
      position: delegates.position,
      unitId: delegates.unitId,
      unitName: sql<string | null>`coalesce(${delegates.unitName}, ${units.fullName})`,
      email: sql<string | null>`nullif(trim(${delegates.email}), '')`,
      tokenVersion: delegates.tokenVersion,
      rsvp: delegates.rsvp,
      invitedAt: delegates.invitedAt,
      pointId: delegates.pointId,
      pointName: conferencePoints.name,
      pointRoom: conferencePoints.room,
      isMainPoint: sql<boolean>`coalesce(${conferencePoints.isMain}, true)`,
    })
    .from(delegates)
    .leftJoin(units, eq(units.id, delegates.unitId))
    .leftJoin(conferencePoints, eq(conferencePoints.id, delegates.pointId))
    .leftJoin(delegateGroups, eq(delegateGroups.id, delegates.groupId))
    .where(and(...where))
    .orderBy(...listOrder);
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

export async function conferenceOfDelegate(db: Db, delegateId: number): Promise<number | null> {
  const [row] = await db
    .select({ conferenceId: delegates.conferenceId })
    .from(delegates)
    .where(eq(delegates.id, delegateId));
  return row?.conferenceId ?? null;
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
  const first = alias(delegates, 'a');
  const same =
    unit > 0
      ? eq(delegates.unitId, unit)
      : sql`${delegates.unitId} IS NULL AND lower(trim(${delegates.unitName})) = (
              SELECT lower(trim(${first.unitName})) FROM ${delegates} ${first}
               WHERE ${first.id} = ${-unit} AND ${first.conferenceId} = ${conferenceId} AND ${first.unitId} IS NULL)`;
  const rows = await db
    .select({
      id: delegates.id,
      token_version: delegates.tokenVersion,
      name: delegates.name,
      position: delegates.position,
      unit_name: sql<string | null>`coalesce(${units.fullName}, ${delegates.unitName})`,
      point_name: conferencePoints.name,
      rsvp: delegates.rsvp,
      substitute_name: delegates.substituteName,
    })
    .from(delegates)
    .leftJoin(units, eq(units.id, delegates.unitId))
    .leftJoin(conferencePoints, eq(conferencePoints.id, delegates.pointId))
    .leftJoin(delegateGroups, eq(delegateGroups.id, delegates.groupId))
    .where(and(eq(delegates.conferenceId, conferenceId), isNotNull(delegates.invitedAt), same))
    .orderBy(...listOrder);
  return rows as UnitSeatRow[];
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
