import type { Config } from '../server/platform/config';
import type { Clock } from '../server/platform/clock';
import type { Db } from '../server/platform/database';
import { prepareDatabase } from '../server/bootstrap';

/** Opens (and on a fresh DATA_DIR creates and seeds) the database exactly as the server does. */
export async function withDatabase<T>(
  config: Config,
  clock: Clock,
  work: (db: Db) => Promise<T>,
): Promise<T> {
  const { database } = await prepareDatabase(config, { clock });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}
