import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RsvpBody } from '../../../contracts/conferences';
import { api } from '../../api/client';

const rsvpKey = (token: string) => ['rsvp', token] as const;

/** The address of the delegate's QR code image (public: the token is the key). */
export const rsvpQrUrl = (token: string) => `/api/rsvp/${encodeURIComponent(token)}/qr.png`;

/** What the link shows (no session needed): the conference and this delegate only, or a unit's seats. */
export const readRsvp = (token: string) => api.get('/api/rsvp/{token}', { params: { path: { token } } });

export const rsvpQuery = (token: string) =>
  queryOptions({
    queryKey: rsvpKey(token),
    queryFn: () => readRsvp(token),
    retry: false,
  });

export function useRsvp(token: string) {
  return useQuery(rsvpQuery(token));
}

export function useAnswerRsvp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RsvpBody) => api.post('/api/rsvp/{token}', { params: { path: { token } }, body }),
    onSuccess: (view) => queryClient.setQueryData(rsvpKey(token), view),
  });
}
