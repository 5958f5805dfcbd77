import { createTheme } from '@mantine/core';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/client';

/** What both entries share: the full app (main.tsx) and the public pages' small one (public-main.tsx). */
export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
});

/**
 * The query client of an entry. A session that ends while the page is open (expiry, logout in another tab) calls
 * `onSessionEnded`, which sends the user to sign in again; the account query itself answers null instead.
 */
export function createQueryClient(onSessionEnded: (queryClient: QueryClient) => void): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!isApiError(error) || error.status !== 401 || query.queryKey[0] === 'me') return;
        onSessionEnded(queryClient);
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
