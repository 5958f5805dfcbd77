import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../src/server/platform/database';

export const COMMUNES = 3321;
export const TASKS_PER_PLAN = 50;
export const PROVINCE_CODE = 'BENCH-P';
export const communeCode = (n: number): string => `BENCH-C${String(n).padStart(4, '0')}`;

/**
 * One synthetic province with 3,321 communes (the country's count), each with one plan in progress of 50 tasks, each
 * task led by its commune and supported by the next one. Deadlines fall evenly over today-300 … today+65 and about
 * 60 % of tasks are open, both from a hash of the task's key so that every run loads the same rows. Set-based: one
 * INSERT … SELECT per table, then ANALYZE (PGlite has no autovacuum).
 */
export async function loadPlans(db: Db, today: string): Promise<{ tasks: number; parties: number }> {
  const year = Number(today.slice(0, 4));
  const statements = [
    sql`INSERT INTO units (id, code, level, type, name, full_name, path, search_key)
        SELECT s.id, ${PROVINCE_CODE}, 'province', 'tỉnh', 'Bench', 'Tỉnh Bench', '/' || s.id || '/', 'tinh bench'
        FROM (SELECT nextval(pg_get_serial_sequence('units', 'id')) AS id) s`,
    sql`INSERT INTO units (id, code, level, type, name, full_name, parent_id, path, search_key)
        SELECT s.id, 'BENCH-C' || lpad(s.n::text, 4, '0'), 'commune', 'xã', 'Bench ' || s.n, 'Xã Bench ' || s.n,
               p.id, p.path || s.id || '/', 'xa bench ' || s.n
        FROM (SELECT n, nextval(pg_get_serial_sequence('units', 'id')) AS id
              FROM generate_series(1, ${COMMUNES}) n ORDER BY n) s
        CROSS JOIN units p WHERE p.code = ${PROVINCE_CODE}`,
    // One officer with an e-mail per unit, so the run also builds its digests.
    sql`INSERT INTO users (username, password_hash, full_name, email, role, unit_id)
        SELECT lower(code), 'bench-no-login', 'Cán bộ ' || full_name, lower(code) || '@bench.invalid', 'officer', id
        FROM units WHERE code LIKE 'BENCH-%'`,
    sql`INSERT INTO documents (unit_id, kind, title, status, number, issued_date, issued_version)
        SELECT id, 'KH', 'Kế hoạch thực hiện phong trào thi đua năm ' || ${year} || ' của ' || full_name, 'issued',
               substr(code, 8) || '/KH-UBND', ${today}::date - 330, 1
        FROM units WHERE code LIKE 'BENCH-C%' ORDER BY id`,
    sql`INSERT INTO plans (document_id, unit_id, area_unit_id, area_path, status, year)
        SELECT d.id, u.id, u.id, u.path, 'in_progress', ${year}
        FROM documents d JOIN units u ON u.id = d.unit_id WHERE u.code LIKE 'BENCH-C%' ORDER BY d.id`,
    sql`INSERT INTO tasks (plan_id, position, text, deadline_raw, deadline_kind, deadline_from, deadline_to, status,
                           progress)
        SELECT x.plan_id, x.position, 'Nhiệm vụ ' || x.position || ' của kế hoạch ' || x.plan_id,
               'trước ngày ' || to_char(x.deadline, 'DD/MM/YYYY'), 'date', x.deadline, x.deadline, x.status,
               CASE x.status WHEN 'in_progress' THEN 50 WHEN 'done' THEN 100 WHEN 'done_late' THEN 100 ELSE 0 END
        FROM (SELECT h.plan_id, h.position, ${today}::date - 300 + (h.h % 366)::int AS deadline,
                     CASE WHEN h.h / 366 % 100 < 30 THEN 'not_started' WHEN h.h / 366 % 100 < 60 THEN 'in_progress'
                          WHEN h.h / 366 % 100 < 90 THEN 'done' WHEN h.h / 366 % 100 < 97 THEN 'done_late'
                          ELSE 'paused' END AS status
              FROM (SELECT pl.id AS plan_id, g AS position,
                           hashtext(u.code || ':' || g)::bigint & 2147483647 AS h
                    FROM plans pl JOIN units u ON u.id = pl.unit_id
                    CROSS JOIN generate_series(1, ${TASKS_PER_PLAN}) g
                    WHERE u.code LIKE 'BENCH-C%') h) x
        ORDER BY x.plan_id, x.position`,
    sql`INSERT INTO task_parties (task_id, role, unit_id, unit_path, name)
        SELECT t.id, r.role, w.id, w.path, w.full_name
        FROM tasks t JOIN plans pl ON pl.id = t.plan_id JOIN units u ON u.id = pl.unit_id
        CROSS JOIN (VALUES ('lead', 0), ('support', 1)) r(role, step)
        JOIN units w ON w.code = 'BENCH-C' || lpad(((substr(u.code, 8)::int - 1 + r.step) % ${COMMUNES} + 1)::text, 4, '0')
        WHERE u.code LIKE 'BENCH-C%'
        ORDER BY t.id, r.step`,
  ];
  for (const statement of statements) await db.execute(statement);
  await db.execute(sql`ANALYZE`);
  const [counts] = await queryRows<{ tasks: number; parties: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM task_parties) AS parties`,
  );
  return counts!;
}
