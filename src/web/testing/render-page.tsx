import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
  useLocation,
} from '@tanstack/react-router';
import { configure, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { z } from 'zod';
import { createAppRouter } from '../router';
import './browser-polyfills';

// As in main.tsx: client-side checks with the shared contracts speak Vietnamese.
z.config(z.locales.vi());
// A request runs the real app on a real database (an Excel import, argon2 at sign-in): wait for it longer than 1 s.
configure({ asyncUtilTimeout: 10_000 });

/** Where the page went after a navigation: any path other than the page's own. */
function Elsewhere() {
  const location = useLocation();
  return <p data-testid="navigated-to">{location.pathname}</p>;
}

/**
 * Renders a page or form as main.tsx does (Mantine, a fresh query client, a router), at `/`; a link or navigation
 * to anywhere else shows that path (read it with `navigatedTo()`). Mantine's test mode turns off transitions and
 * portals, so what a user sees is in the DOM at once.
 */
export function renderPage(ui: ReactElement) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  const rootRoute = createRootRoute({ component: Outlet });
  const routeTree = rootRoute.addChildren([
    createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => ui }),
    createRoute({ getParentRoute: () => rootRoute, path: '$', component: Elsewhere }),
  ]);
  const router = createRouter({
    routeTree,
    history: createMemoryHistory({ initialEntries: ['/'] }),
    context: { queryClient },
  });
  render(
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  // A browser's `accept` only filters its file dialog's first view: a user may still pick any file.
  return { user: userEvent.setup({ applyAccept: false, delay: null }), queryClient };
}

/**
 * Renders the whole app (its router, layout and pages, as main.tsx does) at `url`, for what lives in the address:
 * filters, tabs, pages. Read where it went with `router.state.location` (`search` is parsed, `href` as typed).
 */
export function renderApp(url: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  render(
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { user: userEvent.setup({ applyAccept: false, delay: null }), queryClient, router };
}

/** The path the page navigated to (waits for it). */
export async function navigatedTo(): Promise<string> {
  return (await screen.findByTestId('navigated-to')).textContent ?? '';
}
