import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixed } from './stats';

/**
 * `npm start`'s promise: the first page within 15 s on a fresh DATA_DIR and within 5 s after.
 * Baseline, same run: a bare Node process that serves one file over HTTP.
 */
export interface StartupReport {
  baselineMs: number;
  firstRun: { pageMs: number; apiMs: number };
  secondRun: { pageMs: number; apiMs: number };
}

const main = path.resolve('src/server/main.ts');

async function answers(url: string, accept: (body: string) => boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(250) });
    return response.ok && accept(await response.text());
  } catch {
    return false;
  }
}

/** Starts a process and polls until the page, then the API, answer; returns both times. */
async function timeStart(args: string[], env: Record<string, string>, port: number, pageOnly = false) {
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  });
  let pageMs = Number.NaN;
  let apiMs = Number.NaN;
  try {
    while (Date.now() - started < 120_000) {
      const now = Date.now() - started;
      if (
        Number.isNaN(pageMs) &&
        (await answers(
          `http://127.0.0.1:${port}/dang-nhap`,
          (b) => b.includes('<div id="root">') || b.includes('ok'),
        ))
      )
        pageMs = now;
      if (pageOnly && !Number.isNaN(pageMs)) break;
      if (
        !Number.isNaN(pageMs) &&
        (await answers(`http://127.0.0.1:${port}/api/health`, (b) => b.includes('"ok"')))
      ) {
        apiMs = Date.now() - started;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return { pageMs, apiMs };
}

export async function benchStartup(): Promise<StartupReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-start-'));
  const port = 3800 + Math.floor(Math.random() * 90);
  try {
    const bare = `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`;
    const baseline = await timeStart(['-e', bare], {}, port, true);
    const env = { DATA_DIR: dir, DATABASE_URL: '', DEMO_PASSWORD: 'bench-pass-1' };
    const firstRun = await timeStart(['--import', 'tsx', main], env, port + 1);
    const secondRun = await timeStart(['--import', 'tsx', main], env, port + 2);
    return { baselineMs: baseline.pageMs, firstRun, secondRun };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printStartup(r: StartupReport): void {
  const s = (ms: number) => `${fixed(ms / 1000, 2)} s`;
  const ratio = (ms: number) => `${fixed(ms / r.baselineMs, 1)}x`;
  console.log('\nstartup (PGlite, web app already built)');
  console.log(`baseline  bare node http server, first answer   ${s(r.baselineMs)}`);
  console.log(
    `first run  page ${s(r.firstRun.pageMs)} (${ratio(r.firstRun.pageMs)})   API ready ${s(r.firstRun.apiMs)} (${ratio(r.firstRun.apiMs)})`,
  );
  console.log(
    `second run page ${s(r.secondRun.pageMs)} (${ratio(r.secondRun.pageMs)})   API ready ${s(r.secondRun.apiMs)} (${ratio(r.secondRun.apiMs)})`,
  );
  const pass = r.firstRun.pageMs < 15_000 && r.secondRun.pageMs < 5_000;
  console.log(`goal: first page < 15 s on a first run and < 5 s after: ${pass ? 'PASS' : 'MISS'}`);
}
