import '@mantine/core/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { isApiError } from './api/client';
import { meQuery } from './features/auth/auth.queries';
import { createAppRouter } from './router';

// Client-side checks with the shared contracts speak Vietnamese too.
z.config(z.locales.vi());

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
});

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ends while the app is open (expiry, logout in another tab) sends the user to sign in again.
    onError: (error, query) => {
      if (!isApiError(error) || error.status !== 401 || query.queryKey[0] === 'me') return;
      queryClient.setQueryData(meQuery.queryKey, null);
      void router.navigate({ to: '/dang-nhap', search: { redirect: router.state.location.href } });
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

const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
