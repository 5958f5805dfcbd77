import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BOUNDARY_RULE, CYCLE_RULE, MESSAGE_RULE, offences } from './check-structure';

let root: string | null = null;

/** A project of the given files (path → text) in a fresh temp folder. */
function project(tree: Record<string, string>): string {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-structure-'));
  for (const [file, text] of Object.entries(tree)) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

afterEach(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
  root = null;
});

const F = 'src/server/features';

describe('check-structure', () => {
  it('finds SQL outside a repo, and lets repos, platform, db and tests hold it', () => {
    const dir = project({
      [`${F}/a/a.service.ts`]:
        'const rows = await db.execute(sql`SELECT 1`);\n// db.execute(sql`x`) in a comment\n',
      [`${F}/a/a.repo.ts`]: 'await db.execute(sql`SELECT 1`);\n',
      [`${F}/a/a.test.ts`]: 'await db.execute(sql`SELECT 1`);\n',
      [`${F}/a/testing/make.ts`]: 'await queryRows(db, sql`SELECT 1`);\n',
      'src/server/platform/p.ts': 'await db.execute(sql.raw("x"));\n',
      'src/server/db/d.ts': 'await queryRows(db, sql`x`);\n',
    });
    expect(offences(['src'], dir)).toEqual([`${F}/a/a.service.ts:1: SQL outside a repo`]);
  });

  it('finds the system time read outside the clock, not an explicit instant', () => {
    const dir = project({
      [`${F}/a/a.service.ts`]:
        'const t = todayInVietnam();\nconst d = new Date();\nconst x = todayInVietnam(now);\n',
      'src/server/platform/clock.ts': 'const now = () => new Date();\n',
      'src/web/ui/clock.ts': 'export const now = () => new Date();\n',
      [`${F}/a/a.cases.ts`]: 'const d = new Date();\n',
    });
    expect(offences(['src'], dir)).toEqual([
      `${F}/a/a.service.ts:1: time read outside the clock`,
      `${F}/a/a.service.ts:2: time read outside the clock`,
    ]);
  });

  it('finds Vietnamese text outside a message table, and lets tables, OpenAPI docs, the demo and tests hold it', () => {
    const dir = project({
      [`${F}/a/a.service.ts`]: [
        "throw new AppError('CONFLICT', 'Kế hoạch đã ban hành.');",
        'const t = `Nhiệm vụ ${n} đã quá hạn`;',
        "const code = 'PLAN_ISSUED'; // đã ban hành",
        '/** Kế hoạch: in a comment */',
        'const mixed = `${a} x ${b} hết hạn`;',
      ].join('\n'),
      [`${F}/a/a.routes.ts`]: "app.get('/x', { schema: { summary: 'Kế hoạch', description: `Mô tả` } });\n",
      [`${F}/a/a.messages.ts`]: "export const m = { issued: 'Kế hoạch đã ban hành.' };\n",
      [`${F}/demo/demo.plans.ts`]: "export const title = 'Kế hoạch';\n",
      [`${F}/a/a.test.ts`]: "expect(x).toBe('Kế hoạch');\n",
      'src/web/features/a/a.tsx': "const label = 'Kế hoạch';\n",
    });
    expect(offences(['src'], dir)).toEqual([
      `${F}/a/a.service.ts:1: ${MESSAGE_RULE}`,
      `${F}/a/a.service.ts:2: ${MESSAGE_RULE}`,
      `${F}/a/a.service.ts:5: ${MESSAGE_RULE}`,
    ]);
  });

  it('finds the system clock named outside the entry points', () => {
    const dir = project({
      [`${F}/a/a.service.ts`]: "import { systemClock } from '../../platform/clock';\n",
      'src/server/app.ts': 'const clock = options.clock ?? systemClock;\n',
      'src/server/bootstrap.ts': 'const clock = options.clock ?? systemClock;\n',
      'src/cli/main.ts': 'const clock = systemClock;\n',
      'src/server/platform/clock.ts': 'export const systemClock = { now: () => new Date() };\n',
    });
    expect(offences(['src'], dir)).toEqual([
      `${F}/a/a.service.ts:1: system clock read outside an entry point`,
    ]);
  });

  it("finds another feature's repo imported, in every import form, and lets services and own repos through", () => {
    const dir = project({
      [`${F}/b/b.repo.ts`]: 'export const x = 1;\n',
      [`${F}/b/b.service.ts`]: 'export const y = 1;\n',
      [`${F}/b/index.ts`]: 'export const z = 1;\n',
      [`${F}/a/a.repo.ts`]: 'export const w = 1;\n',
      [`${F}/a/a.service.ts`]: [
        "import { x } from '../b/b.repo';",
        "import {\n  y,\n} from '../b/b.service';",
        "export { x as x2 } from '../b/b.repo';",
        "const lazy = await import('../b/b.repo');",
        "import '../b/b.repo';",
        "import { w } from './a.repo';",
        "import { z } from '../b';",
      ].join('\n'),
      [`${F}/a/a.test.ts`]: "import { x } from '../b/b.repo';\n",
    });
    const at = (line: number) => `${F}/a/a.service.ts:${line}: ${BOUNDARY_RULE} (${F}/b/b.repo.ts)`;
    expect(offences(['src'], dir)).toEqual([at(1), at(5), at(6), at(7)]);
  });

  it('lets sub-features of one feature import each other’s services, not their repos', () => {
    const dir = project({
      [`${F}/c/x/x.repo.ts`]: 'export const x = 1;\n',
      [`${F}/c/x/x.service.ts`]: 'export const s = 1;\n',
      [`${F}/c/y/y.repo.ts`]: 'export const r = 1;\n',
      [`${F}/c/y/y.service.ts`]: "import { s } from '../x/x.service';\nimport { r } from './y.repo';\n",
      [`${F}/c/y/y.other.ts`]: "import { x } from '../x/x.repo';\n",
    });
    expect(offences(['src'], dir)).toEqual([`${F}/c/y/y.other.ts:1: ${BOUNDARY_RULE} (${F}/c/x/x.repo.ts)`]);
  });

  it('finds a cycle between server features (sub-folders count as their feature), not an import one way', () => {
    const dir = project({
      [`${F}/plans/p.service.ts`]: "import { c } from '../conferences/sub/c.service';\nexport const p = 1;\n",
      [`${F}/conferences/sub/c.service.ts`]:
        "import { p } from '../../plans/p.service';\nexport const c = 1;\n",
      [`${F}/conferences/sub/d.ts`]: "import { c } from './c.service';\n",
      [`${F}/units/u.service.ts`]: "import { p } from '../plans/p.service';\n",
    });
    expect(offences(['src'], dir)).toEqual([
      `${F}/conferences/sub/c.service.ts:1: ${CYCLE_RULE} (conferences ↔ plans)`,
      `${F}/plans/p.service.ts:1: ${CYCLE_RULE} (conferences ↔ plans)`,
    ]);
  });

  it('finds a cycle between web features, and lets routes import any feature', () => {
    const W = 'src/web/features';
    const dir = project({
      [`${W}/plans/plan-actions.tsx`]: "import { Modal } from '../conferences/modal';\nexport const A = 1;\n",
      [`${W}/conferences/modal.tsx`]: "import { A } from '../plans/plan-actions';\nexport const Modal = 1;\n",
      [`${W}/tasks/list.tsx`]: 'export const L = 1;\n',
      [`${W}/units/u.tsx`]: "import { L } from '../tasks/list';\n",
      'src/web/routes/plans.tsx':
        "import { A } from '../features/plans/plan-actions';\nimport { L } from '../features/tasks/list';\n",
      [`${W}/tasks/uses-routes.tsx`]: "import x from '../../routes/plans';\n",
    });
    expect(offences(['src'], dir)).toEqual([
      `${W}/conferences/modal.tsx:1: ${CYCLE_RULE} (conferences ↔ plans)`,
      `${W}/plans/plan-actions.tsx:1: ${CYCLE_RULE} (conferences ↔ plans)`,
    ]);
  });
});
