import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** At most this much JavaScript, gzip-compressed, for a public page: a delegate's phone on a slow network. */
export const PUBLIC_PAGE_BUDGET_BYTES = 200 * 1024;

/** The public pages by their route module (a key of vite's manifest, relative to src/web). */
export const PUBLIC_PAGES = { rsvp: 'routes/rsvp.tsx', checkin: 'routes/checkin.tsx' } as const;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageWeight {
  /** The JS files the page loads before it can render: the entry's and the page's static imports, in full. */
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
  return [...seen].map((key) => manifest[key]!.file);
}

export const gzipSize = (file: string): number => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** What the page at `route` downloads of JavaScript, measured on the built files in `outDir`. */
export function pageWeight(outDir: string, route: string): PageWeight {
  const files = pageChunks(readManifest(outDir), route);
  return { files, gzipBytes: files.reduce((sum, file) => sum + gzipSize(path.join(outDir, file)), 0) };
}
