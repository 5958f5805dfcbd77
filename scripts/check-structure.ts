/**
 * The structure rules that ESLint's import walls do not cover (docs/ARCHITECTURE.md, "Checked by script"):
 * 1. SQL lives in repos: no `queryRows`, raw `sql` template or `db.execute` outside `*.repo.ts`, `src/server/platform/`
 *    and `src/server/db/` (tests and test helpers may set data up by hand).
 * 2. One clock: no `todayInVietnam()` without an instant and no `new Date()` (the calendar's now) outside the clocks
 *    (`src/server/platform/`, `src/web/ui/clock.ts`); `Date.now()` for durations and timers is not a date.
 * 3. A feature calls another feature's services, never its repos: a file of `src/server/features/<a>/` imports no
 *    `*.repo.ts` of `src/server/features/<b>/`. A sub-folder (`features/<a>/<sub>/`) is a sub-feature of its own:
 *    sub-features of one feature may import each other's services, not each other's repos. Tests are exempt.
 * 4. No import cycles between features: on the server (`src/server/features/<a>`, sub-folders counted as their
 *    feature) and in the web (`src/web/features/<a>`; `src/web/routes/` is above the features and may import any).
 * 5. Messages in one place: Vietnamese text in server code (a string or template literal with a Vietnamese letter)
 *    lives only in message tables (`*.messages.ts`, one or more per feature). The OpenAPI `summary` and `description`
 *    of a route, the demo's content (`features/demo/`) and tests are not messages and are exempt.
 * 6. The system clock is read at the entry points only: `systemClock` is named only in `src/server/platform/`,
 *    `src/server/app.ts`, `src/server/bootstrap.ts`, `src/server/main.ts` and `src/cli/`; everything else is handed a clock.
 * Imports are read from `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')` with a
 * relative path (resolved to `.ts`, `.tsx` or `/index`).
 * Run: `node --import tsx scripts/check-structure.ts [folder…]`; exits 1 and lists each offence as `file:line: rule`.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const defaultRoot = path.resolve(import.meta.dirname, '..');

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
  {
    name: 'system clock read outside an entry point',
    pattern: /\bsystemClock\b/,
    allowed: (f) =>
      f.startsWith('src/server/platform/') ||
      f === 'src/server/app.ts' ||
      f === 'src/server/bootstrap.ts' ||
      f === 'src/server/main.ts' ||
      f.startsWith('src/cli/') ||
      !f.startsWith('src/') ||
      isTest(f),
  },
];

export const MESSAGE_RULE = 'Vietnamese text outside a message table';

const VIETNAMESE =
  /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ]/;

const messagesExempt = (f: string) =>
  !f.startsWith('src/server/') ||
  f.endsWith('.messages.ts') ||
  f.startsWith('src/server/features/demo/') ||
  isTest(f);

/** The lines of the string and template literals with Vietnamese text, but an OpenAPI summary or description. */
export function vietnameseLines(file: string, text: string): number[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      (node.name.text === 'summary' || node.name.text === 'description')
    )
      return;
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateLiteralToken(node)) &&
      VIETNAMESE.test(node.text)
    )
      lines.add(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    node.forEachChild(visit);
  };
  visit(source);
  return [...lines].sort((a, b) => a - b);
}

export const BOUNDARY_RULE = "another feature's repo imported (call its service)";
export const CYCLE_RULE = 'import cycle between features';

function* files(root: string, dir: string): Generator<string> {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    if (/\.tsx?$/.test(dir)) yield dir.split(path.sep).join('/');
    return;
  }
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(root, child);
    else if (/\.tsx?$/.test(entry.name)) yield child.split(path.sep).join('/');
  }
}

const IMPORT =
  /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*\}\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export interface Import {
  line: number;
  target: string;
}

/** The relative imports of a file's lines, resolved to files under `root` (unresolved ones are left out). */
export function importsOf(root: string, file: string, lines: string[]): Import[] {
  const found: Import[] = [];
  lines.forEach((text, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(text)) return;
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (!spec?.startsWith('.')) continue;
      const target = resolve(root, path.posix.join(path.posix.dirname(file), spec));
      if (target) found.push({ line: i + 1, target });
    }
  });
  return found;
}

