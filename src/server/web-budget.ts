import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The goal for a public page's JavaScript, gzip-compressed: a delegate's phone on a slow network. */
export const PUBLIC_PAGE_GOAL_BYTES = 200 * 1024;

/**
 * The public pages by their route module (a key of vite's manifest, relative to src/web), each held to the goal. The
 * check-in phone's point picker is a native select for it: Mantine's Select (Popover, floating-ui) was 40 KB.
 */
export const PUBLIC_PAGES = {
  rsvp: { route: 'routes/rsvp.tsx', budgetBytes: PUBLIC_PAGE_GOAL_BYTES },
  checkin: { route: 'routes/checkin.tsx', budgetBytes: PUBLIC_PAGE_GOAL_BYTES },
} as const;

/** What no public page loads before it renders: the signed-in frame, and the QR decoder until the camera starts. */
export const HEAVY_FOR_PUBLIC = [/^routes\/app-layout\.tsx$/, /\/node_modules\/jsqr\//];

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageWeight {
  /** The manifest's keys of the chunks the page loads before it can render: the entry, the page, their imports. */
  chunks: string[];
  /** Their JS files, relative to the build's folder. */
  files: string[];
  gzipBytes: number;
}

export function readManifest(outDir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The entry chunk (index.html's script) and every chunk it or `route` imports statically, transitively. */
export function pageChunks(manifest: Manifest, route: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no ${key}`);
    seen.add(key);
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  visit(route);
  return [...seen];
}

export const gzipSize = (file: string): number => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** What the page at `route` downloads of JavaScript, measured on the built files in `outDir`. */
export function pageWeight(outDir: string, route: string): PageWeight {
  const manifest = readManifest(outDir);
  const chunks = pageChunks(manifest, route);
  const files = chunks.map((key) => manifest[key]!.file);
  return {
    chunks,
    files,
    gzipBytes: files.reduce((sum, file) => sum + gzipSize(path.join(outDir, file)), 0),
  };
}
