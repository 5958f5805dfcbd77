import { buildWebIfStale } from '../src/server/build-web';

/**
 * Playwright's global setup: the server serves dist/web (and renders the public pages with dist/ssr), so they are
 * built first when missing or older than their sources, as `npm start` does.
 */
export default async function buildWeb(): Promise<void> {
  await buildWebIfStale();
}
