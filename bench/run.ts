import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/app';
import { prepareDatabase } from '../src/server/bootstrap';
import { loadConfig } from '../src/server/platform/config';
import { SESSION_COOKIE } from '../src/server/http';
import { benchUnitSearch, printUnitSearch } from './unit-search.bench';
import { fixed } from './stats';
import { benchStartup, printStartup } from './startup.bench';
import { benchDocumentsInChild, printDocuments } from './documents.bench';
import { benchInvitationsInChild, printInvitations } from './invitations.bench';
import { benchPlans, printPlans } from './plans.bench';
import { benchImport, printImport } from './import.bench';
import { benchCheckin, printCheckin } from './checkin.bench';
import { benchHardening, printHardening } from './hardening.bench';
import { buildWebIfStale } from '../src/server/build-web';
import { benchWeb, printWeb } from './web.bench';

const PASSWORD = 'bench-pass-1';
const resultsDir = fileURLToPath(new URL('./results', import.meta.url));

/** Signs in over HTTP and returns the `name=value` session cookie. */
async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-phongtrao-csrf': '1' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`login set no ${SESSION_COOKIE} cookie`);
  return cookie.split(';')[0]!;
}

/** Plans, tasks and reminders at a province's scale, on PGlite and on PostgreSQL; opens its own databases. */
async function plansBench(): Promise<void> {
  const plans = await benchPlans();
  printPlans(plans);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'plans.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...plans }, null, 2)}\n`,
  );
}

function importBench(): void {
  const result = benchImport();
  printImport(result);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'import.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`,
  );
}

/** Check-in over HTTP at a national online conference's scale, on PGlite and on PostgreSQL. */
async function checkinBench(): Promise<void> {
  const result = await benchCheckin();
  printCheckin(result);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'checkin.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`,
  );
}

/** 3,000 giấy mời with a QR code per page, beside the plain merge, in their own processes. */
async function invitationsBench(): Promise<void> {
  const invitations = await benchInvitationsInChild();
  printInvitations(invitations);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'invitations.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...invitations }, null, 2)}\n`,
  );
}

/** Issue 11: zip bombs and million-row sheets uploaded at once to a server in its own process; the sign-in lock. */
async function hardeningBench(): Promise<void> {
  const result = await benchHardening();
  printHardening(result);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'hardening.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`,
  );
}

/** Issue 12: the public pages (RSVP, check-in) on a throttled phone in Chromium, beside the signed-in home page. */
async function webBench(): Promise<void> {
  const result = await benchWeb();
  printWeb(result);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'web.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`,
  );
}

// `npm run bench -- plans` (or `import`, `checkin`, `invitations`, `hardening`, `web`) runs that bench alone.
const only = process.argv[2];
const BENCHES = ['plans', 'import', 'checkin', 'invitations', 'hardening', 'web'];
if (only !== undefined && !BENCHES.includes(only))
  throw new Error(`unknown bench "${only}": ${BENCHES.join(', ')}, or none for all`);
if (only === 'invitations') {
  await invitationsBench();
  process.exit(0);
}
if (only === 'web') {
  await webBench();
  process.exit(0);
}
if (only === 'hardening') {
  await hardeningBench();
  process.exit(0);
}
if (only === 'import') {
  importBench();
  process.exit(0);
}
if (only === 'checkin') {
  await checkinBench();
  process.exit(0);
}
if (only === 'plans') {
  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu?'} x${os.cpus().length}, ${os.platform()} ${os.release()}`,
  );
  await plansBench();
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-bench-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: tmp,
  DATABASE_URL: '',
  DEMO_PASSWORD: PASSWORD,
  SEED_DEMO: 'true',
});
const started = Date.now();
const { database, unitsSeeded } = await prepareDatabase(config);
try {
  const app = await buildApp({ database, config });
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    console.log(
      `bench: PGlite in ${tmp}, ${unitsSeeded?.units ?? '?'} units seeded, ready in ${fixed((Date.now() - started) / 1000, 1)} s at ${address}`,
    );
    console.log(
      `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu?'} x${os.cpus().length}, ${os.platform()} ${os.release()}`,
    );

    const cookie = await login(address);
    const unitSearch = await benchUnitSearch({ baseUrl: address, cookie, database, warmup: 50, count: 1000 });
    printUnitSearch(unitSearch);

    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    console.log(`\nprocess RSS at end: ${fixed(rssMb, 0)} MB`);

    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, 'unit-search.json');
    const report = {
      at: new Date().toISOString(),
      node: process.version,
      database: database.kind,
      unitSearch,
      rssMb,
    };
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`results: ${path.relative(process.cwd(), file)}`);
  } finally {
    await app.close();
  }
} finally {
  await database.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}

// Documents run in their own process after the server has closed, so the RSS figure is theirs alone.
const documents = await benchDocumentsInChild();
printDocuments(documents);
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(
  path.join(resultsDir, 'documents.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...documents }, null, 2)}\n`,
);

await invitationsBench();

await plansBench();
importBench();
await checkinBench();
await hardeningBench();
await webBench();

// Startup runs last, alone on the machine: its own server processes on fresh data folders.
await buildWebIfStale();
const startup = await benchStartup();
printStartup(startup);
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(
  path.join(resultsDir, 'startup.json'),
  `${JSON.stringify({ at: new Date().toISOString(), ...startup }, null, 2)}\n`,
);
