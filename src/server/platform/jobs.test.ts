import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../testing/test-db';
import { queryRows, type Database } from './database';
import { startJobs, type Jobs, type StartJobsOptions } from './jobs';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe.each(engines())('background jobs on %s', (engine) => {
  let database: Database;
  const started: Jobs[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((jobs) => jobs.stop()));
    errors.length = 0;
  });
  afterAll(async () => {
    await database.close();
  });

  async function start(options: StartJobsOptions = {}) {
    const jobs = await startJobs(database, {
      schedule: false,
      pollingIntervalSeconds: 0.5,
      onError: (error) => errors.push(error),
      ...options,
    });
    started.push(jobs);
    return jobs;
  }

  async function jobState(id: string) {
    const rows = await queryRows<{ state: string }>(
      database.db,
      sql`SELECT state FROM pgboss.job WHERE id = ${id}`,
    );
    return rows[0]?.state;
  }

  it('hands a sent job to the registered handler', async () => {
    const jobs = await start();
    const handled = deferred<{ taskId: number; title: string }>();
    await jobs.register<{ taskId: number; title: string }>('test-handled', (job) =>
      handled.resolve(job.data),
    );
    const id = await jobs.send('test-handled', { taskId: 7, title: 'Nhắc việc' });
    expect(id).toEqual(expect.any(String));
    expect(await handled.promise).toEqual({ taskId: 7, title: 'Nhắc việc' });
  });

  it('two processes creating the same queues at once both succeed (servers starting together)', async () => {
    const [a, b] = [await start(), await start()];
    const names = Array.from({ length: 12 }, (_, i) => `test-together-${i}`);
    await Promise.all(names.flatMap((name) => [a.createQueue(name), b.createQueue(name)]));
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM pgboss.queue WHERE name LIKE 'test-together-%'`,
    );
    expect(rows[0]!.n).toBe(names.length);
  });

  it('still handles a job sent before a stop and a restart', async () => {
    const before = await start();
    await before.createQueue('test-restart');
    const id = await before.send('test-restart', { taskId: 11 });
    await before.stop();

    const after = await start();
    const handled = deferred<string>();
    await after.register('test-restart', (job) => handled.resolve(job.id));
    expect(await handled.promise).toBe(id);
  });

  it('refuses a second job with the same key while the first is queued (stately queue)', async () => {
    const jobs = await start();
    await jobs.createQueue('test-dedup', { policy: 'stately' });
    const first = await jobs.send('test-dedup', { taskId: 1 }, { singletonKey: 'task-1' });
    const duplicate = await jobs.send('test-dedup', { taskId: 1 }, { singletonKey: 'task-1' });
    const other = await jobs.send('test-dedup', { taskId: 2 }, { singletonKey: 'task-2' });
    expect(first).toEqual(expect.any(String));
    expect(duplicate).toBeNull();
    expect(other).toEqual(expect.any(String));

    const seen: number[] = [];
    const bothHandled = deferred();
    await jobs.register<{ taskId: number }>('test-dedup', (job) => {
      seen.push(job.data.taskId);
      if (seen.length === 2) bothHandled.resolve();
    });
    await bothHandled.promise;
    expect(seen.sort()).toEqual([1, 2]);
    // The key is free again once its job has left the queue.
    expect(await jobs.send('test-dedup', { taskId: 1 }, { singletonKey: 'task-1' })).toEqual(
      expect.any(String),
    );
  });

  it('refuses to send to a queue that was never created', async () => {
    const jobs = await start();
    await expect(jobs.send('test-missing', {})).rejects.toThrow('Hàng đợi "test-missing" chưa được tạo');
  });

  it('retries a job whose handler failed, reporting the failure', async () => {
    const jobs = await start();
    let attempts = 0;
    const handled = deferred();
    await jobs.register(
      'test-retry',
      () => {
        attempts += 1;
        if (attempts === 1) throw new Error('máy chủ thư không trả lời');
        handled.resolve();
      },
      { retryLimit: 1 },
    );
    await jobs.send('test-retry', {});
    await handled.promise;
    expect(attempts).toBe(2);
    expect(errors).toEqual([expect.objectContaining({ message: 'máy chủ thư không trả lời' })]);
  });

  it('waits for the job in hand before stopping, and records it completed', async () => {
    const jobs = await start();
    const inHand = deferred();
    const release = deferred();
    const order: string[] = [];
    await jobs.register('test-stop', async () => {
      inHand.resolve();
      await release.promise;
      order.push('handled');
    });
    const id = (await jobs.send('test-stop', {}))!;
    await inHand.promise;
    const stopped = jobs.stop().then(() => order.push('stopped'));
    setTimeout(() => release.resolve(), 200);
    await stopped;
    expect(order).toEqual(['handled', 'stopped']);
    expect(await jobState(id)).toBe('completed');
  });

  it("stores a schedule in Vietnam's time zone and sends its job when the cron comes due", async () => {
    const jobs = await start({ schedule: true, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 });
    const handled = deferred<unknown>();
    await jobs.register('test-cron', (job) => handled.resolve(job.data));
    await jobs.schedule('test-cron', '* * * * *', { kind: 'quét hạn chót' });
    const [schedule] = await queryRows<{ timezone: string }>(
      database.db,
      sql`SELECT timezone FROM pgboss.schedule WHERE name = 'test-cron'`,
    );
    expect(schedule?.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(await handled.promise).toEqual({ kind: 'quét hạn chót' });
    await jobs.unschedule('test-cron');
  });
});
