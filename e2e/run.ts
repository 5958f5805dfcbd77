import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSmtpCapture, type SmtpCapture } from '../src/server/testing/smtp-capture';

/** What a journey gets besides its page: the local SMTP server the product's mail goes to. */
export interface JourneyContext {
  smtp: SmtpCapture;
}

/** What a journey may ask for before its browser starts (e.g. a fake camera fed from a file). */
export interface JourneySetup {
  chromiumArgs?: string[];
}

interface Journey {
  name: string;
  run: (page: Page, baseUrl: string, context: JourneyContext) => Promise<void>;
  /** Optional: called before the journey; extra launch arguments give it a browser of its own. */
  prepare?: () => Promise<JourneySetup> | JourneySetup;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const e2eDir = path.join(root, 'e2e');
const artifactsDir = path.join(e2eDir, 'artifacts');
const HEALTH_TIMEOUT_MS = 90_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function buildWebIfMissing(): Promise<void> {
  if (fs.existsSync(path.join(root, 'dist/web/index.html'))) return;
  console.log('building the web app (dist/web/index.html is missing)');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** A free port in 3900-3999, starting at a random one so that parallel runs rarely collide. */
async function freePort(): Promise<number> {
  const start = 3900 + Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 3900 + ((start - 3900 + i) % 100);
    if (await isFree(port)) return port;
  }
  throw new Error('no free port in 3900-3999');
}

function startServer(port: number, dataDir: string, logFile: string, smtpUrl: string): ChildProcess {
  const log = fs.openSync(logFile, 'w');
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_PASSWORD: 'e2e-pass-123',
    DATABASE_URL: '',
    SEED_DEMO: 'true',
    SECURE_COOKIES: 'false',
    SMTP_URL: smtpUrl,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  return child;
}

async function waitForHealth(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${tail(logFile)}`,
  );
}

const tail = (file: string, lines = 30): string =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';

/** Stops the server's whole process group: TERM, then KILL after 10 s. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Every journey, or those whose file name contains one of `filters` (`npm run test:e2e -- conferences`). */
async function loadJourneys(filters: string[]): Promise<Journey[]> {
  const files = fs
    .readdirSync(e2eDir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
    .sort();
  if (files.length === 0) throw new Error(`no journey matches ${filters.join(', ')}`);
  const journeys: Journey[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(e2eDir, file)).href)) as Partial<Journey>;
    if (typeof mod.run !== 'function') throw new Error(`${file} exports no run(page, baseUrl)`);
    journeys.push({ name: mod.name ?? file.replace(/\.e2e\.ts$/, ''), run: mod.run, prepare: mod.prepare });
  }
  return journeys;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'journey';

async function runJourneys(
  browser: Browser,
  journeys: Journey[],
  baseUrl: string,
  journeyContext: JourneyContext,
): Promise<number> {
  let failed = 0;
  for (const journey of journeys) {
    const setup = (await journey.prepare?.()) ?? {};
    const ownBrowser = setup.chromiumArgs?.length ? await launchChromium(setup.chromiumArgs) : null;
    const context = await (ownBrowser ?? browser).newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    // The pages must satisfy the server's Content-Security-Policy: Chromium reports each violation on the console.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    try {
      await journey.run(page, baseUrl, journeyContext);
      if (violations.length > 0)
        throw new Error(`Content-Security-Policy violations:\n  ${violations.join('\n  ')}`);
      console.log(`✓ ${journey.name}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${journey.name}: ${error instanceof Error ? error.message : String(error)}`);
      fs.mkdirSync(artifactsDir, { recursive: true });
      const shot = path.join(artifactsDir, `${slug(journey.name)}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      console.log(`  screenshot: ${path.relative(root, shot)} (page was ${page.url()})`);
    } finally {
      await context.close();
      await ownBrowser?.close();
    }
  }
  return failed;
}

// Playwright gives each launch a fresh temporary profile (user-data dir) and removes it on close.
const launchChromium = (extraArgs: string[] = []) =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });

process.chdir(root); // vite.config.ts resolves its root against the working directory
const journeys = await loadJourneys(process.argv.slice(2));
await buildWebIfMissing();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-e2e-'));
const logFile = path.join(dataDir, 'server.log');
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const smtp = await startSmtpCapture();
const server = startServer(port, dataDir, logFile, smtp.url);
let failed = journeys.length;
try {
  await waitForHealth(baseUrl, server, logFile);
  const browser = await launchChromium();
  try {
    failed = await runJourneys(browser, journeys, baseUrl, { smtp });
  } finally {
    await browser.close();
  }
} catch (error) {
  console.log(`✗ setup: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await stopServer(server);
  await smtp.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`${journeys.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
