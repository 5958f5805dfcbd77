import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createQueryClient, theme } from './app-setup';
import { meQuery } from './features/auth/auth.queries';
import { createAppRouter } from './router';

// The full app (index.html). A delegate's link and the check-in phone open public.html instead (public-main.tsx).
// Client-side checks with the shared contracts speak Vietnamese too.
z.config(z.locales.vi());

const queryClient = createQueryClient((client) => {
  client.setQueryData(meQuery.queryKey, null);
  void router.navigate({ to: '/dang-nhap', search: { redirect: router.state.location.href } });
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
