/**
 * Reads the text of a plan (Kế hoạch) into a draft: NĐ 30 parts, section tree, targets, tasks, conference,
 * budget, with warnings for what the user must check. Pure; never throws on a document.
 */
import type { DraftSection, ImportWarning, PlanDraft, PlanLine } from './plan-draft';
import { normalisePlanText } from './normalise';
import { readFrontMatter } from './front-matter';
import { readClosing } from './closing';
import { buildTree, detachClosing, findHeaded, toSections, type BodyNode } from './sections';
import { extractTargets } from './targets';
import { extractTasks } from './tasks';
import { extractConference, isConferencePlan } from './conference';
import { fold } from './line-kinds';
import { findTaskTables, readTaskTable, type TaskTable } from './task-table';
import { planYearOf } from '../dates/vn-dates';

export { normalisePlanText } from './normalise';
export type { NormalisedText } from './normalise';

const MAX_INPUT = 2_000_000;

function emptyDraft(warnings: ImportWarning[]): PlanDraft {
  return {
    kind: 'KH',
    issuer: { parent: null, name: '' },
    number: null,
    symbol: null,
    place: '',
    date: null,
    title: '',
    recipientsTo: [],
    legalBases: [],
    sections: [],
    signer: { authority: null, delegation: null, position: '', name: '' },
    recipients: [],
    urgency: null,
    targets: [],
    tasks: [],
    conference: null,
    budget: null,
    warnings,
  };
}

function readBudget(roots: BodyNode[], used: Set<BodyNode>): PlanDraft['budget'] {
  const section = findHeaded(roots, /^kinh phi\b/)[0];
  if (!section) return null;
  used.add(section);
  const texts = [section.content, ...section.children.map((c) => c.content)];
  for (const text of texts) {
    const m = /(?:từ\s+)?nguồn\s+(.+)$/iu.exec(text) ?? /\btừ\s+(.+)$/iu.exec(text) ?? null;
    if (m) return { source: m[1]!.replace(/(?<![\s.;,])[\s.;,]+$/u, '') };
  }
  const last = texts[texts.length - 1]!.replace(/^[^:]*:\s*/u, '').replace(/(?<![\s.;,])[\s.;,]+$/u, '');
  return last === '' ? null : { source: last };
}

/**
 * The lines without their task tables, which are read on their own; an appendix after the signature (Phụ lục
 * phân công nhiệm vụ, "Kèm theo Kế hoạch số ...") is cut from its title down, so the signature stays the last part.
 */
function withoutTables(lines: PlanLine[], tables: TaskTable[]): PlanLine[] {
  if (tables.length === 0) return lines;
  let noiNhan = -1;
  lines.forEach((l, i) => {
    if (/^noi nhan\b/.test(fold(l.text).toLowerCase())) noiNhan = i;
  });
  const drop = new Set<number>();
  let cutAt = lines.length;
  for (const t of tables) {
    if (noiNhan >= 0 && t.start > noiNhan) {
      let title = t.start;
      for (let j = t.start - 1; j > noiNhan && j >= t.start - 8; j--)
        if (/^phu luc\b/.test(fold(lines[j]!.text).toLowerCase())) title = j;
      cutAt = Math.min(cutAt, title);
    }
    for (let i = t.start; i < t.end; i++) drop.add(i);
  }
  return lines.filter((_, i) => i < cutAt && !drop.has(i));
}

const isBinary = (text: string): boolean => {
  const sample = text.slice(0, 4000);
  if (sample.length === 0) return false;
  let odd = 0;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  for (const ch of sample) if (/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(ch)) odd++;
  return odd / sample.length > 0.1;
};

/** Parses a plan's text; never throws. @example parsePlanText(text).tasks[0].lead → ["Phòng Văn hóa và Thông tin"] */
export function parsePlanText(text: string, options: { fileName?: string } = {}): PlanDraft {
  const name = options.fileName ? `Tệp “${options.fileName}”` : 'Tệp';
  if (typeof text !== 'string' || text.trim() === '')
    return emptyDraft([{ line: 1, message: `${name} không có nội dung văn bản.` }]);
  if (isBinary(text))
    return emptyDraft([{ line: 1, message: `${name} không phải văn bản (dữ liệu nhị phân).` }]);
  try {
    return parse(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  } catch (error) {
    // A bug here must not lose the user's upload: return what a reviewer can fill in by hand.
    return emptyDraft([
      { line: 1, message: `Không đọc được cấu trúc văn bản (${String(error).slice(0, 200)}).` },
    ]);
  }
}

function parse(text: string): PlanDraft {
  const normal = normalisePlanText(text);
  const warnings: ImportWarning[] = [...normal.warnings];
  const all: PlanLine[] = normal.lines.map((t, i) => ({ text: t, line: normal.lineNumbers[i]! }));
  const tables = findTaskTables(all);
  const lines = withoutTables(all, tables);
  const front = readFrontMatter(lines, warnings);
  const closing = readClosing(front.body, warnings);
  const roots = buildTree(front.body.slice(0, closing.bodyEnd), warnings);
  const year = planYearOf(front.date, front.title);
  const tableTasks = tables.flatMap((t) => readTaskTable(all, t, year, warnings));
  const used = new Set<BodyNode>(detachClosing(roots));
  const targets = extractTargets(roots, used);
  const isConference = isConferencePlan(front.title);
  const conference = isConference ? extractConference(roots, year, used) : null;
  const budget = readBudget(roots, used);
  const tasks = [...extractTasks(roots, year, used, warnings), ...tableTasks];
  const sections: DraftSection[] = toSections(roots);
  if (sections.length === 0)
    warnings.push({ line: lines[0]?.line ?? 1, message: 'Không thấy phần nội dung của kế hoạch.' });
  warnings.sort((a, b) => a.line - b.line);
  return {
    kind: front.kind,
    issuer: front.issuer,
    number: front.number,
    symbol: front.symbol,
    place: front.place,
    date: front.date,
    title: front.title,
    recipientsTo: [],
    legalBases: front.legalBases.slice(0, 100),
    sections,
    signer: closing.signer,
    recipients: closing.recipients.slice(0, 200),
    urgency: front.urgency,
    targets,
    tasks,
    conference,
    budget,
    warnings,
  };
}
