import { builtinEnvironments, type Environment } from 'vitest/runtime';

/**
 * What the server needs of Node and happy-dom would replace: the server's modules read `new URL(import.meta.url)`,
 * PGlite loads its data from a Node Blob, multipart bodies are Node FormData and Files. The page's fetch goes to the
 * app through app.inject (server-fetch.ts), so Node's fetch classes serve the page as well.
 */
const NODE_KEYS = [
  'URL',
  'URLSearchParams',
  'Blob',
  'File',
  'FormData',
  'Request',
  'Response',
  'Headers',
  'fetch',
  'AbortController',
  'AbortSignal',
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
] as const;

/**
 * happy-dom for component tests that run the real app in the same process (`// @vitest-environment
 * ./src/web/testing/dom-environment.ts`): the DOM of happy-dom, Node's URL, files and fetch classes, and modules
 * resolved as on the server.
 */
export default {
  name: 'happy-dom-with-server',
  viteEnvironment: 'ssr',
  async setup(global: Record<string, unknown>, options) {
    const kept = NODE_KEYS.map((key) => [key, global[key]] as const);
    const happyDom = await builtinEnvironments['happy-dom'].setup(global, options);
    for (const [key, value] of kept)
      Object.defineProperty(global, key, { value, configurable: true, writable: true });
    return { teardown: (g) => happyDom.teardown(g) };
  },
} satisfies Environment;
