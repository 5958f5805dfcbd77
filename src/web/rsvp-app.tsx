import { createQueryClient } from './app-setup';
import { answerOf, FIRST_READ_FRESH_MS } from './early-read';
import { readRsvp, rsvpQuery } from './features/conferences/rsvp-queries';
import { mountPublicPage, PublicNotFound } from './public-shell';
import { RsvpPage } from './routes/rsvp';

/** The delegate's page (public-shell.tsx), its giấy mời taken from the read rsvp-main.tsx started. No session here. */
export function mountRsvp(token: string | null): void {
  const queryClient = createQueryClient(() => undefined);
  if (token !== null) {
    queryClient.setQueryDefaults(rsvpQuery(token).queryKey, { staleTime: FIRST_READ_FRESH_MS });
    void queryClient.prefetchQuery({
      ...rsvpQuery(token),
      queryFn: () => answerOf(`/api/rsvp/${encodeURIComponent(token)}`, () => readRsvp(token)),
    });
  }
  void mountPublicPage(
    queryClient,
    token === null ? <PublicNotFound /> : <RsvpPage key={token} token={token} />,
  );
}
