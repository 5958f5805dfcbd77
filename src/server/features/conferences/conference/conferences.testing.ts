import type { InjectOptions } from 'fastify';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../platform/database';
import {
  conferencePoints,
  conferences,
  delegateGroups,
  delegates as delegatesTable,
} from '../../../db/schema/conferences';
import { newConferenceSecret, signToken, tokenExpiry } from '../invitations/tokens.service';

/**
 * A conference written straight into the database, for tests of one part (invitations, check-in, presentations)
 * that should not depend on the create use case. The host is a unit by code (default: xã Cẩm Xuyên, 18673, whose
 * test accounts the plan tests use); `points` are extra điểm cầu hosted by the given unit codes.
 */
export async function insertTestConference(
  db: Db,
  options: {
    unit?: string;
    delegates?: number;
    points?: string[];
    date?: string | null;
    title?: string;
  } = {},
) {
  const [unit] = await queryRows<{ id: number; path: string }>(
    db,
    sql`SELECT id, path FROM units WHERE code = ${options.unit ?? '18673'} AND valid_to IS NULL LIMIT 1`,
  );
  if (!unit) throw new Error(`no unit ${options.unit}`);
  const date = options.date === undefined ? '2030-03-22' : options.date;
  const [conference] = await db
    .insert(conferences)
    .values({
      unitId: unit.id,
      areaUnitId: unit.id,
      areaPath: unit.path,
      title: options.title ?? 'Hội nghị tổng kết phong trào thi đua năm 2029',
      date,
      sessions: [{ label: 'Sáng', start: '07:30', end: '11:30' }],
      venue: 'Hội trường UBND',
      secret: newConferenceSecret(),
    })
    .returning();
  const points: (typeof conferencePoints.$inferSelect)[] = [];
  const [main] = await db
    .insert(conferencePoints)
    .values({
      conferenceId: conference!.id,
      position: 1,
      name: 'Điểm cầu chính',
      isMain: true,
      unitId: unit.id,
      unitPath: unit.path,
    })
    .returning();
  points.push(main!);
  for (const [i, code] of (options.points ?? []).entries()) {
    const [host] = await queryRows<{ id: number; path: string; full_name: string }>(
      db,
      sql`SELECT id, path, full_name FROM units WHERE code = ${code} AND valid_to IS NULL LIMIT 1`,
    );
    const [point] = await db
      .insert(conferencePoints)
      .values({
        conferenceId: conference!.id,
        position: i + 2,
        name: `Điểm cầu ${host!.full_name}`,
        unitId: host!.id,
        unitPath: host!.path,
      })
      .returning();
    points.push(point!);
  }
  const [group] = await db
    .insert(delegateGroups)
    .values({ conferenceId: conference!.id, position: 1, title: 'Cấp xã', level: 'commune' })
    .returning();
  const count = options.delegates ?? 3;
  const rows =
    count === 0
      ? []
      : await db
          .insert(delegatesTable)
          .values(
            Array.from({ length: count }, (_, i) => ({
              conferenceId: conference!.id,
              groupId: group!.id,
              pointId: points[i % points.length]!.id,
              name: `Đại biểu ${i + 1}`,
              position: 'Chuyên viên',
              unitName: 'UBND xã Cẩm Xuyên',
              email: `daibieu${i + 1}@example.vn`,
              source: 'manual',
              dedupeKey: `test:${i + 1}`,
            })),
          )
          .returning();
  const tokenOf = (
    delegate: { id: number; tokenVersion: number },
    expires = tokenExpiry(date, '2030-01-01'),
  ) =>
    signToken(conference!.secret, {
      conferenceId: conference!.id,
      delegateId: delegate.id,
      version: delegate.tokenVersion,
      expires,
    });
  return { conference: conference!, unit, points, group: group!, delegates: rows, tokenOf };
}

/** The foreign objects the cross-scope test aims at (a conference in Hà Nội while the actors work in Hà Tĩnh). */
export interface ConferenceTargets {
  foreignConferenceId: number;
  foreignPointId: number;
  foreignGroupId: number;
  foreignDelegateId: number;
  /** A valid check-in token of the foreign conference. */
  foreignToken: string;
}

export type CrossScopeAttempt = Omit<InjectOptions, 'method'>;
export type CrossScopeCases = Record<string, (t: ConferenceTargets) => CrossScopeAttempt[]>;
export type SelfOnlyRoutes = Record<string, string>;
