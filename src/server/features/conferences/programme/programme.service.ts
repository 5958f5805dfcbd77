import type { Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import type { ConferenceSession, ProgrammeItem, ProgrammeItemInput } from '../../../../contracts/conferences';
import { programmeTimes } from '../../../../core/conferences/programme-times';
import type { Actor } from '../../../platform/actor';
import {
  assertChangesConference,
  auditConference,
  requireConference,
} from '../conference/conference-access.service';
import { conferenceUnitRefs } from '../points/points.service';
import { conferenceSessions, presentationIdsOf, replaceItems, selectItems } from './programme.repo';
import { programmeMessages as m } from './programme.messages';

/** The programme in order, with clock times run from the first session's start. */
export async function listProgramme(
  db: Db,
  conferenceId: number,
  sessions: ConferenceSession[],
): Promise<ProgrammeItem[]> {
  const rows = await selectItems(db, conferenceId);
  const times = programmeTimes(
    sessions[0]?.start ?? null,
    rows.map((r) => r.minutes),
  );
  return rows.map((r, i) => ({
    id: r.id,
    position: r.position,
    kind: r.kind as ProgrammeItem['kind'],
    title: r.title,
    presenter: r.presenter,
    presenterUnitId: r.presenterUnitId,
    minutes: r.minutes,
    performances: r.performances,
    presentationId: r.presentationId,
    note: r.note,
    ...times[i]!,
  }));
}

/** Replaces the ordered programme in one transaction; a bad item (unknown tham luận or unit) changes nothing. */
export async function replaceProgramme(
  db: Db,
  actor: Actor,
  conferenceId: number,
  items: ProgrammeItemInput[],
  today: string,
): Promise<ProgrammeItem[]> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const own = new Set(await presentationIdsOf(db, conferenceId));
  const errors = items.flatMap((item, i) =>
    item.presentationId && !own.has(item.presentationId)
      ? [{ path: `items.${i}.presentationId`, message: m.presentationNotOfConference }]
      : [],
  );
  const refs = items.some((i) => i.presenterUnit) ? await conferenceUnitRefs(db, conference, today) : null;
  const units: (number | null)[] = [];
  for (const [i, item] of items.entries()) {
    if (!item.presenterUnit) {
      units.push(null);
      continue;
    }
    const unit = await refs!.resolve(db, item.presenterUnit);
    if (unit.unitId === null)
      errors.push({ path: `items.${i}.presenterUnit`, message: m.unitNotFound(unit.name) });
    units.push(unit.unitId);
  }
  if (errors.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      m.programmeInvalid(errors.map((e) => Number(e.path.split('.')[1]) + 1)),
      errors,
    );
  const before = await listProgramme(db, conferenceId, []);
  await db.transaction(async (tx) => {
    await replaceItems(
      tx,
      conferenceId,
      items.map((item, i) => ({
        conferenceId,
        position: i + 1,
        kind: item.kind,
        title: item.title,
        presenter: item.presenter ?? null,
        presenterUnitId: units[i] ?? null,
        minutes: item.minutes ?? null,
        performances: item.performances ?? null,
        presentationId: item.presentationId ?? null,
        note: item.note ?? null,
      })),
    );
    await auditConference(tx, actor, conference, 'conference.programme.replace', {
      before: before.map((b) => `${b.kind}: ${b.title}`),
      after: items.map((b) => `${b.kind}: ${b.title}`),
    });
  });
  return listProgramme(db, conferenceId, await conferenceSessions(db, conferenceId));
}
