import type { Db } from '../../../platform/database';
import type {
  BridgePoint,
  ConferenceDetail,
  ConferenceSession,
  DelegateGroup,
  Presentation,
} from '../../../../contracts/conferences';
import type { Actor } from '../../../platform/actor';
import { requireConference } from './conference-access.service';
import { assertViewsConference, checksInAt, conferenceActions, editsConference } from './conference.policy';
import { conferenceMessages as m } from './conference.messages';
import { cancelReason, conferenceDetailRow, deletionBlockers, pointUnitPaths } from './conference.repo';
import { listChecklist } from './checklist.service';
import { invitationsSummary } from '../invitations/invitations.service';
import { listGroups } from '../delegates/delegate-groups.service';
import { listPoints } from '../points/points.service';
import { listPresentations } from '../presentations/presentations.service';
import { listProgramme } from '../programme/programme.service';

/**
 * What the organiser still has to complete, computed when the conference is read (there is no column for the
 * plan's leftovers): no day or start time yet, points and units that matched no unit, groups without members,
 * tham luận not yet given to a unit.
 */
export function conferenceWarnings(c: {
  date: string | null;
  dateRaw: string | null;
  sessions: ConferenceSession[];
  points: BridgePoint[];
  groups: DelegateGroup[];
  presentations: Presentation[];
}): string[] {
  const warnings: string[] = [];
  if (!c.date) warnings.push(m.warnNoDate(c.dateRaw));
  if (c.sessions.length === 0) warnings.push(m.warnNoStart);
  for (const p of c.points) {
    if (!p.isMain && p.unitId === null) warnings.push(m.warnPointNoUnit(p.name));
    const unmatched = p.units.filter((u) => u.unitId === null).map((u) => m.quotedName(u.name));
    if (unmatched.length > 0) warnings.push(m.warnPointUnmatched(p.name, unmatched));
  }
  for (const g of c.groups) if (!g.rule) warnings.push(m.warnGroupNoRule(g.title));
  const unassigned = c.presentations.filter((p) => p.unitId === null).length;
  if (unassigned > 0) warnings.push(m.warnUnassigned(unassigned));
  return warnings;
}

/** The conference page: fields, points, groups, programme with times, tham luận, giấy mời, checklist, warnings. */
export async function getConference(
  db: Db,
  actor: Actor,
  id: number,
  today: string,
): Promise<ConferenceDetail> {
  const conference = await requireConference(db, id);
  assertViewsConference(actor, conference);
  const r = await conferenceDetailRow(db, id);
  const points = await listPoints(db, id);
  const groups = await listGroups(db, id);
  const presentations = await listPresentations(db, id, today);
  const pointPaths = await pointUnitPaths(db, id);
  const canEditIt = editsConference(actor, conference);
  // The reason is kept where the cancellation is recorded: its audit row (no column repeats it).
  const cancelled = conference.status === 'cancelled' ? await cancelReason(db, id) : null;
  const blockers = canEditIt ? await deletionBlockers(db, id) : { invitation: false, invited: 0, present: 0 };
  const allowedActions = conferenceActions(actor, conference, blockers);
  return {
    id,
    title: conference.title,
    kind: r.kind,
    format: r.format,
    status: conference.status as ConferenceDetail['status'],
    date: conference.date,
    dateRaw: r.date_raw,
    venue: r.venue,
    unitId: conference.unitId,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    planId: conference.planId,
    delegates: r.delegates,
    present: r.present,
    sessions: r.sessions,
    capacity: r.capacity,
    chair: r.chair,
    expectedAttendees: r.expected_attendees,
    budget: r.budget,
    budgetTotal: (r.budget?.lines ?? []).reduce((sum, l) => sum + (l.amount ?? 0), 0),
    plan: conference.planId
      ? { id: conference.planId, title: r.plan_title ?? '', number: r.plan_number }
      : null,
    checklist: await listChecklist(db, id),
    points,
    groups,
    programme: await listProgramme(db, id, r.sessions),
    presentations,
    invitations: await invitationsSummary(db, id),
    warnings: conferenceWarnings({
      date: conference.date,
      dateRaw: r.date_raw,
      sessions: r.sessions,
      points,
      groups,
      presentations,
    }),
    cancelReason: cancelled,
    permissions: {
      // A cancelled conference is a record (assertNotCancelled): its page is read-only, even for its organiser.
      canEdit: allowedActions.edit,
      canCheckIn: canEditIt || pointPaths.some((path) => checksInAt(actor, conference, path)),
      canDelete: allowedActions.delete,
      canCancel: allowedActions.cancel,
    },
    allowedActions,
  };
}
