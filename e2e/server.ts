import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSmtpCapture, type SmtpCapture } from '../src/server/testing/smtp-capture';

/** The real server the journeys run against, with the local SMTP server its mail goes to. */
export interface E2eServer {
  baseUrl: string;
  smtp: SmtpCapture;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const HEALTH_TIMEOUT_MS = 90_000;

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

function spawnServer(port: number, dataDir: string, logFile: string, smtpUrl: string): ChildProcess {
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
async function stopProcessGroup(server: ChildProcess): Promise<void> {
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

/**
 * Starts `src/server/main.ts` on a free port with PGlite in a fresh DATA_DIR, the demo data seeded and its mail sent
 * to a local SMTP capture; resolves once /api/health answers. `stop()` removes the data directory.
 */
export async function startServer(): Promise<E2eServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-e2e-'));
  const logFile = path.join(dataDir, 'server.log');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const smtp = await startSmtpCapture();
  const server = spawnServer(port, dataDir, logFile, smtp.url);
  const stop = async () => {
    await stopProcessGroup(server);
    await smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, smtp, stop };
}
