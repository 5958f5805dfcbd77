import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestPostgres, databaseUrl, testRoleUrls, TEST_ROLES } from '../server/testing/test-db';
import { TEST_ROLE_PASSWORD } from '../server/testing/global-setup';
import { SAMPLES } from '../core/documents/samples';
import { inspectDocx } from '../core/documents/inspect-docx';
import { isPdfAvailable } from '../server/platform/pdf';

const run = promisify(execFile);
const main = path.resolve('src/cli/main.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const isPdfReady = await isPdfAvailable();

async function cli(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], {
      env: { ...process.env, DATABASE_URL: '', DEMO_PASSWORD: 'demo-pass-1', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the phongtrao CLI', () => {
  const pgliteDir = path.join(tmp, 'a');
  const backupFile = path.join(tmp, 'backup.json.gz');

  it('creates and seeds a fresh DATA_DIR, then counts units as of a date', { timeout: 180_000 }, async () => {
    const old = await cli({ DATA_DIR: pgliteDir }, 'units', 'stats', '--json', '--at', '2025-06-30');
    expect(old.code, old.stderr).toBe(0);
    expect(JSON.parse(old.stdout)).toEqual({ province: 63, district: 696, commune: 10035, village: 0 });
    const now = await cli({ DATA_DIR: pgliteDir }, 'units', 'stats', '--json', '--at', '2026-01-01');
    expect(JSON.parse(now.stdout)).toEqual({ province: 34, district: 0, commune: 3321, village: 3 });
  });

  it('creates a user, and refuses the same username twice', { timeout: 60_000 }, async () => {
    const args = [
      'users',
      'create',
      '--username',
      'canbo.cli',
      '--password',
      'mat-khau-123',
      '--role',
      'officer',
      '--unit',
      '18673',
    ];
    const first = await cli({ DATA_DIR: pgliteDir }, ...args);
    expect(first.stdout).toMatch(/Đã tạo tài khoản canbo.cli \(officer\) tại Xã Cẩm Xuyên/);
    const second = await cli({ DATA_DIR: pgliteDir }, ...args);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/canbo.cli đã có người dùng/);
    const badRole = await cli(
      { DATA_DIR: pgliteDir },
      'users',
      'create',
      '--username',
      'x.y.z',
      '--password',
      'mat-khau-123',
      '--role',
      'sếp',
      '--unit',
      '18673',
    );
    expect(badRole.code).toBe(1);
  });

  it('imports villages from a CSV in one transaction: a bad row adds none', { timeout: 60_000 }, async () => {
    const good = path.join(tmp, 'thon.csv');
    fs.writeFileSync(
      good,
      'parent,level,type,name,short_name\n18673,village,thôn,Trung Hà,\n18673,organization,MTTQ,Ủy ban MTTQ Việt Nam xã Cẩm Xuyên,UBMTTQVN\n',
    );
    const bad = path.join(tmp, 'thon-loi.csv');
    fs.writeFileSync(
      bad,
      'parent,level,type,name,short_name\n18673,village,thôn,Bắc Sơn,\n18673,village,lâu đài,Không Hợp Lệ,\n',
    );
    const refused = await cli({ DATA_DIR: pgliteDir }, 'units', 'import', '--villages', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Dòng 3/);
    const imported = await cli({ DATA_DIR: pgliteDir }, 'units', 'import', '--villages', good);
    expect(imported.stdout, imported.stderr).toMatch(/Đã thêm 2 thôn, tổ dân phố hoặc cơ quan/);
    const stats = await cli({ DATA_DIR: pgliteDir }, 'units', 'stats', '--json');
    expect(JSON.parse(stats.stdout).village).toBe(4);
  });

  it(
    'backs up and restores into an empty PGlite folder with the same content',
    { timeout: 120_000 },
    async () => {
      expect((await cli({ DATA_DIR: pgliteDir }, 'db', 'backup', backupFile)).code).toBe(0);
      const target = path.join(tmp, 'b');
      const restored = await cli({ DATA_DIR: target }, 'db', 'restore', backupFile);
      expect(restored.stdout, restored.stderr).toMatch(/units: 14157, unit_successions: 10655, users: 6/);
      const again = await cli({ DATA_DIR: target }, 'db', 'restore', backupFile);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/--force/);
      const dup = await cli(
        { DATA_DIR: target },
        'users',
        'create',
        '--username',
        'canbo.cli',
        '--password',
        'mat-khau-123',
        '--role',
        'officer',
        '--unit',
        '18673',
      );
      expect(dup.stderr).toMatch(/đã có người dùng/);
    },
  );

  it.runIf(inject('postgresTemplate'))(
    'restores a PGlite backup into PostgreSQL, then moves it to the owner and runtime roles',
    { timeout: 240_000 },
    async () => {
      const { adminUrl } = inject('postgresTemplate')!;
      const name = `phongtrao_cli_${process.pid}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const inside = async (text: string, values: unknown[] = []) => {
          const client = new pg.Client({ connectionString: databaseUrl(adminUrl, name) });
          await client.connect();
          try {
            return await client.query(text, values);
          } finally {
            await client.end();
          }
        };
        // An installation that ran as a superuser until now.
        const superuser = { DATABASE_URL: databaseUrl(adminUrl, name), DATA_DIR: path.join(tmp, 'pg') };
        const restored = await cli(superuser, 'db', 'restore', backupFile);
        expect(restored.code, restored.stderr).toBe(0);

        const setup = [
          'db',
          'setup-roles',
          '--owner-role',
          TEST_ROLES.owner,
          '--app-role',
          TEST_ROLES.runtime,
        ] as const;
        const passwords = {
          PHONGTRAO_OWNER_PASSWORD: TEST_ROLE_PASSWORD,
          PHONGTRAO_APP_PASSWORD: TEST_ROLE_PASSWORD,
        };
        for (let run = 0; run < 2; run++) {
          const roles = await cli({ ...superuser, ...passwords }, ...setup);
          expect(roles.code, roles.stderr).toBe(0);
          expect(roles.stdout).toContain(
            `DATABASE_URL=postgres://${TEST_ROLES.runtime}:***@127.0.0.1:5432/${name}`,
          );
          expect(roles.stdout).toContain(
            `DATABASE_OWNER_URL=postgres://${TEST_ROLES.owner}:***@127.0.0.1:5432/${name}`,
          );
          expect(roles.stdout).not.toContain(TEST_ROLE_PASSWORD);
        }
        const { rows: owners } = await inside(
          `SELECT DISTINCT pg_get_userbyid(c.relowner) AS owner FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'drizzle')`,
        );
        expect(owners).toEqual([{ owner: TEST_ROLES.owner }]);

        const { runtimeUrl, ownerUrl } = testRoleUrls(adminUrl, name);
        const roles = {
          DATA_DIR: superuser.DATA_DIR,
          DATABASE_URL: runtimeUrl,
          DATABASE_OWNER_URL: ownerUrl,
        };
        const stats = await cli(roles, 'units', 'stats', '--json', '--at', '2024-06-30');
        expect(stats.code, stats.stderr).toBe(0);
        expect(JSON.parse(stats.stdout)).toEqual({ province: 63, district: 696, commune: 10035, village: 0 });
        // Replacing the database is the owner's work; the runtime role gets its rights back on the new tables.
        const replaced = await cli(roles, 'db', 'restore', backupFile, '--force');
        expect(replaced.code, replaced.stderr).toBe(0);
        const created = await cli(
          roles,
          'users',
          'create',
          '--username',
          'canbo.pg',
          '--password',
          'mat-khau-123',
          '--role',
          'officer',
          '--unit',
          '18673',
        );
        expect(created.code, created.stderr).toBe(0);
        const { rows: grants } = await inside(
          `SELECT privilege_type AS p FROM information_schema.table_privileges
           WHERE table_name = 'audit_log' AND grantee = $1 ORDER BY 1`,
          [TEST_ROLES.runtime],
        );
        expect(grants).toEqual([{ p: 'INSERT' }, { p: 'SELECT' }]);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
  );

  it.runIf(inject('postgresTemplate'))(
    'the runtime role alone cannot create the schema, and is told to set DATABASE_OWNER_URL',
    { timeout: 60_000 },
    async () => {
      const empty = await createTestPostgres('cli_e');
      try {
        const env = { DATABASE_URL: empty.runtimeUrl, DATA_DIR: path.join(tmp, 'pg-e') };
        const stats = await cli(env, 'units', 'stats', '--json');
        expect(stats.code).toBe(1);
        expect(stats.stderr).toMatch(/Không đủ quyền .*DATABASE_OWNER_URL/s);
      } finally {
        await empty.drop();
      }
    },
  );

  it(
    'prints the roles SQL without a database, and needs PostgreSQL to run it',
    { timeout: 60_000 },
    async () => {
      const printed = await cli({ PHONGTRAO_APP_PASSWORD: 'mat-khau-app' }, 'db', 'setup-roles', '--print');
      expect(printed.code, printed.stderr).toBe(0);
      expect(printed.stdout).toContain('CREATE ROLE phongtrao_owner');
      expect(printed.stdout).toContain('ALTER ROLE phongtrao_app LOGIN NOSUPERUSER');
      expect(printed.stdout).toContain("PASSWORD 'mat-khau-app'");
      expect(printed.stdout).toMatch(
        /REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public\.audit_log FROM phongtrao_app/,
      );
      const refused = await cli({ DATA_DIR: path.join(tmp, 'no-pg') }, 'db', 'setup-roles');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/cần PostgreSQL/);
      const badName = await cli({}, 'db', 'setup-roles', '--print', '--app-role', 'App; DROP');
      expect(badName.code).toBe(1);
      expect(badName.stderr).toMatch(/không hợp lệ/);
    },
  );
});

