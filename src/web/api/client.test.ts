import { afterEach, describe, expect, it, vi as vitest } from 'vitest';
import { api, ApiError } from './client';

describe('the API client', () => {
  afterEach(() => vitest.unstubAllGlobals());

  /** A server that never answers: the request settles only when its signal aborts. */
  const hangingFetch = () =>
    vitest.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );

  it('turns a request that hangs past its timeout into a network failure the check-in queue retries', async () => {
    vitest.stubGlobal('fetch', hangingFetch());
    const error = await api
      .post('/api/checkin', { body: { token: 'x', point: 1 }, timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('waits as long as it takes without a timeout', async () => {
    const fetch = hangingFetch();
    vitest.stubGlobal('fetch', fetch);
    const settled = await Promise.race([
      api.get('/api/conferences').then(
        () => 'answered',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 120)),
    ]);
    expect(settled).toBe('still waiting');
    expect(fetch.mock.calls[0]![1]!.signal).toBeUndefined();
  });
});
