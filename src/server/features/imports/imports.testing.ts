import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/database';
import { buildUser } from '../../testing/factories';
import { multipartFile } from '../../testing/multipart';

/**
 * Signs in an editor (an officer of xã Cẩm Xuyên) and answers how to send a file to `POST /api/plans/import` as that
 * account (`query`: `?review=true`), and its cookie.
 */
export async function planImporter(ctx: { app: FastifyInstance; database: Database }) {
  const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
  const upload = (fileName: string, bytes: Uint8Array, query = '') => {
    const { payload, headers } = multipartFile(fileName, bytes);
    return ctx.app.inject({
      method: 'POST',
      url: `/api/plans/import${query}`,
      headers: { ...headers, cookie },
      payload,
    });
  };
  return { cookie, upload };
}

const run = promisify(execFile);

/** `phongtrao plan import ARGS` as a child process, as it is run: its exit code, stdout and stderr. */
export async function planImportCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'plan',
      'import',
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
