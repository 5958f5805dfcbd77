import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';

export const FONT = 'Times New Roman';
export const pt = (size: number) => size * 2; // docx sizes are half-points
export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const A4 = { width: 11906, height: 16838 };

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

export const run = (text: string, style: RunStyle) =>
  new TextRun({
    text,
    font: FONT,
    size: pt(style.size),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  });

// NĐ 30/2020, Phụ lục I: line spacing from single to 1.5 lines. lineRule AUTO, or LibreOffice reads it as exact (stack-notes).
const LINE = { line: 276, lineRule: LineRuleType.AUTO };

/** A centred line, as the header and the signature block use. */
export function centred(text: string, style: RunStyle, spacing: { before?: number; after?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: {
      before: spacing.before ?? 0,
      after: spacing.after ?? 0,
      line: 240,
      lineRule: LineRuleType.AUTO,
    },
    children: [run(text, style)],
  });
}

/** A body paragraph: justified, first-line indent 1.27 cm, 6 pt before (Phụ lục I, element 6). */
export function body(runs: TextRun[], options: Partial<IParagraphOptions> = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 720 },
    spacing: { before: 120, after: 0, ...LINE },
    children: runs,
    ...options,
  });
}

/** A flush-left line without indent (Nơi nhận, lists in tables). */
export function plain(text: string, style: RunStyle, options: Partial<IParagraphOptions> = {}) {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(text, style)],
    ...options,
  });
}

/** A solid rule of `width` twips centred in a box of `box` twips: an empty paragraph with a bottom border. */
export function rule(width: number, box: number) {
  const side = Math.max(0, Math.round((box - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** A borderless table of two columns (header and closing blocks of Phụ lục III). */
export function twoColumns(widths: [number, number], rows: [Paragraph[], Paragraph[]][]) {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: rows.map(
      ([left, right]) =>
        new TableRow({
          children: [left, right].map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                verticalAlign: VerticalAlign.TOP,
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
