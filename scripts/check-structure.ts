/**
 * The structure rules that ESLint's import walls do not cover (docs/ARCHITECTURE.md, "Checked by script"):
 * 1. SQL lives in repos: no `queryRows`, raw `sql` template or `db.execute` outside `*.repo.ts`, `src/server/platform/`
 *    and `src/server/db/` (tests and test helpers may set data up by hand).
 * 2. One clock: no `todayInVietnam()` without an instant and no `new Date()` (the calendar's now) outside the clocks
 *    (`src/server/platform/`, `src/web/ui/clock.ts`); `Date.now()` for durations and timers is not a date.
 * Run: `node --import tsx scripts/check-structure.ts [folder…]`; exits 1 and lists each offence.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

interface Rule {
  name: string;
  pattern: RegExp;
  allowed(file: string): boolean;
}

const isTest = (f: string) => /\.(test|testing|cases)\.tsx?$/.test(f) || f.includes('/testing/');

export const rules: Rule[] = [
  {
    name: 'SQL outside a repo',
    pattern: /\bqueryRows\b|\bsql`|\bsql\.raw\(|\.execute\(/,
    allowed: (f) =>
      f.endsWith('.repo.ts') ||
      f.startsWith('src/server/platform/') ||
      f.startsWith('src/server/db/') ||
      isTest(f),
  },
  {
    name: 'time read outside the clock',
    pattern: /\btodayInVietnam\(\)|\bnew Date\(\)/,
    allowed: (f) => f.startsWith('src/server/platform/') || f === 'src/web/ui/clock.ts' || isTest(f),
  },
];

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.tsx?$/.test(entry.name)) yield path.relative(root, full).split(path.sep).join('/');
  }
}

export function offences(folders: string[]): string[] {
  const found: string[] = [];
  for (const folder of folders)
    for (const file of files(path.join(root, folder))) {
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
      for (const rule of rules) {
        if (rule.allowed(file)) continue;
        lines.forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          if (rule.pattern.test(code) && !/^\s*(\*|\/\*)/.test(line))
            found.push(`${file}:${i + 1}: ${rule.name}`);
        });
      }
    }
  return found;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const folders = process.argv.slice(2);
  const found = offences(folders.length > 0 ? folders : ['src']);
  for (const line of found) console.log(line);
  if (found.length > 0) {
    console.error(`check-structure: ${found.length} offences`);
    process.exit(1);
  }
  console.log('check-structure: clean');
}
