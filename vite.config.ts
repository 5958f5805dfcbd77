import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';

const web = (file: string) => path.resolve(import.meta.dirname, 'src/web', file);

/** The public pages' own entries (issue 12 item 7): a delegate's link and the check-in phone. */
const PUBLIC_ENTRIES = ['rsvp.html', 'checkin.html'];

type Chunk = Rollup.OutputChunk;

/**
 * The chunks a public page runs before it renders: its entry's, the page it imports dynamically (the entry starts
 * the page's reads first, early-read.ts), and every chunk those import statically.
 */
function pageChunks(bundle: Rollup.OutputBundle, entry: Chunk): Chunk[] {
  const seen = new Map<string, Chunk>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (seen.has(fileName) || chunk?.type !== 'chunk') return;
    seen.set(fileName, chunk);
    chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  entry.dynamicImports.forEach(visit);
  return [...seen.values()];
}

const isPublicEntry = (chunk: Rollup.OutputChunk | Rollup.OutputAsset): chunk is Chunk =>
  chunk.type === 'chunk' && chunk.isEntry && PUBLIC_ENTRIES.some((e) => chunk.facadeModuleId?.endsWith(e));

/** The files of the public pages: their HTML, their chunks (pageChunks) and their CSS. */
function publicFiles(bundle: Rollup.OutputBundle): Set<string> {
  const files = new Set<string>(PUBLIC_ENTRIES);
  for (const entry of Object.values(bundle).filter(isPublicEntry))
    for (const chunk of pageChunks(bundle, entry)) {
      files.add(chunk.fileName);
      chunk.viteMetadata?.importedCss.forEach((css) => files.add(css));
    }
  return files;
}

/**
 * Announces in a public page's HTML the chunks of the page its entry imports dynamically (vite announces the static
 * ones only): the phone downloads them all at once, beside the page's first reads, instead of one after another.
 */
function preloadPublicPages(): Plugin {
  return {
    name: 'phongtrao-preload-public-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { chunk, bundle }) {
        if (!chunk || !bundle || !isPublicEntry(chunk)) return;
        const announced = new Set<string>();
        const visit = (fileName: string) => {
          const next = bundle[fileName];
          if (announced.has(fileName) || next?.type !== 'chunk') return;
          announced.add(fileName);
          next.imports.forEach(visit);
        };
        visit(chunk.fileName);
        return pageChunks(bundle, chunk)
          .filter((page) => !announced.has(page.fileName))
          .map((page) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${page.fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * Writes `x.js.br` and `x.js.gz` beside every text file of the build: the server sends them (preCompressed), a third
 * of the bytes for a phone. Brotli at quality 5: within 10 % of its best, in half a second instead of fifteen; the
 * public pages' files at its best (11), a tenth fewer bytes on a slow phone for a second of build.
 */
function precompress(): Plugin {
  return {
    name: 'phongtrao-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const best = publicFiles(bundle);
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg)$/.test(fileName)) continue;
        const file = path.join(options.dir!, fileName);
        const content = fs.readFileSync(file);
        const quality = best.has(fileName) ? constants.BROTLI_MAX_QUALITY : 5;
        fs.writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
        );
        fs.writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * The server's render of the public pages (src/web/ssr.tsx, issue 12 item 7): one file for Node, everything it uses
 * bundled in (only the Mantine components the pages show), which src/server/web-prerender.ts loads in a few
 * milliseconds. Built beside the web (`vite build --ssr`, src/server/build-web.ts).
 */
const ssrBuild = defineConfig({
  root: 'src/web',
  plugins: [react()],
  ssr: { noExternal: true, target: 'node' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    ssr: true,
    outDir: '../../dist/ssr',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { input: { ssr: web('ssr.tsx') } },
  },
});

const webBuild = defineConfig({
  root: 'src/web',
  plugins: [react(), precompress(), preloadPublicPages()],
  // Two pages: the app (index.html) and the public pages' own small ones (rsvp.html for /moi/…, checkin.html for /diem-danh/…). The manifest
  // lets the size check (src/server/web-budget.test.ts) follow each page's chunks.
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { index: web('index.html'), rsvp: web('rsvp.html'), checkin: web('checkin.html') },
    },
  },
  server: { proxy: { '^/api/': 'http://127.0.0.1:3000' } },
});

export default defineConfig(({ isSsrBuild }) => (isSsrBuild ? ssrBuild : webBuild));
