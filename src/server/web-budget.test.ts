import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_FOR_PUBLIC, PUBLIC_PAGES, pageWeight } from './web-budget';

// The public pages' JavaScript, read from a fresh build of the web app (a few seconds) in a folder of its own.
const root = fileURLToPath(new URL('../..', import.meta.url));
let outDir = '';

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-web-'));
  const { build } = await import('vite');
  // vitest sets NODE_ENV=test, with which React's JSX is the development one: build as `npm run build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: path.join(root, 'src/web'),
      configFile: path.join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe.each(Object.entries(PUBLIC_PAGES))('the public page %s', (_name, { entry, route, budgetBytes }) => {
  it(`loads at most ${budgetBytes / 1024} KB of JavaScript (gzip) before it renders`, () => {
    const { files, gzipBytes } = pageWeight(outDir, entry);
    expect(files.length).toBeGreaterThan(1);
    expect(gzipBytes, files.join(', ')).toBeLessThanOrEqual(budgetBytes);
  });

  it('renders its page from its own entry, which loads neither the app nor the QR decoder', () => {
    const { chunks } = pageWeight(outDir, entry);
    expect(chunks).toContain(route);
    expect(chunks.filter((key) => HEAVY_FOR_PUBLIC.some((heavy) => heavy.test(key)))).toEqual([]);
  });
});
