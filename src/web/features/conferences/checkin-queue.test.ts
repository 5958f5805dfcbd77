import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  dueItems,
  enqueue,
  makeAllDue,
  nextWake,
  outcomeOfFailure,
  parseQueue,
  queueKey,
  settle,
  type CheckinQueue,
} from './checkin-queue';
import { frameSize, RecentCodes } from './checkin-scan';

const T0 = 1_700_000_000_000;
const scan = (token: string, point = 3) => ({ token, point, scannedAt: new Date(T0).toISOString() });

describe('the check-in queue', () => {
  it('keeps check-ins in the order they were queued', () => {
    let queue: CheckinQueue = [];
    queue = enqueue(queue, scan('a.b.c'), T0);
    queue = enqueue(queue, scan('d.e.f'), T0 + 10);
    queue = enqueue(queue, { delegateId: 7, conferenceId: 2, point: 3 }, T0 + 20);
    expect(dueItems(queue, T0 + 20).map((item) => item.key)).toEqual(['a.b.c', 'd.e.f', 'delegate:7']);
  });

  it('does not queue the same delegate twice', () => {
    let queue: CheckinQueue = enqueue([], scan('a.b.c'), T0);
    queue = enqueue(queue, scan(' a.b.c '), T0 + 500);
    queue = enqueue(queue, { delegateId: 7, point: 3 }, T0);
    queue = enqueue(queue, { delegateId: 7, point: 4 }, T0 + 1);
    expect(queue.map((item) => item.key)).toEqual(['a.b.c', 'delegate:7']);
    expect(queue[0]!.queuedAt).toBe(T0);
  });

  it('drops an entry once it is sent, or refused for good', () => {
    let queue: CheckinQueue = enqueue(enqueue([], scan('a'), T0), scan('b'), T0);
    queue = settle(queue, 'a', 'sent', T0 + 1);
    expect(queue.map((item) => item.key)).toEqual(['b']);
    queue = settle(queue, 'b', 'refused', T0 + 2);
    expect(queue).toEqual([]);
  });

  it('keeps an entry after a network error and tries it again later, with a growing delay', () => {
    let queue: CheckinQueue = enqueue([], scan('a'), T0);
    queue = settle(queue, 'a', 'retry', T0);
    expect(queue[0]!.attempts).toBe(1);
    expect(dueItems(queue, T0 + 1_999)).toEqual([]);
    expect(dueItems(queue, T0 + 2_000).map((item) => item.key)).toEqual(['a']);
    queue = settle(queue, 'a', 'retry', T0 + 2_000);
    expect(queue[0]!.nextAttemptAt).toBe(T0 + 2_000 + 4_000);
    expect(nextWake(queue)).toBe(T0 + 6_000);
  });

  it('sends an older waiting entry before a newer one when both are due', () => {
    let queue: CheckinQueue = enqueue([], scan('old'), T0);
    queue = settle(queue, 'old', 'retry', T0);
    queue = enqueue(queue, scan('new'), T0 + 5_000);
    expect(dueItems(queue, T0 + 5_000).map((item) => item.key)).toEqual(['old', 'new']);
  });

  it('makes everything due when the browser is back online', () => {
    let queue: CheckinQueue = enqueue([], scan('a'), T0);
    for (let i = 0; i < 5; i++) queue = settle(queue, 'a', 'retry', T0);
    expect(dueItems(queue, T0 + 1_000)).toEqual([]);
    queue = makeAllDue(queue, T0 + 1_000);
    expect(dueItems(queue, T0 + 1_000).map((item) => item.key)).toEqual(['a']);
  });

  it.each([
    [0, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [408, 'retry'],
    [429, 'retry'],
    [400, 'refused'],
    [403, 'refused'],
    [404, 'refused'],
    [410, 'refused'],
    [422, 'refused'],
  ] as const)('treats a failure with status %i as %s', (status, outcome) => {
    expect(outcomeOfFailure(status)).toBe(outcome);
  });

  it('grows the delay from 2 s and stops at a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(backoffMs)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('reads back what it stored, and drops garbage, duplicates and day-old entries', () => {
    const queue = enqueue(enqueue([], scan('a'), T0), { delegateId: 9, point: 3 }, T0);
    expect(parseQueue(JSON.stringify(queue), T0 + 10)).toEqual(queue);
    expect(parseQueue(null, T0)).toEqual([]);
    expect(parseQueue('{not json', T0)).toEqual([]);
    expect(parseQueue('{"a":1}', T0)).toEqual([]);
    const mixed = [...queue, queue[0], { key: 'x', body: null }, 42];
    expect(parseQueue(JSON.stringify(mixed), T0).map((item) => item.key)).toEqual(['a', 'delegate:9']);
    expect(parseQueue(JSON.stringify(queue), T0 + 25 * 3600_000)).toEqual([]);
  });

  it('names a pick by name after the delegate', () => {
    expect(queueKey({ delegateId: 12 })).toBe('delegate:12');
    expect(queueKey({ token: ' 1.2.3.4.abc ' })).toBe('1.2.3.4.abc');
  });
});

describe('the scanner', () => {
  it('acts on a code once while it stays in front of the camera, and again once it was out of sight', () => {
    const recent = new RecentCodes(4_000);
    expect(recent.accept('A', T0)).toBe(true);
    expect(recent.accept('A', T0 + 100)).toBe(false);
    expect(recent.accept('B', T0 + 200)).toBe(true);
    expect(recent.accept('A', T0 + 3_999)).toBe(false);
    expect(recent.accept('A', T0 + 7_000)).toBe(false);
    expect(recent.accept('A', T0 + 11_000)).toBe(true);
    expect(recent.accept('B', T0 + 11_000)).toBe(true);
    expect(recent.accept('  ', T0 + 12_000)).toBe(false);
  });

  it.each([
    [1920, 1080, 640, { width: 640, height: 360 }],
    [480, 640, 640, { width: 480, height: 640 }],
    [320, 240, 640, { width: 320, height: 240 }],
    [0, 480, 640, { width: 0, height: 0 }],
  ])('draws a %ix%i frame at most %i wide', (width, height, max, expected) => {
    expect(frameSize(width, height, max)).toEqual(expected);
  });
});
