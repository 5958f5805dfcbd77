import { Alert, Button, MantineProvider, Stack } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Component, StrictMode, Suspense, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { theme } from './app-setup';
import { vi } from './i18n/vi';
import { ErrorAlert } from './ui/error-alert';
import { LoadingBlock } from './ui/loading-block';

/**
 * The frame of a public page's own entry (rsvp.html for /moi/$token, checkin.html for /diem-danh/$id): Mantine with
 * the app's theme and the page's styles, a query client, an error boundary; no router, route tree or full stylesheet.
 * Each entry loads only its page's chunks, all announced in its HTML (modulepreload, vite.config.ts) so they download
 * at once. Links out of these pages are plain ones: the server sends the app (index.html) for every other path.
 */
export async function mountPublicPage(
  queryClient: QueryClient,
  page: ReactNode,
  rendered: boolean,
): Promise<void> {
  await documentReady();
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  const tree = publicTree(queryClient, page);
  // Rendered by the server (src/web/ssr.tsx, from the same tree and answers), the page is taken over where it is.
  if (rendered && container.firstElementChild) hydrateRoot(container, tree);
  else createRoot(container).render(tree);
}

/** The page in its frame: what the phone mounts and what the server renders to HTML (src/web/ssr.tsx). */
export function publicTree(queryClient: QueryClient, page: ReactNode): ReactNode {
  return (
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <PageErrorBoundary>
            <Suspense fallback={<LoadingBlock />}>
              {page}
              <PageReady />
            </Suspense>
          </PageErrorBoundary>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>
  );
}

/**
 * Marks the page as working (`<html data-page-ready>`) once its code runs it: until then a server-rendered page only
 * shows. The bench (bench/web.bench.ts) and the journeys wait for it before they act.
 */
function PageReady() {
  useEffect(() => {
    document.documentElement.dataset.pageReady = 'true';
  }, []);
  return null;
}

/**
 * The entry runs as soon as it has arrived (`async` in its HTML: its first reads need not wait for the stylesheet),
 * so the page waits here for the document and its stylesheet: it never shows unstyled.
 */
async function documentReady(): Promise<void> {
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  await Promise.all(
    sheets
      .filter((link) => !link.sheet)
      .map(
        (link) =>
          new Promise((resolve) => {
            link.addEventListener('load', resolve, { once: true });
            link.addEventListener('error', resolve, { once: true });
          }),
      ),
  );
}

/** The sign-in page, which brings the user back here (as the app's route guard does). */
export const signInHref = () =>
  `/dang-nhap?redirect=${encodeURIComponent(window.location.pathname + window.location.search)}`;

export function PublicNotFound() {
  return (
    <Stack p="md" maw={640}>
      <Alert color="gray" variant="light" title={vi.errors.notFoundTitle}>
        {vi.errors.notFound}
      </Alert>
      <div>
        <Button component="a" href="/" variant="light">
          {vi.common.backHome}
        </Button>
      </div>
    </Stack>
  );
}

/** What the app's root route shows for an error in a page: the error, and a way to try again. */
class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Stack p="md" maw={640}>
        <ErrorAlert error={this.state.error} />
        <div>
          <Button variant="light" onClick={() => window.location.reload()}>
            {vi.common.retry}
          </Button>
        </div>
      </Stack>
    );
  }
}