describe('phongtrao doc render', () => {
  const dataDir = path.join(tmp, 'doc');
  const draftFile = path.join(tmp, 'ke-hoach.json');
  fs.writeFileSync(draftFile, JSON.stringify(SAMPLES.KH, null, 2));

  it('renders a valid draft to a DOCX that opens', { timeout: 60_000 }, async () => {
    const out = path.join(tmp, 'out', 'ke-hoach.docx');
    const result = await cli({ DATA_DIR: dataDir }, 'doc', 'render', draftFile, '-o', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Đã ghi .*ke-hoach\.docx/);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const docx = await inspectDocx(bytes);
    expect(docx.find('KẾ HOẠCH').isBold).toBe(true);
  });

  it.runIf(isPdfReady)('renders the same draft to a PDF', { timeout: 120_000 }, async () => {
    const out = path.join(tmp, 'out', 'ke-hoach.pdf');
    const result = await cli({ DATA_DIR: dataDir }, 'doc', 'render', draftFile, '--output', out);
    expect(result.code, result.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(fs.readdirSync(path.join(dataDir, 'cache', 'pdf')).filter((f) => f.endsWith('.pdf'))).toHaveLength(
      1,
    );
  });

  it('refuses a PDF with a clear message when LibreOffice is missing', { timeout: 60_000 }, async () => {
    const out = path.join(tmp, 'out', 'khong-co.pdf');
    const result = await cli(
      { DATA_DIR: dataDir, SOFFICE_PATH: path.join(tmp, 'no-soffice') },
      'doc',
      'render',
      draftFile,
      '-o',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Không tìm thấy LibreOffice/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('names every problem of a bad draft and writes nothing', { timeout: 60_000 }, async () => {
    const { title: _title, signer: _signer, ...rest } = SAMPLES.KH;
    const badFile = path.join(tmp, 'sai.json');
    fs.writeFileSync(badFile, JSON.stringify({ ...rest, date: '1890-01-01', kind: 'XYZ' }));
    const out = path.join(tmp, 'out', 'sai.docx');
    const result = await cli({ DATA_DIR: dataDir }, 'doc', 'render', badFile, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/không hợp lệ \(4 lỗi\)/);
    expect(result.stderr).toMatch(/title \(trích yếu\): bắt buộc nhưng chưa có/);
    expect(result.stderr).toMatch(/signer \(người ký\): bắt buộc nhưng chưa có/);
    expect(result.stderr).toMatch(/date \(ngày ban hành\): Ngày phải trong khoảng 1945–2100/);
    expect(result.stderr).toMatch(/kind \(loại văn bản\): .*"XYZ"/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('says so when the draft is not JSON', { timeout: 60_000 }, async () => {
    const broken = path.join(tmp, 'hong.json');
    fs.writeFileSync(broken, '{ "kind": "KH", ');
    const result = await cli({ DATA_DIR: dataDir }, 'doc', 'render', broken, '-o', path.join(tmp, 'x.docx'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/không phải JSON hợp lệ/);
  });
});
