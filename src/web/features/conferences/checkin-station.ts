import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckinBody, CheckinResult } from '../../../contracts/conferences';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../ui/error-alert';
import { attendanceKey, sendCheckin } from './checkin-queries';
import {
  dueItems,
  enqueue,
  makeAllDue,
  nextWake,
  outcomeOfFailure,
  parseQueue,
  settle,
  type CheckinQueue,
} from './checkin-queue';

/** What the big card under the camera shows after a scan or a pick by name. */
export type StationResult =
  | { kind: 'checked_in' | 'already'; result: CheckinResult }
  | { kind: 'refused'; message: string }
  | { kind: 'queued' };

const storageKey = (conferenceId: number) => `phongtrao.checkin.queue.${conferenceId}`;

function readStored(conferenceId: number): CheckinQueue {
  try {
    return parseQueue(window.localStorage.getItem(storageKey(conferenceId)), Date.now());
  } catch {
    return []; // storage disabled (private mode): the queue lives in memory only
  }
}

/**
 * The check-in station of one phone: sends a check-in, shows its answer, and keeps what could not be sent in a queue
 * (localStorage) that it sends again with backoff and when the browser comes back online.
 */
export function useCheckinStation(conferenceId: number) {
  const queryClient = useQueryClient();
  const [queue, setQueueState] = useState<CheckinQueue>(() => readStored(conferenceId));
  const queueRef = useRef(queue);
  const [result, setResult] = useState<StationResult | null>(null);
  const [refusedLater, setRefusedLater] = useState(0);
  // The server's render of the page (src/web/ssr.tsx) has no navigator: it shows the station online.
  const [isOnline, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine);
  const isFlushing = useRef(false);

  const setQueue = useCallback(
    (next: CheckinQueue) => {
      queueRef.current = next;
      try {
        window.localStorage.setItem(storageKey(conferenceId), JSON.stringify(next));
      } catch {
        // storage full or disabled: keep it in memory
      }
      setQueueState(next);
    },
    [conferenceId],
  );

  const refreshCounts = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attendanceKey(conferenceId) }),
        queryClient.invalidateQueries({ queryKey: ['conferences', 'checkin-search', conferenceId] }),
      ]),
    [queryClient, conferenceId],
  );

  const flush = useCallback(async () => {
    if (isFlushing.current) return;
    isFlushing.current = true;
    let sent = 0;
    try {
      for (const item of dueItems(queueRef.current, Date.now())) {
        try {
          await sendCheckin(item.body);
          sent++;
          setQueue(settle(queueRef.current, item.key, 'sent', Date.now()));
        } catch (error) {
          const outcome = outcomeOfFailure(isApiError(error) ? error.status : 0);
          setQueue(settle(queueRef.current, item.key, outcome, Date.now()));
          if (outcome === 'refused') setRefusedLater((n) => n + 1);
          else break; // still no network: the next ones wait for their own turn
        }
      }
    } finally {
      isFlushing.current = false;
      if (sent > 0) void refreshCounts();
    }
  }, [setQueue, refreshCounts]);

  // Wake up when the earliest waiting entry is due.
  useEffect(() => {
    const wake = nextWake(queue);
    if (wake === null) return;
    const timer = window.setTimeout(() => void flush(), Math.max(0, wake - Date.now()));
    return () => window.clearTimeout(timer);
  }, [queue, flush]);

  useEffect(() => {
    const online = () => {
      setOnline(true);
      setQueue(makeAllDue(queueRef.current, Date.now()));
      void flush();
    };
    const offline = () => setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [flush, setQueue]);

  const submit = useCallback(
    async (body: CheckinBody) => {
      try {
        const answer = await sendCheckin(body);
        setResult({ kind: answer.result, result: answer });
        if (answer.result === 'checked_in') navigator.vibrate?.(120);
        void refreshCounts();
      } catch (error) {
        const status = isApiError(error) ? error.status : 0;
        if (outcomeOfFailure(status) === 'retry') {
          setQueue(enqueue(queueRef.current, body, Date.now()));
          setResult({ kind: 'queued' });
        } else {
          setResult({ kind: 'refused', message: errorMessage(error) });
          navigator.vibrate?.([60, 60, 60]);
        }
      }
    },
    [refreshCounts, setQueue],
  );

  const retryNow = useCallback(() => {
    setQueue(makeAllDue(queueRef.current, Date.now()));
    void flush();
  }, [flush, setQueue]);

  return {
    submit,
    result,
    clearResult: () => setResult(null),
    pending: queue.length,
    refusedLater,
    isOnline,
    retryNow,
  };
}
