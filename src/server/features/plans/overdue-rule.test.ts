import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanStatus, TaskStatus } from '../../../contracts/plans';
import { isOverdue, type TaskClockFacts } from '../../../core/tasks/deadline';
import { queryRows, type Database } from '../../platform/database';
import { engines, openTestDatabase } from '../../testing/test-db';
import { overdueSql } from './tasks.repo';

const TODAY = '2026-03-10';
const statuses: TaskStatus[] = ['not_started', 'in_progress', 'done', 'done_late', 'paused'];
const planStatuses: PlanStatus[] = ['draft', 'submitted', 'approved', 'issued', 'in_progress', 'closed'];
const dueDays = [null, '2026-03-09', TODAY, '2026-03-11', '2025-01-01'];
const recurrences = [null, 'FREQ=MONTHLY'];

/** Every combination of the facts the rule reads. */
const cases: TaskClockFacts[] = statuses.flatMap((status) =>
  planStatuses.flatMap((planStatus) =>
    dueDays.flatMap((deadlineTo) =>
      recurrences.map((recurrence) => ({ status, planStatus, deadlineTo, recurrence })),
    ),
  ),
);

describe.each(engines())('the overdue rule in SQL agrees with core/tasks on %s', (engine) => {
  let database: Database;
  beforeAll(async () => void (database = await openTestDatabase(engine)));
  afterAll(async () => database?.close());

  it(`for all ${cases.length} combinations of status, plan status, due day and recurrence`, async () => {
    const values = sql.join(
      cases.map(
        (c, i) =>
          sql`(${i}::int, ${c.status}::text, ${c.deadlineTo}::date, ${c.recurrence}::text, ${c.planStatus}::text)`,
      ),
      sql`, `,
    );
    const rows = await queryRows<{ i: number; overdue: boolean | null }>(
      database.db,
      sql`SELECT t.i, (${overdueSql(TODAY)}) AS overdue
          FROM (VALUES ${values}) AS t(i, status, deadline_to, recurrence, plan_status)
          JOIN LATERAL (SELECT t.plan_status AS status) pl ON true
          ORDER BY t.i`,
    );
    // SQL's NULL (no due day) is "not overdue", as a WHERE or FILTER reads it.
    const fromSql = rows.map((r) => r.overdue === true);
    expect(fromSql).toEqual(cases.map((c) => isOverdue(c, TODAY)));
    expect(fromSql.filter(Boolean).length).toBeGreaterThan(0);
  });
});
