import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { createQueryClient } from './app-setup';
import { answerOf, FIRST_READ_FRESH_MS, type PublicPage } from './early-read';
import { meQuery } from './features/auth/auth.queries';
import { attendanceQuery, readAttendance } from './features/conferences/checkin-queries';
import { conferenceDetailQuery } from './features/conferences/conferences.queries';
import { api } from './api/client';
import { mountPublicPage, PublicNotFound, signInHref } from './public-shell';
import { CheckinPage } from './routes/checkin';

type CheckinAddress = Extract<PublicPage, { kind: 'checkin' }>;

/** Without a session the user signs in and comes back, as the app's route guard does. */
function SignedIn({ children }: { children: ReactNode }) {
  const { data: me } = useSuspenseQuery(meQuery);
  useEffect(() => {
    if (!me) window.location.replace(signInHref());
  }, [me]);
  return me ? children : null;
}

/**
 * The check-in station with its first reads in the query client (the account, the conference, its counts, in the
 * order of `page.reads`): answered in the HTML (`answers`, the server rendered the page: src/web/ssr.tsx), or taken
 * from the reads checkin-main.tsx started. The same on the server and on the phone.
 */
export function checkinPage(
  queryClient: QueryClient,
  page: CheckinAddress | null,
  answers: Record<string, unknown> | null,
) {
  if (page === null) return <PublicNotFound />;
  const { id } = page;
  const [mePath, detailPath, attendancePath] = page.reads as [string, string, string];
  for (const { queryKey } of [conferenceDetailQuery(id), attendanceQuery(id)])
    queryClient.setQueryDefaults(queryKey, { staleTime: FIRST_READ_FRESH_MS });
  if (answers) {
    queryClient.setQueryData(meQuery.queryKey, answers[mePath] as never);
    queryClient.setQueryData(conferenceDetailQuery(id).queryKey, answers[detailPath] as never);
    queryClient.setQueryData(attendanceQuery(id).queryKey, answers[attendancePath] as never);
  } else {
    // Signed out, the early read fails and the account query answers null as it does everywhere.
    void queryClient.prefetchQuery({
      ...meQuery,
      queryFn: (context) => answerOf(mePath, async () => await meQuery.queryFn!(context)),
    });
    void queryClient.prefetchQuery({
      ...conferenceDetailQuery(id),
      queryFn: () =>
        answerOf(detailPath, () => api.get('/api/conferences/{id}', { params: { path: { id } } })),
    });
    void queryClient.prefetchQuery({
      ...attendanceQuery(id),
      queryFn: () => answerOf(attendancePath, () => readAttendance(id)),
    });
  }
  return (
    <SignedIn>
      <CheckinPage key={id} id={id} />
    </SignedIn>
  );
}

/** The check-in station (public-shell.tsx). */
export function mountCheckin(page: CheckinAddress | null, answers: Record<string, unknown> | null): void {
  const queryClient = createQueryClient(() => window.location.assign(signInHref()));
  void mountPublicPage(queryClient, checkinPage(queryClient, page, answers), answers !== null);
}
