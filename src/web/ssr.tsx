import { renderToString } from 'react-dom/server';
import { createQueryClient } from './app-setup';
import { checkinPage } from './checkin-app';
import { publicPageAt } from './early-read';
import { publicTree } from './public-shell';
import { rsvpPage } from './rsvp-app';

/**
 * The server's render of the public pages (vite.config.ts builds this entry into dist/ssr/ssr.js for Node;
 * src/server/web-prerender.ts calls it): on a slow phone the page shows as soon as its HTML arrives, and its code,
 * when it has arrived, takes it over (hydrates it) from the same tree and the same answers, which the HTML carries.
 */

/** The reads a public page starts with (their API paths), or null for an address that is not a public page. */
export function firstReadsAt(pathname: string): string[] | null {
  return publicPageAt(pathname)?.reads ?? null;
}

/** The page's HTML (inside its #root) from the answers to its first reads, by path. */
export function renderPublicPage(pathname: string, answers: Record<string, unknown>): string | null {
  const page = publicPageAt(pathname);
  if (page === null) return null;
  const queryClient = createQueryClient(() => undefined);
  const content =
    page.kind === 'rsvp' ? rsvpPage(queryClient, page, answers) : checkinPage(queryClient, page, answers);
  try {
    return renderToString(publicTree(queryClient, content));
  } finally {
    queryClient.clear();
  }
}
