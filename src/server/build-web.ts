import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverMessages } from './server.messages';

// Builds the web app when it is missing or older than its sources (`npm install` runs it as `prepare`; `npm start` too).
const root = fileURLToPath(new URL('../..', import.meta.url));
const built = path.join(root, 'dist/web/index.html');

function newestMtime(dir: string): number {
  if (fs.statSync(dir).isFile()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export async function buildWebIfStale(): Promise<void> {
  // vite.config.ts too: it decides the build's layout (chunks, manifest, the .br and .gz files the server sends).
  const sources = ['src/web', 'src/contracts', 'src/core', 'vite.config.ts'].map((dir) =>
    path.join(root, dir),
  );
  const fresh = fs.existsSync(built) && fs.existsSync(path.join(root, 'dist/ssr/ssr.js'));
  if (fresh && Math.max(...sources.map(newestMtime)) <= fs.statSync(built).mtimeMs) return;
  console.log(serverMessages.buildingWeb);
  const { build } = await import('vite');
  // The build reads the sources as they are now: it is stamped with this moment, so a source saved while it runs
  // is newer than the build and the next start builds again.
  const startedAt = Date.now() / 1000; // seconds, as utimes takes them
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
    // The server's render of the public pages (src/web/ssr.tsx → dist/ssr/ssr.js, src/server/web-prerender.ts).
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { ssr: true } });
    fs.utimesSync(built, startedAt, startedAt);
  } finally {
    process.chdir(cwd);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await buildWebIfStale();
