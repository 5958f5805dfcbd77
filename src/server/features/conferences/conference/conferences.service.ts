import type { Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import type {
  CancelConferenceBody,
  ConferenceDetail,
  ConferenceStatus,
  ConferenceSummary,
  CreateConferenceBody,
  UpdateConferenceBody,
} from '../../../../contracts/conferences';
import type { ConferenceSpec } from '../../../../core/conferences/from-plan';
import type { Actor } from '../../../platform/actor';
import { assertCanEdit } from '../../../platform/scope';
import { defaultIssuingUnit } from '../../documents/documents.service';
import { areaOf, assertEditsPlan, assertViewsPlan } from '../../plans/plan-structure';
import { planRecord } from '../../plans/plans.service';
import { resolveUnit } from '../../units/units.service';
import { auditConference, requireConference } from './conference-access.service';
import {
  assertCancelsConference,
  assertChangesConference,
  assertEditsConference,
  assertMovesConference,
  deletionBlocked,
} from './conference.policy';
import { conferenceMessages as m } from './conference.messages';
import {
  conferenceRecord,
  countConferenceParts,
  deleteConferenceParts,
  deleteConferenceRow,
  deletionBlockers,
  findLiveConferenceOfPlan,
  insertConference,
  insertGroups,
  insertItems,
  insertPresentations,
  lockConference,
  markConferenceCancelled,
  selectConferenceSummaries,
  updateConferenceRow,
} from './conference.repo';
import { deleteConferenceNotices } from '../../notifications/notifications.service';
import { conferenceSpecFromPlan, resolveSpec } from './conference-from-plan.service';
import { getConference } from './conference-detail.service';
import { insertPoint } from '../points/points.service';
import { newConferenceSecret } from '../invitations/tokens.service';
import { UnitRefs } from './unit-refs.service';
import { forgetCheckinConference } from '../checkin/checkin-cache.service';

/** A conference typed in by hand: its fields, the main point and nothing else yet. */
function specOfInput(body: Exclude<CreateConferenceBody, { fromPlan: number }>): ConferenceSpec {
  return {
    title: body.title,
    kind: body.kind,
    format: body.format,
    date: body.date ?? null,
    dateRaw: body.dateRaw ?? null,
    sessions: body.sessions.map((s) => ({ ...s, end: s.end ?? null })),
    venue: body.venue ?? null,
    expectedAttendees: body.expectedAttendees ?? null,
    budget: body.budget
      ? { lines: body.budget.lines.map((l) => ({ ...l, source: l.source ?? null })) }
      : null,
    mainPointName: null,
    points: [],
    groups: [],
    items: [],
    presentations: [],
  };
}

/**
 * Creates a conference, from a plan (`{ fromPlan }`: its conference facts for the user to complete) or from fields.
 * The host is the given unit, else the plan's, else the actor's issuing body; the actor must be able to edit it.
 * Everything — conference, points, groups, programme, tham luận, audit — is written in one transaction.
 */
export async function createConference(
  db: Db,
  actor: Actor,
  body: CreateConferenceBody,
  today: string,
): Promise<ConferenceDetail> {
  let spec: ConferenceSpec;
  let planId: number | null = null;
  let input: { capacity?: number | null; chair?: string | null } = {};
  let unit;
  if ('fromPlan' in body) {
    const found = await conferenceSpecFromPlan(db, actor, body.fromPlan);
    spec = found.spec;
    planId = found.plan.id;
    unit = await resolveUnit(db, body.unit ?? found.plan.unit_code, today);
  } else {
    spec = specOfInput(body);
    input = { capacity: body.capacity ?? null, chair: body.chair ?? null };
    if (body.planId) {
      const plan = await planRecord(db, body.planId);
      assertViewsPlan(actor, plan.area_path);
      // Linking a conference to a plan is the plan's editors' decision, as creating it from the plan is.
      assertEditsPlan(actor, plan);
      planId = plan.id;
    }
    unit = body.unit ? await resolveUnit(db, body.unit, today) : await defaultIssuingUnit(db, actor);
  }
  // The host unit lies in the actor's capture scope, with or without a plan.
  assertCanEdit(actor, unit.path);
  if (planId !== null) {
    // A cancelled conference keeps its record but no longer holds the plan's one conference.
    const existing = await findLiveConferenceOfPlan(db, planId);
    if (existing)
      throw new AppError('CONFLICT', m.planHasConference(existing.title), { conferenceId: existing.id });
  }
  const area = await areaOf(db, unit);
  const resolved = await resolveSpec(db, await UnitRefs.forArea(db, area, today), spec);
  const id = await db.transaction(async (tx) => {
    const conferenceId = await insertConference(tx, {
      planId,
      unitId: unit.id,
      areaUnitId: area.unitId,
      areaPath: area.path,
      kind: spec.kind,
      title: spec.title,
      format: spec.format,
      date: spec.date,
      dateRaw: spec.dateRaw,
      sessions: spec.sessions,
      venue: spec.venue,
      capacity: input.capacity ?? null,
      chair: input.chair ?? null,
      expectedAttendees: spec.expectedAttendees,
      budget: spec.budget,
      secret: newConferenceSecret(),
      createdBy: actor.id,
    });
    const row = { id: conferenceId, areaPath: area.path };
    const mainId = await insertPoint(tx, row, {
      name: spec.mainPointName ?? m.mainPointName,
      isMain: true,
      host: { unitId: unit.id, path: unit.path, name: unit.fullName },
      units: [],
    });
    const pointIds: number[] = [];
    for (const point of resolved.points) pointIds.push(await insertPoint(tx, row, point));
    if (spec.groups.length > 0)
      await insertGroups(
        tx,
        spec.groups.map((g, i) => ({
          conferenceId: row.id,
          position: i + 1,
          title: g.title,
          level: g.level,
          rule: g.rule,
          pointId: g.point === 'main' ? mainId : g.point === null ? null : (pointIds[g.point] ?? null),
        })),
      );
    const presentationIds =
      resolved.presentations.length === 0
        ? []
        : await insertPresentations(
            tx,
            resolved.presentations.map((p, i) => ({
              conferenceId: row.id,
              position: i + 1,
              topic: p.topic,
              unitId: p.unit?.unitId ?? null,
              unitName: p.unitName,
              minMinutes: p.minMinutes,
              maxMinutes: p.maxMinutes,
              dueDate: p.dueDate,
            })),
          );
    // The tham luận item of the programme holds them all (its minutes are their sum); it points at the first.
    const thamLuan = spec.items.findIndex((item) => item.kind === 'tham_luan');
    if (spec.items.length > 0)
      await insertItems(
        tx,
        spec.items.map((item, i) => ({
          conferenceId: row.id,
          position: i + 1,
          kind: item.kind,
          title: item.title,
          presenter: item.presenter,
          minutes: item.minutes,
          presentationId: i === thamLuan ? (presentationIds[0] ?? null) : null,
        })),
      );
    await auditConference(
      tx,
      actor,
      { id: row.id, unitId: unit.id, unitPath: unit.path },
      planId ? 'conference.create_from_plan' : 'conference.create',
      {
        after: {
          title: spec.title,
          planId,
          points: pointIds.length + 1,
          groups: spec.groups.length,
          items: spec.items.length,
          presentations: presentationIds.length,
        },
      },
    );
    return row.id;
  });
  return getConference(db, actor, id, today);
}

/**
 * Changes the fields and the status. The status moves forward (a step may be skipped: a conference without giấy
 * mời goes straight to running) or back one step only; `ended` closes check-in.
 */
export async function updateConference(
  db: Db,
  actor: Actor,
  id: number,
  body: UpdateConferenceBody,
  today: string,
): Promise<ConferenceDetail> {
  const conference = await requireConference(db, id);
  assertChangesConference(actor, conference);
  const before = await conferenceRecord(db, id);
  if (body.status) assertMovesConference(conference, body.status);
  const { budget, sessions, ...fields } = body;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  await db.transaction(async (tx) => {
    await updateConferenceRow(tx, id, {
      ...changes,
      ...(sessions !== undefined ? { sessions } : {}),
      ...(budget !== undefined ? { budget } : {}),
    });
    const { secret: _secret, ...old } = before!;
    await auditConference(
      tx,
      actor,
      conference,
      body.status ? `conference.status.${body.status}` : 'conference.update',
      {
        before: Object.fromEntries(Object.keys(body).map((k) => [k, old[k as keyof typeof old]])),
        after: body,
      },
    );
  });
  // Check-in reads the status from a few-second cache: an ended conference stops check-in at once.
  forgetCheckinConference(db, id);
  return getConference(db, actor, id, today);
}

/**
 * DELETE /api/conferences/:id, by its editors, while nothing has left the office: no giấy mời made or sent and
 * nobody checked in (an absence recorded counts too: attendance is the record). Otherwise 409 naming why, offering
 * cancel. Everything that hangs off it goes with it in one transaction; the audit row keeps what it was.
 */
export async function deleteConference(db: Db, actor: Actor, id: number): Promise<void> {
  const conference = await requireConference(db, id);
  assertEditsConference(actor, conference);
  await db.transaction(async (tx) => {
    // Waits for an invitation run or a deletion in progress, then decides on what they wrote.
    await lockConference(tx, id);
    const blockers = await deletionBlockers(tx, id);
    if (deletionBlocked(blockers)) {
      const why = [
        ...(blockers.invitation || blockers.invited > 0 ? [m.deleteInvited(blockers.invited)] : []),
        ...(blockers.present > 0 ? [m.deletePresent(blockers.present)] : []),
      ];
      throw new AppError('CONFLICT', m.deleteRefused(why), {
        reason: blockers.present > 0 ? 'checked_in' : 'invited',
        ...blockers,
        offer: 'cancel',
      });
    }
    const before = await conferenceRecord(tx, id);
    const counts = await countConferenceParts(tx, id);
    await deleteConferenceParts(tx, id);
    await deleteConferenceNotices(tx, id);
    await deleteConferenceRow(tx, id);
    const { secret: _secret, ...old } = before!;
    await auditConference(tx, actor, conference, 'conference.delete', { before: { ...old, ...counts } });
  });
  forgetCheckinConference(db, id);
}

/**
 * POST /api/conferences/:id/cancel: status `cancelled` with the reason. The record stays (giấy mời, answers,
 * attendance); every personal and unit link answers "Hội nghị đã hủy" and RSVP and check-in refuse; the plan is
 * free for a new conference. An ended conference is history and is not cancelled.
 */
export async function cancelConference(
  db: Db,
  actor: Actor,
  id: number,
  body: CancelConferenceBody,
  today: string,
): Promise<ConferenceDetail> {
  const conference = await requireConference(db, id);
  assertChangesConference(actor, conference);
  assertCancelsConference(conference);
  await db.transaction(async (tx) => {
    await markConferenceCancelled(tx, id);
    await auditConference(tx, actor, conference, 'conference.cancel', {
      before: { status: conference.status },
      after: { status: 'cancelled', reason: body.reason },
    });
  });
  // Check-in reads the status from a few-second cache: a cancelled conference stops check-in at once.
  forgetCheckinConference(db, id);
  return getConference(db, actor, id, today);
}

/** The conferences the actor reads: areas in its scopes, and those above that contain its unit (as for plans). */
export async function listConferences(
  db: Db,
  actor: Actor,
  query: { status?: ConferenceStatus | undefined; year?: number | undefined; limit: number; offset: number },
): Promise<{ items: ConferenceSummary[]; total: number }> {
  const scopes = [actor.viewScope, actor.captureScope];
  return selectConferenceSummaries(db, {
    ...query,
    scopes: scopes.every((scope) => scope !== null) ? scopes : null,
  });
}
