import type { DocumentSection } from '../../../contracts/documents';

interface Labelled {
  label: string | null;
  rest: string;
  /** Nesting rank: a line nests under the nearest earlier line of a smaller rank. */
  rank: number;
  /** Roman and numbered lines may be headings; the others are always text. */
  mayBeHeading: boolean;
}

// Kế hoạch-type documents number I., 1. (1.1), a), then -, + (NĐ 30/2020, Phụ lục I, element 6).
const ROMAN = /^([IVXL]+\.)\s*(.*)$/;
const NUMBERED = /^(\d+\.(?:\d+\.?)*)\s*(.*)$/;
const LETTER = /^([a-zđ]\))\s*(.*)$/;
const DASH = /^([-–+])\s+(.*)$/;
const UNLABELLED_RANK = Number.POSITIVE_INFINITY;

function splitLabel(line: string): Labelled {
  const roman = ROMAN.exec(line);
  if (roman) return { label: roman[1]!, rest: roman[2]!, rank: 10, mayBeHeading: true };
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    const depth = numbered[1]!.split('.').filter(Boolean).length;
    return { label: numbered[1]!, rest: numbered[2]!, rank: 20 + depth, mayBeHeading: true };
  }
  const letter = LETTER.exec(line);
  if (letter) return { label: letter[1]!, rest: letter[2]!, rank: 30, mayBeHeading: false };
  const dash = DASH.exec(line);
  if (dash) {
    const label = dash[1] === '+' ? '+' : '-';
    return { label, rest: dash[2]!, rank: label === '+' ? 41 : 40, mayBeHeading: false };
  }
  return { label: null, rest: line, rank: UNLABELLED_RANK, mayBeHeading: false };
}

const isHeading = (rest: string) => rest.length < 100 && !rest.endsWith('.');

/**
 * The body textarea as printed sections: each non-empty line is one section, labelled by its leading
 * "I.", "1." / "1.1", "a)", "-" or "+"; short Roman or numbered lines without a final period are headings.
 * Example: "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n- Tuyên truyền." → I. > 1. > -.
 */
export function bodyLinesToSections(text: string): DocumentSection[] {
  const roots: DocumentSection[] = [];
  const open: { rank: number; section: DocumentSection }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (!line) continue;
    const { label, rest, rank, mayBeHeading } = splitLabel(line);
    const heading = mayBeHeading && isHeading(rest);
    const section: DocumentSection = {
      label,
      title: heading && rest ? rest : null,
      text: heading ? null : rest,
      children: [],
    };
    while (open.length > 0 && open[open.length - 1]!.rank >= rank) open.pop();
    const parent = open[open.length - 1];
    (parent ? parent.section.children : roots).push(section);
    if (rank !== UNLABELLED_RANK) open.push({ rank, section });
  }
  return roots;
}

/** The reverse, to edit a saved draft: one line per section, depth first. */
export function sectionsToBodyLines(sections: DocumentSection[]): string {
  const lines: string[] = [];
  const walk = (list: DocumentSection[]) => {
    for (const s of list) {
      const parts = [s.label, s.title, s.text].filter((p): p is string => !!p);
      if (parts.length > 0) lines.push(parts.join(' '));
      walk(s.children);
    }
  };
  walk(sections);
  return lines.join('\n');
}
