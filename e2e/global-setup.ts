import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Playwright's global setup: the server serves dist/web, so it is built first when missing. */
export default async function buildWebIfMissing(): Promise<void> {
  if (fs.existsSync(path.join(root, 'dist/web/index.html'))) return;
  console.log('building the web app (dist/web/index.html is missing)');
  const { build } = await import('vite');
  // vite.config.ts gives its root relative to the working directory: the absolute one here holds from anywhere.
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    root: path.join(root, 'src/web'),
    logLevel: 'warn',
  });
}
