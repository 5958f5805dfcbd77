import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The goal for a public page's JavaScript, gzip-compressed: a delegate's phone on a slow network. */
export const PUBLIC_PAGE_GOAL_BYTES = 200 * 1024;

/**
 * The public pages: each is its own HTML entry of the build (vite.config.ts; the server sends it for the page's
 * paths, src/server/web-pages.ts) that renders its route module, and each is held to the goal. The check-in phone's
 * point picker is a native select for it: Mantine's Select (Popover, floating-ui) was 40 KB.
 */
export const PUBLIC_PAGES = {
  rsvp: { entry: 'rsvp.html', route: 'routes/rsvp.tsx', budgetBytes: PUBLIC_PAGE_GOAL_BYTES },
  checkin: { entry: 'checkin.html', route: 'routes/checkin.tsx', budgetBytes: PUBLIC_PAGE_GOAL_BYTES },
} as const;

/**
 * What no public page loads before it renders: the app's entry (router, route tree, full stylesheet), the signed-in
 * frame, and the QR decoder until the camera starts.
 */
export const HEAVY_FOR_PUBLIC = [/^index\.html$/, /^routes\/app-layout\.tsx$/, /\/node_modules\/jsqr\//];

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageWeight {
  /** The manifest's keys of the chunks the page loads before it can render: its entry and their imports. */
  chunks: string[];
  /** Their JS files, relative to the build's folder. */
  files: string[];
  gzipBytes: number;
}

export function readManifest(outDir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/**
 * The chunks a page runs before it renders: its HTML entry's (a key of the manifest: `rsvp.html`), the page that
 * entry imports dynamically once it has started the page's reads (early-read.ts), and every chunk those import
 * statically, transitively. The public page's HTML announces them all (vite.config.ts).
 */
export function pageChunks(manifest: Manifest, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no ${key}`);
    seen.add(key);
    chunk.imports?.forEach(visit);
  };
  visit(entry);
  manifest[entry]?.dynamicImports?.forEach(visit);
  return [...seen];
}

export const gzipSize = (file: string): number => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** What the page of HTML entry `entry` downloads of JavaScript, measured on the built files in `outDir`. */
export function pageWeight(outDir: string, entry: string): PageWeight {
  const manifest = readManifest(outDir);
  const chunks = pageChunks(manifest, entry);
  const files = chunks.map((key) => manifest[key]!.file);
  return {
    chunks,
    files,
    gzipBytes: files.reduce((sum, file) => sum + gzipSize(path.join(outDir, file)), 0),
  };
}
