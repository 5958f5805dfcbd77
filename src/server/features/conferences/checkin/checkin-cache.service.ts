import type { Db } from '../../../platform/database';
import { selectCheckinConference } from './checkin.repo';

/** What a check-in needs of its conference: the secret that signs its tokens, its status, host and points. */
export interface CheckinConference {
  id: number;
  unitId: number;
  unitPath: string;
  areaPath: string;
  status: string;
  secret: string;
  date: string | null;
  points: Map<number, { name: string; unitPath: string }>;
}

/**
 * Conferences being checked in, kept for a few seconds in this process so that a scan costs one statement (the
 * write) instead of three. A point added a moment ago is found by reloading once (`requirePoint`); a status change
 * (ended) or a new secret is seen by this process after at most TTL_MS, at once when the change calls `forget…`.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 200;
type Entries = Map<number, { value: Promise<CheckinConference | null>; until: number }>;
// Per database: ids repeat across databases (tests open one per engine in the same process).
const byDatabase = new WeakMap<Db, Entries>();
function entriesOf(db: Db): Entries {
  let entries = byDatabase.get(db);
  if (!entries) byDatabase.set(db, (entries = new Map() as Entries));
  return entries;
}

async function loadConference(db: Db, id: number): Promise<CheckinConference | null> {
  const row = await selectCheckinConference(db, id);
  if (!row) return null;
  const points = row.points;
  return {
    id: row.id,
    unitId: row.unit_id,
    unitPath: row.unit_path,
    areaPath: row.area_path,
    status: row.status,
    secret: row.secret,
    date: row.date,
    points: new Map(points.map(([pointId, name, unitPath]) => [pointId, { name, unitPath }])),
  };
}

/** The conference from this process's memory, loaded when missing or older than TTL_MS; null when it does not exist. */
export function checkinConference(db: Db, id: number, now = Date.now()): Promise<CheckinConference | null> {
  const entries = entriesOf(db);
  const entry = entries.get(id);
  if (entry && entry.until > now) return entry.value;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  // Concurrent scans share one load; a failed load is not kept.
  const value = loadConference(db, id);
  entries.set(id, { value, until: now + TTL_MS });
  value.then(
    (conference) => {
      if (!conference) entries.delete(id);
    },
    () => entries.delete(id),
  );
  return value;
}

/** Drops a conference from this process's memory (its status, points or secret changed). */
export function forgetCheckinConference(db: Db, id: number): void {
  entriesOf(db).delete(id);
}

/** The point of this conference, reloading once when the point is not known yet (added since the last load). */
export async function findCheckinPoint(
  db: Db,
  conference: CheckinConference,
  pointId: number,
): Promise<{ conference: CheckinConference; point: { name: string; unitPath: string } } | null> {
  const point = conference.points.get(pointId);
  if (point) return { conference, point };
  forgetCheckinConference(db, conference.id);
  const fresh = await checkinConference(db, conference.id);
  const found = fresh?.points.get(pointId);
  return fresh && found ? { conference: fresh, point: found } : null;
}
