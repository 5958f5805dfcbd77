import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { createQueryClient } from './app-setup';
import { answerOf, FIRST_READ_FRESH_MS } from './early-read';
import { meQuery } from './features/auth/auth.queries';
import { attendanceQuery, readAttendance } from './features/conferences/checkin-queries';
import { conferenceDetailQuery } from './features/conferences/conferences.queries';
import { api } from './api/client';
import { mountPublicPage, PublicNotFound, signInHref } from './public-shell';
import { CheckinPage } from './routes/checkin';

/** Without a session the user signs in and comes back, as the app's route guard does. */
function SignedIn({ children }: { children: ReactNode }) {
  const { data: me } = useSuspenseQuery(meQuery);
  useEffect(() => {
    if (!me) window.location.replace(signInHref());
  }, [me]);
  return me ? children : null;
}

/** The check-in station (public-shell.tsx), its first reads taken from those checkin-main.tsx started. */
export function mountCheckin(id: number | null): void {
  const queryClient = createQueryClient(() => window.location.assign(signInHref()));
  if (id !== null) {
    for (const { queryKey } of [conferenceDetailQuery(id), attendanceQuery(id)])
      queryClient.setQueryDefaults(queryKey, { staleTime: FIRST_READ_FRESH_MS });
    // Signed out, the early read fails and the account query answers null as it does everywhere.
    void queryClient.prefetchQuery({
      ...meQuery,
      queryFn: (context) => answerOf('/api/me', async () => await meQuery.queryFn!(context)),
    });
    void queryClient.prefetchQuery({
      ...conferenceDetailQuery(id),
      queryFn: () =>
        answerOf(`/api/conferences/${id}`, () =>
          api.get('/api/conferences/{id}', { params: { path: { id } } }),
        ),
    });
    void queryClient.prefetchQuery({
      ...attendanceQuery(id),
      queryFn: () => answerOf(`/api/conferences/${id}/attendance`, () => readAttendance(id)),
    });
  }
  void mountPublicPage(
    queryClient,
    id === null ? (
      <PublicNotFound />
    ) : (
      <SignedIn>
        <CheckinPage key={id} id={id} />
      </SignedIn>
    ),
  );
}
