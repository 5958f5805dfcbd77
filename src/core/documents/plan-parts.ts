import type { DocModel, DocSection, PlanTargetModel, PlanTaskModel } from './model';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const isRoman = (label: string | null) => label !== null && /^[IVXLC]+\.?$/.test(label.trim());

const section = (
  label: string | null,
  title: string | null,
  text: string | null,
  children: DocSection[] = [],
) => ({
  label,
  title,
  text,
  children,
});

const VND = new Intl.NumberFormat('vi-VN');

/** "86% trở lên" style as a plan prints a target when its text is empty of figures; otherwise the text itself. */
function targetLine(target: PlanTargetModel): string {
  return target.text.trim();
}

function taskSection(task: PlanTaskModel, index: number): DocSection {
  const lines: DocSection[] = [];
  if (task.lead.length > 0) lines.push(section('-', null, `Thực hiện: ${task.lead.join(', ')}.`));
  if (task.support.length > 0)
    lines.push(section('-', null, `Phối hợp thực hiện: ${task.support.join(', ')}.`));
  if (task.deadline?.raw) lines.push(section('-', null, `Thời gian thực hiện: ${task.deadline.raw}.`));
  return section(`${index + 1}.`, null, task.text.trim(), lines);
}

/** The generated parts of a plan: CHỈ TIÊU, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN, KINH PHÍ, each only when it has content. */
function generatedParts(doc: DocModel): DocSection[] {
  const parts: DocSection[] = [];
  const targets = doc.targets ?? [];
  if (targets.length > 0)
    parts.push(
      section(
        'I.',
        'CHỈ TIÊU',
        null,
        targets.map((t) => section('-', null, targetLine(t))),
      ),
    );
  const tasks = doc.tasks ?? [];
  if (tasks.length > 0)
    parts.push(section('I.', 'NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN', null, tasks.map(taskSection)));
  if (doc.budget && (doc.budget.source.trim() || (doc.budget.lines?.length ?? 0) > 0)) {
    const lines = (doc.budget.lines ?? []).map((l) =>
      section('-', null, l.amount === null ? l.text : `${l.text}: ${VND.format(l.amount)} đồng.`),
    );
    const total = (doc.budget.lines ?? []).reduce((sum, l) => sum + (l.amount ?? 0), 0);
    if (lines.length > 1 && total > 0)
      lines.push(section('-', null, `Tổng cộng: ${VND.format(total)} đồng.`));
    const source = doc.budget.source.trim();
    parts.push(section('I.', 'KINH PHÍ', source ? `Nguồn kinh phí: ${source}.` : null, lines));
  }
  return parts;
}

/**
 * The sections a plan prints. A plan written here (`printParts`) has its targets, tasks and budget inserted as
 * generated parts after its first part (MỤC ĐÍCH, YÊU CẦU), and the top-level roman numerals renumbered; an imported
 * plan prints its sections as they were.
 */
export function printedSections(doc: DocModel): DocSection[] {
  if (!doc.printParts) return doc.sections;
  const parts = generatedParts(doc);
  if (parts.length === 0) return doc.sections;
  const [first, ...rest] = doc.sections;
  const ordered = first ? [first, ...parts, ...rest] : parts;
  let n = 0;
  return ordered.map((s) =>
    isRoman(s.label) || parts.includes(s) ? { ...s, label: `${ROMAN[n++] ?? n}.` } : s,
  );
}

/** The whole plan as numbered lines of text, for a readable diff between two versions. */
export function draftLines(doc: DocModel): string[] {
  const lines: string[] = [
    `Cơ quan: ${[doc.issuer.parent, doc.issuer.name].filter(Boolean).join(' / ')}`,
    `Số: ${doc.number ?? '…'}`,
    `Địa danh, ngày: ${doc.place}, ${doc.date ?? '…'}`,
    `Trích yếu: ${doc.title}`,
    ...doc.legalBases.map((b) => `Căn cứ: ${b}`),
  ];
  const walk = (s: DocSection, depth: number) => {
    const text = [s.label, s.title, s.text].filter(Boolean).join(' ');
    if (text) lines.push(`${'  '.repeat(depth)}${text}`);
    for (const child of s.children) walk(child, depth + 1);
  };
  for (const s of printedSections(doc)) walk(s, 0);
  lines.push(
    `Người ký: ${[doc.signer.authority, doc.signer.delegation, doc.signer.position, doc.signer.name].filter(Boolean).join(' – ')}`,
    ...doc.recipients.map((r) => `Nơi nhận: ${r}`),
  );
  return lines;
}
