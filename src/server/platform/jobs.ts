import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { Database } from './database';
import { platformMessages as pm } from './platform.messages';

/**
 * How a queue treats a `singletonKey` (pg-boss 10; the key alone de-duplicates nothing):
 * - `standard`: no limit;
 * - `short`: at most one queued job per key;
 * - `singleton`: at most one active job per key (any number queued);
 * - `stately`: at most one queued and one active job per key.
 * Under `short` and `stately` a job sent without a key shares the empty key: one per queue.
 */
export type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface QueueOptions {
  policy?: QueuePolicy;
  /** Retries after a failure; pg-boss's default is 2. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A job still active after this long is failed (and retried) by maintenance; default 15 minutes. */
  expireInSeconds?: number;
}

export interface RegisterOptions extends QueueOptions {
  /** Jobs fetched per poll, handled one after another; default 5. */
  batchSize?: number;
}

export interface SendOptions {
  /** With a `short` or `stately` queue, a second job with the same key is refused (`send` answers null). */
  singletonKey?: string;
  startAfter?: Date;
}

export interface Job<T> {
  id: string;
  name: string;
  data: T;
}

export type JobHandler<T> = (job: Job<T>) => Promise<void> | void;

export interface Jobs {
  /** Creates the queue when it is missing (or updates its policy), then works it in this process. */
  register<T extends object>(name: string, handler: JobHandler<T>, options?: RegisterOptions): Promise<void>;
  /** Creates the queue when it is missing, for a process that sends to it without working it. */
  createQueue(name: string, options?: QueueOptions): Promise<void>;
  /** The job's id, or null when the queue's policy refused it as a duplicate. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /** One schedule per queue name (a second call replaces it); cron in Vietnam's time zone unless `tz` says. */
  schedule<T extends object>(name: string, cron: string, data: T, options?: { tz?: string }): Promise<void>;
  unschedule(name: string): Promise<void>;
  /** Stops fetching, waits for the jobs in hand (at most `timeoutMs`), then for the last queries. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

export interface StartJobsOptions {
  /** Run the cron timekeeper in this process (default true); schedules are stored either way. */
  schedule?: boolean;
  /** How often an idle worker polls; at least 0.5 (pg-boss's floor), default 2. */
  pollingIntervalSeconds?: number;
  /** How often cron schedules are checked and sent (default 30 and 5 s); tests shorten them. */
  cronMonitorIntervalSeconds?: number;
  cronWorkerIntervalSeconds?: number;
  /** Worker, maintenance and handler errors; by default written to stderr. */
  onError?: (error: unknown) => void;
}

export const JOBS_SCHEMA = 'pgboss';
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Installs or migrates pg-boss's schema (`pgboss`) through `query`, and does nothing else: run as the database owner
 * (`Database.migrate` with an owner URL), so that the runtime role's `startJobs` finds it current and creates nothing.
 */
export async function installJobsSchema(
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>,
): Promise<void> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => query(text, values) },
    schema: JOBS_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, wait: true, close: false });
}

