import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './platform/config';
import { systemClock, type Clock } from './platform/clock';
import { openDatabase, type Database } from './platform/database';
import { seedAdminUnits, type SeedReport } from './features/units/units.seed';
import { seedDemo, type DemoAccount } from './features/demo/demo.seed';
import { serverMessages as sm } from './server.messages';

export interface Prepared {
  database: Database;
  unitsSeeded: SeedReport | null;
  demoAccounts: DemoAccount[] | null;
}

/** Opens the database, applies migrations and, on a fresh one, loads units and demo data. Server and CLI share it. */
export async function prepareDatabase(
  config: Config,
  options: { demo?: boolean; clock?: Clock } = {},
): Promise<Prepared> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const unitsSeeded = await seedAdminUnits(database.db, clock);
    const demoAccounts =
      (options.demo ?? config.seedDemo) ? await seedDemo(database.db, config.demoPassword, clock) : null;
    if (demoAccounts) writeDemoAccounts(config.dataDir, demoAccounts);
    return { database, unitsSeeded, demoAccounts };
  } catch (error) {
    await database.close();
    throw error;
  }
}

const demoFile = (dataDir: string) => path.join(dataDir, 'demo-accounts.txt');

function writeDemoAccounts(dataDir: string, accounts: DemoAccount[]): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lines = accounts.map((a) => `${a.username.padEnd(18)} ${a.password.padEnd(14)} ${a.description}`);
  fs.writeFileSync(demoFile(dataDir), sm.demoAccounts(lines), { mode: 0o600 });
}

/** The demo accounts written on the first run, for printing at every start; null when there are none. */
export function readDemoAccounts(dataDir: string): string | null {
  const file = demoFile(dataDir);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
