import helmet, { type HelmetOptions } from 'helmet';
import { loadConfig } from './platform/config';
import { startEarlyServer, webDistDir } from './platform/early-server';
import { helmetOptions } from './request-guards';
import { DataDirLockedError } from './platform/data-dir-lock';
import { serverMessages as sm } from './server.messages';

// config -> listen early -> database -> app (takes the listening server over)
const config = loadConfig();
const started = Date.now();
// The app's security headers on the pages served before the app exists. The cast: @fastify/helmet's options are typed
// from helmet's CommonJS declarations, this import from its ESM ones (the same object at run time).
const early = startEarlyServer(webDistDir, helmet(helmetOptions(config) as HelmetOptions));
try {
  await new Promise<void>((resolve, reject) => {
    early.server.once('error', reject);
    early.server.listen(config.port, config.host, resolve);
  });
  // The heavy modules (PGlite, Fastify, drizzle) load after the port is open, so the page is served at once.
  const { prepareDatabase, readDemoAccounts } = await import('./bootstrap');
  const { buildApp } = await import('./app');
  const { database, unitsSeeded } = await prepareDatabase(config);
  // Background jobs (daily reminders at 07:00, e-mail) live in the same database and survive restarts.
  const { startJobs } = await import('./platform/jobs');
  const { createMailer } = await import('./platform/mail');
  const { registerPlanJobs } = await import('./features/plans/plan-jobs');
  const { systemClock: clock } = await import('./platform/clock');
  const jobs = await startJobs(database);
  const reminders = await registerPlanJobs(jobs, database.db, createMailer(config), config, { clock });
  // Daily at 07:30: delegates who have not answered a giấy mời (mail goes through the plans' mail queue).
  const { registerInvitationJobs } = await import('./features/conferences/invitations/invitations.jobs');
  await registerInvitationJobs(jobs, database.db, config, { clock });
  const app = await buildApp({ database, config, logger: true, server: early, reminders, clock });
  await app.ready();
  if (unitsSeeded) console.log(sm.unitsSeeded(unitsSeeded.units, unitsSeeded.successions));
  const demo = readDemoAccounts(config.dataDir);
  if (demo) console.log(`\n${demo}`);
  const where = database.kind === 'pglite' ? `PGlite, ${config.dataDir}` : 'PostgreSQL';
  console.log(sm.ready(config.port, where, ((Date.now() - started) / 1000).toFixed(1)));
  // The public pages' render (0.7 s to load) is ready before the first delegate opens a link.
  const { loadPublicPagesRenderer } = await import('./web-prerender');
  void loadPublicPagesRenderer();
  const stop = async () => {
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (error) {
  if (error instanceof DataDirLockedError || (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(error instanceof DataDirLockedError ? error.message : sm.portInUse(config.port));
    process.exit(1);
  }
  throw error;
}