function resolve(root: string, base: string): string | null {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(root, candidate);
    if (/\.tsx?$/.test(candidate) && fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return null;
}

/** `conferences` or `conferences/checkin` for a server feature file (the folder the file sits in, two deep). */
function serverUnit(file: string): string | null {
  const m = /^src\/server\/features\/([^/]+)\/(?:([^/]+)\/)?/.exec(file);
  if (!m) return null;
  return m[2] ? `${m[1]}/${m[2]}` : m[1]!;
}

/** The feature (a node of the cycle check) a file belongs to, or null outside the features. */
function featureOf(file: string): string | null {
  const server = /^src\/server\/features\/([^/]+)\//.exec(file);
  if (server) return `server:${server[1]}`;
  const web = /^src\/web\/features\/([^/]+)\//.exec(file);
  return web ? `web:${web[1]}` : null;
}

/** The strongly connected groups of more than one feature (Tarjan). */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!order.has(node)) visit(node);
  return groups;
}

/**
 * Feature edges left out of the cycle check until they are broken, each with the reason and the way out. Listed here
 * so that they are seen (the command prints them) and so that no new cycle can hide behind them.
 */
export const KNOWN_EDGES: Record<string, string> = {
  'server:imports>server:conferences':
    'the parse worker loads the delegate and award sheet readers; next: move the parse workers to platform/',
};

export function offences(folders: string[], root = defaultRoot): string[] {
  const found: string[] = [];
  const edges = new Map<string, Set<string>>();
  /** The first import line of each feature-to-feature edge, to name the cycle where it is. */
  const edgeAt = new Map<string, string>();
  for (const folder of folders)
    for (const file of files(root, folder)) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const lines = text.split('\n');
      if (!messagesExempt(file))
        for (const line of vietnameseLines(file, text)) found.push(`${file}:${line}: ${MESSAGE_RULE}`);
      for (const rule of rules) {
        if (rule.allowed(file)) continue;
        lines.forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          if (rule.pattern.test(code) && !/^\s*(\*|\/\*)/.test(line))
            found.push(`${file}:${i + 1}: ${rule.name}`);
        });
      }
      if (isTest(file)) continue;
      const imports = importsOf(root, file, lines);
      const unit = serverUnit(file);
      const feature = featureOf(file);
      for (const { line, target } of imports) {
        const targetUnit = serverUnit(target);
        if (unit && targetUnit && unit !== targetUnit && target.endsWith('.repo.ts'))
          found.push(`${file}:${line}: ${BOUNDARY_RULE} (${target})`);
        const targetFeature = featureOf(target);
        if (feature && targetFeature && feature !== targetFeature) {
          if (root === defaultRoot && Object.hasOwn(KNOWN_EDGES, `${feature}>${targetFeature}`)) continue;
          if (!edges.has(feature)) edges.set(feature, new Set());
          edges.get(feature)!.add(targetFeature);
          const key = `${feature}>${targetFeature}`;
          if (!edgeAt.has(key)) edgeAt.set(key, `${file}:${line}`);
        }
      }
    }
  for (const group of cycles(edges)) {
    const name = group.map((g) => g.replace(/^(server|web):/, '')).join(' ↔ ');
    for (const [key, at] of [...edgeAt].sort()) {
      const [from, to] = key.split('>') as [string, string];
      if (group.includes(from) && group.includes(to)) found.push(`${at}: ${CYCLE_RULE} (${name})`);
    }
  }
  return found;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const folders = process.argv.slice(2);
  const found = offences(folders.length > 0 ? folders : ['src']);
  for (const line of found) console.log(line);
  for (const [edge, why] of Object.entries(KNOWN_EDGES))
    console.log(`known edge, not yet broken: ${edge}: ${why}`);
  if (found.length > 0) {
    console.error(`check-structure: ${found.length} offences`);
    process.exit(1);
  }
  console.log('check-structure: clean');
}
