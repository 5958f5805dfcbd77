import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckinBody, CheckinCandidate } from '../../../contracts/conferences';
import { api } from '../../api/client';

export type { CheckinCandidate };

const REFRESH_MS = 5_000;

export const attendanceKey = (conferenceId: number) => ['conferences', 'attendance', conferenceId] as const;

/** The live counts (totals, per point, per group), read again every 5 seconds while the page is open. */
export const readAttendance = (conferenceId: number) =>
  api.get('/api/conferences/{id}/attendance', { params: { path: { id: conferenceId } } });

export const attendanceQuery = (conferenceId: number) =>
  queryOptions({
    queryKey: attendanceKey(conferenceId),
    queryFn: () => readAttendance(conferenceId),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });

export function useAttendance(conferenceId: number) {
  return useQuery(attendanceQuery(conferenceId));
}

/** POST /api/checkin: a scanned token or a delegate picked by name, at one point. */
/** A scan the server has not answered within this time waits in the phone's queue like one sent offline. */
export const CHECKIN_TIMEOUT_MS = 10_000;

export const sendCheckin = (body: CheckinBody) =>
  api.post('/api/checkin', { body, timeoutMs: CHECKIN_TIMEOUT_MS });

export function useCheckinSearch(conferenceId: number, q: string, point: number | null) {
  const text = q.trim();
  return useQuery({
    queryKey: ['conferences', 'checkin-search', conferenceId, text, point],
    queryFn: () =>
      api.get('/api/conferences/{id}/checkin/search', {
        params: { path: { id: conferenceId }, query: { q: text, point: point ?? undefined } },
      }),
    enabled: text.length >= 2,
    staleTime: 2_000,
  });
}

export function useRecordAbsence(conferenceId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ delegateId, reason }: { delegateId: number; reason: string }) => {
      const { AbsenceBody } = await import('./checkin-absence');
      return api.post('/api/delegates/{id}/absence', {
        params: { path: { id: delegateId } },
        body: AbsenceBody.parse({ reason }),
      });
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attendanceKey(conferenceId) }),
        queryClient.invalidateQueries({ queryKey: ['conferences', 'checkin-search', conferenceId] }),
      ]),
  });
}
