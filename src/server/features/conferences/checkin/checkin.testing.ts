import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildUser } from '../../../testing/factories';
import { queryRows, type Database } from '../../../platform/database';
import { insertTestConference } from '../conference/conferences.testing';

/** What the check-in and attendance tests share: accounts, a conference with commune points, and row counts. */
export function checkinKit(ctx: { app: FastifyInstance; database: Database }) {
  const db = () => ctx.database.db;
  const checkin = (cookie: string, payload: Record<string, unknown>) =>
    ctx.app.inject({ method: 'POST', url: '/api/checkin', headers: { cookie }, payload });

  /** An officer of xã Cẩm Xuyên (18673), the test conferences' host. */
  const organiser = async () => (await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' })).cookie;

  /**
   * A conference of xã Cẩm Xuyên with points at two other communes of Hà Tĩnh: points[0] is the main one,
   * points[1] is hosted by `pointStaff`'s commune, points[2] by a third commune. Delegate i sits at point i % 3.
   */
  async function communeSetup(options: { delegates: number }) {
    const communes = await queryRows<{ code: string }>(
      db(),
      sql`SELECT c.code FROM units c JOIN units h ON h.code = '18673' AND h.valid_to IS NULL
           WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.code <> '18673'
             AND c.path LIKE '/' || split_part(h.path, '/', 2) || '/%'
           ORDER BY c.code LIMIT 2`,
    );
    const fixture = await insertTestConference(db(), {
      delegates: options.delegates,
      points: communes.map((c) => c.code),
    });
    const [cookie, staff, viewer] = await Promise.all([
      organiser(),
      buildUser(ctx.app, db(), { role: 'officer', unit: communes[0]!.code }),
      buildUser(ctx.app, db(), { role: 'viewer', unit: '18673' }),
    ]);
    return { ...fixture, cookie, pointStaff: staff.cookie, viewer: viewer.cookie, communes };
  }

  /** Attendance rows of a conference and the audit rows written about its delegates' attendance. */
  async function tableCounts(conferenceId: number) {
    const [row] = await queryRows<{ attendance: number; audit: number }>(
      db(),
      sql`SELECT (SELECT count(*)::int FROM attendance WHERE conference_id = ${conferenceId}) AS attendance,
                 (SELECT count(*)::int FROM audit_log WHERE entity_type = 'delegate'
                     AND coalesce(after->>'conferenceId', before->>'conferenceId') = ${String(conferenceId)}) AS audit`,
    );
    return row!;
  }

  return { db, checkin, organiser, communeSetup, tableCounts };
}
