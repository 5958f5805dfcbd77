import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from './app-setup';
import { answerOf, FIRST_READ_FRESH_MS, type PublicPage } from './early-read';
import { readRsvp, rsvpQuery } from './features/conferences/rsvp-queries';
import { mountPublicPage, PublicNotFound } from './public-shell';
import { RsvpPage } from './routes/rsvp';

type RsvpAddress = Extract<PublicPage, { kind: 'rsvp' }>;

/**
 * The delegate's page with its giấy mời in the query client: answered in the HTML (`answers`, the server rendered the
 * page: src/web/ssr.tsx), or taken from the read rsvp-main.tsx started. The same on the server and on the phone.
 */
export function rsvpPage(
  queryClient: QueryClient,
  page: RsvpAddress | null,
  answers: Record<string, unknown> | null,
) {
  if (page === null) return <PublicNotFound />;
  const { token } = page;
  const [path] = page.reads as [string];
  queryClient.setQueryDefaults(rsvpQuery(token).queryKey, { staleTime: FIRST_READ_FRESH_MS });
  if (answers) queryClient.setQueryData(rsvpQuery(token).queryKey, answers[path] as never);
  else
    void queryClient.prefetchQuery({
      ...rsvpQuery(token),
      queryFn: () => answerOf(path, () => readRsvp(token)),
    });
  return <RsvpPage key={token} token={token} />;
}

/** The delegate's page (public-shell.tsx). No session here. */
export function mountRsvp(page: RsvpAddress | null, answers: Record<string, unknown> | null): void {
  const queryClient = createQueryClient(() => undefined);
  void mountPublicPage(queryClient, rsvpPage(queryClient, page, answers), answers !== null);
}
