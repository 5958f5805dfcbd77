import type { CheckinBody } from '../../../contracts/conferences';

/**
 * The check-in phone's outbox: a scan or a pick by name that could not reach the server (no network, a 5xx) waits
 * here, kept in localStorage, and is sent again with backoff and when the browser says it is back online. The server
 * is idempotent, so a queued scan answered later as 'already' is fine. Pure: the page does the I/O.
 */
export interface QueuedCheckin {
  /** One entry per delegate: the scanned text, or `delegate:<id>` for a pick by name. */
  key: string;
  body: CheckinBody;
  /** When it was first queued (ms since epoch). */
  queuedAt: number;
  /** Failed sends so far. */
  attempts: number;
  /** Not sent again before this moment (ms since epoch). */
  nextAttemptAt: number;
}

export type CheckinQueue = readonly QueuedCheckin[];

/** How a send ended: 'sent' and 'refused' (a definitive 4xx) leave the queue; 'retry' stays, later. */
export type SendOutcome = 'sent' | 'refused' | 'retry';

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 60_000;
/** A queue older than this is not worth sending (a scan from another day would mislead the dashboard). */
const MAX_AGE_MS = 24 * 3600_000;

export const queueKey = (body: Pick<CheckinBody, 'token' | 'delegateId'>): string =>
  body.token ? body.token.trim() : `delegate:${body.delegateId ?? 0}`;

/** The delay before the next try after `attempts` failures: 2 s, 4 s, 8 s … at most a minute. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Adds a check-in; the same delegate (same scanned text, or same id) already waiting is kept, not doubled. */
export function enqueue(queue: CheckinQueue, body: CheckinBody, now: number): CheckinQueue {
  const key = queueKey(body);
  if (queue.some((item) => item.key === key)) return queue;
  return [...queue, { key, body, queuedAt: now, attempts: 0, nextAttemptAt: now }];
}

/** The entries to send now, oldest first. */
export function dueItems(queue: CheckinQueue, now: number): QueuedCheckin[] {
  return queue.filter((item) => item.nextAttemptAt <= now).sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Records how sending one entry ended. */
export function settle(queue: CheckinQueue, key: string, outcome: SendOutcome, now: number): CheckinQueue {
  if (outcome !== 'retry') return queue.filter((item) => item.key !== key);
  return queue.map((item) =>
    item.key === key
      ? { ...item, attempts: item.attempts + 1, nextAttemptAt: now + backoffMs(item.attempts + 1) }
      : item,
  );
}

/** Back online: everything waiting may go at once. */
export function makeAllDue(queue: CheckinQueue, now: number): CheckinQueue {
  return queue.map((item) => (item.nextAttemptAt > now ? { ...item, nextAttemptAt: now } : item));
}

/**
 * Whether a failed send is worth another try: no answer (status 0), a server error, a timeout or a rate limit. Any
 * other 4xx (a forged or expired token, a delegate of another conference, no right at this point) never changes.
 */
export function outcomeOfFailure(status: number): SendOutcome {
  if (status === 0 || status >= 500 || status === 408 || status === 429) return 'retry';
  return 'refused';
}

/** Reads the stored queue; anything unreadable or too old is dropped rather than trusted. */
export function parseQueue(text: string | null, now: number): CheckinQueue {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const items: QueuedCheckin[] = [];
  for (const entry of raw as Partial<QueuedCheckin>[]) {
    const body = entry?.body;
    if (
      typeof entry?.key !== 'string' ||
      typeof entry.queuedAt !== 'number' ||
      typeof entry.attempts !== 'number' ||
      typeof entry.nextAttemptAt !== 'number' ||
      typeof body !== 'object' ||
      body === null ||
      typeof body.point !== 'number' ||
      now - entry.queuedAt > MAX_AGE_MS ||
      items.some((item) => item.key === entry.key)
    )
      continue;
    items.push({
      key: entry.key,
      body,
      queuedAt: entry.queuedAt,
      attempts: entry.attempts,
      nextAttemptAt: entry.nextAttemptAt,
    });
  }
  return items;
}

/** The earliest moment something in the queue may be sent, or null when it is empty. */
export function nextWake(queue: CheckinQueue): number | null {
  return queue.length === 0 ? null : Math.min(...queue.map((item) => item.nextAttemptAt));
}