/** Starts pg-boss on the database's jobs pool, installing or migrating its schema (`pgboss`) first. */
export async function startJobs(database: Database, options: StartJobsOptions = {}): Promise<Jobs> {
  const onError = options.onError ?? ((error: unknown) => console.error(pm.jobsLogPrefix, error));
  const pool = database.jobsPool();
  // Every query and handler in flight, so that `stop` returns only when nothing touches the database any more.
  const inFlight = new Set<Promise<unknown>>();
  const track = <R>(promise: Promise<R>): Promise<R> => {
    inFlight.add(promise);
    void promise.then(
      () => inFlight.delete(promise),
      () => inFlight.delete(promise),
    );
    return promise;
  };

  const boss = new PgBoss({
    db: {
      executeSql: (text, values) =>
        track(CREATE_QUEUE.test(text) ? createQueueLocked(pool, text, values) : pool.query(text, values)),
    },
    schema: JOBS_SCHEMA,
    migrate: true,
    schedule: options.schedule ?? true,
    supervise: true,
    // On PGlite, maintenance shares the one session with the app: every 5 minutes is plenty for a queue of reminders.
    maintenanceIntervalSeconds: database.kind === 'pglite' ? 300 : 120,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
    // pg-boss tests `'key' in config`: an undefined value would override its default.
    ...definedOnly({
      cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds,
      cronWorkerIntervalSeconds: options.cronWorkerIntervalSeconds,
    }),
  });
  boss.on('error', onError);
  await boss.start();

  const queues = new Map<string, QueuePolicy>();
  const workers = new Map<string, string[]>();
  let stopping: Promise<void> | null = null;

  async function createQueue(name: string, queue: QueueOptions = {}): Promise<void> {
    const policy = queue.policy ?? 'standard';
    // pg-boss validates and mutates the object it is given, and tests `'key' in options`: a fresh one each time.
    const settings = () => ({
      name,
      policy,
      ...definedOnly({
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelaySeconds,
        expireInSeconds: queue.expireInSeconds,
      }),
    });
    await boss.createQueue(name, settings());
    // create_queue does nothing when the queue exists, whatever the options: align the stored policy.
    const stored = await boss.getQueue(name);
    if (stored && stored.policy !== policy) await boss.updateQueue(name, settings());
    queues.set(name, policy);
  }

  /** pg-boss 10 silently drops a job or schedule for a missing queue; say so instead. */
  async function assertQueue(name: string): Promise<void> {
    if (queues.has(name)) return;
    const stored = await boss.getQueue(name);
    if (!stored) throw new Error(pm.queueMissing(name));
    queues.set(name, stored.policy ?? 'standard');
  }

  return {
    createQueue,

    async register<T extends object>(
      name: string,
      handler: JobHandler<T>,
      registerOptions: RegisterOptions = {},
    ) {
      await createQueue(name, registerOptions);
      const { batchSize = 5 } = registerOptions;
      const id = await boss.work<T>(name, { batchSize }, (batch) =>
        track(
          (async () => {
            for (const job of batch) {
              try {
                await handler({ id: job.id, name: job.name, data: job.data });
              } catch (error) {
                onError(error);
                // The rest of the batch is completed by pg-boss; completion skips this job, no longer active.
                await boss.fail(name, job.id, error instanceof Error ? error : { value: String(error) });
              }
            }
          })(),
        ),
      );
      workers.set(name, [...(workers.get(name) ?? []), id]);
    },

    async send<T extends object>(name: string, data: T, sendOptions: SendOptions = {}) {
      await assertQueue(name);
      const id = await boss.send(name, data, definedOnly(sendOptions));
      // A worker in this process takes the job now rather than at its next poll.
      if (id && !sendOptions.startAfter)
        for (const worker of workers.get(name) ?? []) boss.notifyWorker(worker);
      return id;
    },

    async schedule<T extends object>(
      name: string,
      cron: string,
      data: T,
      scheduleOptions: { tz?: string } = {},
    ) {
      await assertQueue(name);
      await boss.schedule(name, cron, data, { tz: scheduleOptions.tz ?? DEFAULT_TIME_ZONE });
    },

    unschedule: (name) => boss.unschedule(name),

    stop(stopOptions = {}) {
      stopping ??= (async () => {
        // pg-boss waits for active jobs by polling every 0.5 s, up to the timeout (1 s at least).
        await boss.stop({
          graceful: true,
          wait: true,
          close: false,
          timeout: stopOptions.timeoutMs ?? 15_000,
        });
        // It does not await its last `complete` nor a fetch already sent; drain them before the pool may close.
        for (;;) {
          await new Promise((resolve) => setImmediate(resolve));
          if (inFlight.size === 0) return;
          await Promise.allSettled([...inFlight]);
        }
      })();
      return stopping;
    },
  };
}

const CREATE_QUEUE = new RegExp(`^SELECT ${JOBS_SCHEMA}\\.create_queue\\(`);

/**
 * pg-boss's create_queue inserts the queue row, then creates and attaches its partition: two connections doing so at
 * once (servers starting together) deadlock on the queue table. One at a time per database, under a transaction lock.
 */
async function createQueueLocked(pool: Pool, text: string, values?: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(727004)');
    const result = await client.query(text, values);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
