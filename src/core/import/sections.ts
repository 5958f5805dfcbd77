/** The body as printed: I. → 1. → 1.1. → a) → bullets, nested by the rank of each numbering. */
import type { DraftSection, ImportWarning, PlanLine } from './plan-draft';
import { fold, isUpperText, readLabel, type LabelKind } from './line-kinds';

export interface BodyNode {
  kind: LabelKind | 'para';
  label: string | null;
  rank: number;
  content: string;
  line: number;
  children: BodyNode[];
}

const CLOSING_FORMULA = /^tren day la\b/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(label: string): number {
  const digits = label.replace(/[^IVX]/g, '');
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const v = ROMAN_VALUES[digits[i]!]!;
    const next = ROMAN_VALUES[digits[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const numberOf = (node: BodyNode): number =>
  node.kind === 'roman' ? romanValue(node.label ?? '') : Number.parseInt(node.label ?? '', 10);

/** "I." twice, "III" without its dot, II then IV: kept as printed, with a warning. */
function checkNumbering(siblings: BodyNode[], node: BodyNode, warnings: ImportWarning[]): void {
  if (node.kind !== 'roman' && node.kind !== 'arabic') return;
  const label = node.label ?? '';
  if (node.kind === 'roman' && !label.endsWith('.'))
    warnings.push({ line: node.line, message: `Số mục “${label}” thiếu dấu chấm; giữ như bản gốc.` });
  const prev = [...siblings].reverse().find((s) => s.kind === node.kind);
  const n = numberOf(node);
  if (!prev) return;
  const p = numberOf(prev);
  if (n === p) warnings.push({ line: node.line, message: `Số mục “${label}” bị lặp; giữ như bản gốc.` });
  else if (n !== p + 1)
    warnings.push({
      line: node.line,
      message: `Số mục nhảy từ “${prev.label ?? ''}” sang “${label}”; giữ như bản gốc.`,
    });
}

export function buildTree(lines: PlanLine[], warnings: ImportWarning[]): BodyNode[] {
  const roots: BodyNode[] = [];
  const stack: BodyNode[] = [];
  const childrenOf = (parent: BodyNode | undefined) => (parent ? parent.children : roots);
  for (const { text, line } of lines) {
    const lab = readLabel(text);
    if (!lab) {
      const node: BodyNode = { kind: 'para', label: null, rank: 9, content: text, line, children: [] };
      if (CLOSING_FORMULA.test(fold(text))) {
        stack.length = 0;
        roots.push(node);
        continue;
      }
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.kind === 'bullet') at--;
      childrenOf(stack[at]).push(node);
      continue;
    }
    const node: BodyNode = {
      kind: lab.kind,
      label: lab.label,
      rank: lab.rank,
      content: lab.rest,
      line,
      children: [],
    };
    if (lab.kind === 'bullet') {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.kind === 'bullet' && stack[at]!.label !== lab.label) at--;
      if (at >= 0 && stack[at]!.kind === 'bullet') stack.length = at;
      else {
        const top = stack[stack.length - 1];
        if (top?.kind === 'bullet' && !/:\s*$/.test(top.content)) stack.pop();
      }
    } else {
      while (
        stack.length > 0 &&
        (stack[stack.length - 1]!.kind === 'bullet' || stack[stack.length - 1]!.rank >= lab.rank)
      )
        stack.pop();
    }
    const siblings = childrenOf(stack[stack.length - 1]);
    checkNumbering(siblings, node, warnings);
    if (siblings.length < 500) siblings.push(node);
    stack.push(node);
  }
  return roots;
}

/** The closing sentences NĐ 30 puts after the last item: "Trên đây là ...", "Trong quá trình thực hiện, ...". */
const CLOSING_START =
  /^(?:tren day|trong qua trinh (?:to chuc )?(?:trien khai )?(?:thuc hien|to chuc)|qua trinh thuc hien)\b/;
/**
 * "UBND huyện đề nghị các cơ quan, đơn vị ... phối hợp thực hiện./.": a request to all, not one unit's task. Each word
 * is looked for once, after the first of the one before: /\b(?:de nghi|yeu cau)\b.*\bcac\b.*\b(?:thuc hien|…)\b/
 * tried every "các" after every "đề nghị" (a line of them took seconds). The key is one line (normalise joins every
 * \s run into a space), so the pattern's "." was any character there.
 */
function isClosingRequest(key: string): boolean {
  const ask = /\b(?:de nghi|yeu cau)\b/.exec(key);
  if (!ask) return false;
  const rest = key.slice(ask.index + ask[0].length);
  const all = /\bcac\b/.exec(rest);
  return all !== null && /\b(?:thuc hien|trien khai|phoi hop)\b/.test(rest.slice(all.index + all[0].length));
}
const CLOSING_END =
  /(?:thuc hien|trien khai|phoi hop|ke hoach|ket qua tot|hieu qua)[\s./!]*$|\.?\s*\/\.?\s*$/;

/**
 * Paragraphs at the very end of the body that are the closing formula in another wording than "Trên đây": moved
 * to the top level, out of the last item they were read into, and returned so that no task is made of them.
 */
export function detachClosing(roots: BodyNode[]): BodyNode[] {
  const detached: BodyNode[] = [];
  const moved: BodyNode[] = [];
  for (let count = 0; count < 3; count++) {
    const path: BodyNode[][] = [roots];
    let list = roots;
    while (list.length > 0 && list[list.length - 1]!.children.length > 0) {
      list = list[list.length - 1]!.children;
      path.push(list);
    }
    const last = list[list.length - 1];
    if (!last || last.kind !== 'para' || detached.includes(last)) break;
    const key = fold(last.content);
    const isClosing = CLOSING_START.test(key) || (isClosingRequest(key) && CLOSING_END.test(key));
    if (!isClosing) break;
    if (path.length === 1) {
      // Already at the top level: what comes before it is body.
      detached.unshift(last);
      break;
    }
    list.pop();
    moved.unshift(last);
    detached.unshift(last);
  }
  // Kept in the tree, after the sections, as the "Trên đây" paragraph is.
  roots.push(...moved);
  return detached;
}

/** "III. KINH PHÍ TỔ CHỨC: Từ nguồn ...": an upper-case heading with its text on the same line. */
export function splitHeading(content: string): { head: string; rest: string } | null {
  const at = content.indexOf(':');
  if (at < 2) return null;
  const head = content.slice(0, at + 1);
  const rest = content.slice(at + 1).trim();
  return isUpperText(head) && rest !== '' ? { head, rest } : null;
}

/** Whether a node's words are a heading (title) or running text. */
export function isTitle(node: BodyNode): boolean {
  if (node.kind === 'para') return false;
  if (isUpperText(node.content)) return true;
  if (node.children.length === 0 || node.content.length > 150) return false;
  const inner = node.content.replace(/[.:]\s*$/, '');
  return !/[.;:!?]\s/.test(inner);
}

export function toSections(nodes: BodyNode[]): DraftSection[] {
  return nodes.slice(0, 500).map((node) => {
    const children = toSections(node.children);
    const split = node.kind === 'para' ? null : splitHeading(node.content);
    if (split)
      return {
        label: node.label,
        title: split.head.slice(0, 1000),
        text: split.rest.slice(0, 20_000),
        children,
      };
    if (isTitle(node)) return { label: node.label, title: node.content.slice(0, 1000), text: null, children };
    return { label: node.label, title: null, text: node.content.slice(0, 20_000), children };
  });
}

/** Every node, depth first. */
export function allNodes(nodes: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  const walk = (list: BodyNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** Headed nodes (not bullets or paragraphs) whose words match, outermost first. */
export function findHeaded(nodes: BodyNode[], pattern: RegExp): BodyNode[] {
  return allNodes(nodes).filter(
    (n) => n.kind !== 'para' && n.kind !== 'bullet' && pattern.test(fold(n.content)),
  );
}

/** Words after "Label:" in a node ("Thời gian: 01 buổi ..." → "01 buổi ..."), or the node's text. */
export function valueAfterColon(content: string): string {
  const at = content.indexOf(':');
  return at >= 0 ? content.slice(at + 1).trim() : content.trim();
}
