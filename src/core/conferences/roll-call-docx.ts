import { AlignmentType, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { A4, FONT, centred, mmToTwips, pt, run } from '../documents/docx-parts';

export type AwardeeKind = 'collective' | 'individual' | 'household';

export interface RollCallAwardee {
  kind: AwardeeKind;
  name: string;
  /** Chức vụ, đơn vị; or the address of a household. */
  detail: string | null;
  awardForm: string;
  decisionNumber: string | null;
}

export interface RollCallBatch {
  title: string;
  presenter: string | null;
  awardees: RollCallAwardee[];
}

export interface RollCall {
  conferenceTitle: string;
  /** The host as the MC names it ("UBND xã Cẩm Xuyên"), printed above the title. */
  hostName?: string | null;
  batches: RollCallBatch[];
}

const KIND_ORDER: Record<AwardeeKind, number> = { collective: 0, individual: 1, household: 2 };
const KIND_WORDS: Record<AwardeeKind, string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  household: 'hộ gia đình',
};
const KIND_HEADINGS: Record<AwardeeKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
  household: 'Hộ gia đình',
};

/**
 * The order awardees are called in within a batch: collectives, then individuals, then households, each kind in the
 * order typed (a stable sort), as a ceremony protocol calls tập thể before cá nhân.
 */
export function callOrder<T extends { kind: AwardeeKind }>(awardees: readonly T[]): T[] {
  return awardees
    .map((a, i) => ({ a, i }))
    .sort((x, y) => KIND_ORDER[x.a.kind] - KIND_ORDER[y.a.kind] || x.i - y.i)
    .map(({ a }) => a);
}

/** "a", "a và b", "a, b và c". */
function joinVi(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

const distinct = (items: string[]) => [...new Set(items.map((s) => s.trim()).filter(Boolean))];

/** "Quyết định số 12/QĐ-UBND", not doubled when the number is already written that way. */
export function decisionPhrase(decision: string): string {
  const text = decision.trim();
  return /^(quyết định|qđ)(?=\s|$)/iu.test(text) ? text : `Quyết định số ${text}`;
}

/** Who presents: "đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh", not "đồng chí đồng chí …"; dots for the MC to fill. */
function presenterPhrase(presenter: string | null): string {
  const text = (presenter ?? '').trim();
  if (!text) return 'đồng chí ……………………';
  if (/^(ông|bà)(?=\s)/iu.test(text)) return text;
  return `đồng chí ${text.replace(/^(đồng chí|đ\/c)(?=\s)\s*/iu, '')}`;
}

/**
 * The MC's invitation for one batch.
 * @example mcLine({ presenter: "Nguyễn Văn A", awardees: [{ kind: "collective", awardForm: "Giấy khen", ... }] })
 *   === "Trân trọng kính mời đồng chí Nguyễn Văn A lên trao Giấy khen cho các tập thể sau:"
 */
export function mcLine(batch: Pick<RollCallBatch, 'presenter' | 'awardees'>): string {
  const forms = distinct(batch.awardees.map((a) => a.awardForm));
  const kinds = (Object.keys(KIND_ORDER) as AwardeeKind[]).filter((k) =>
    batch.awardees.some((a) => a.kind === k),
  );
  const whom = kinds.length > 0 ? kinds.map((k) => KIND_WORDS[k]).join(', ') : 'tập thể, cá nhân';
  return `Trân trọng kính mời ${presenterPhrase(batch.presenter)} lên trao ${joinVi(forms) || 'khen thưởng'} cho các ${whom} sau:`;
}

/** One line of the script, as the DOCX prints it and tests read it. */
export interface RollCallLine {
  style: 'host' | 'title' | 'subtitle' | 'intro' | 'batch' | 'mc' | 'decision' | 'kind' | 'item' | 'note';
  text: string;
}

/** The script as lines: per batch its heading, the MC's invitation, the decision, the numbered awardees. */
export function rollCallLines(rollCall: RollCall): RollCallLine[] {
  const lines: RollCallLine[] = [];
  if (rollCall.hostName) lines.push({ style: 'host', text: rollCall.hostName.toUpperCase() });
  lines.push({ style: 'title', text: 'KỊCH BẢN CÔNG BỐ KHEN THƯỞNG' });
  lines.push({ style: 'subtitle', text: rollCall.conferenceTitle });
  const batches = rollCall.batches.filter((b) => b.awardees.length > 0);
  if (batches.length === 0) {
    lines.push({ style: 'note', text: '(Chưa có danh sách khen thưởng.)' });
    return lines;
  }
  lines.push({
    style: 'intro',
    text: 'Kính thưa các đồng chí đại biểu! Sau đây, Ban Tổ chức trân trọng công bố quyết định khen thưởng và kính mời các tập thể, cá nhân được khen thưởng lên nhận khen thưởng.',
  });
  batches.forEach((batch, b) => {
    const title = batch.title.trim();
    lines.push({ style: 'batch', text: /^đợt(?=\s|$)/iu.test(title) ? title : `Đợt ${b + 1}: ${title}` });
    const ordered = callOrder(batch.awardees);
    lines.push({ style: 'mc', text: mcLine(batch) });
    const decisions = distinct(ordered.map((a) => a.decisionNumber ?? ''));
    const shared = decisions.length === 1 && ordered.every((a) => (a.decisionNumber ?? '').trim() !== '');
    if (shared) lines.push({ style: 'decision', text: `(Theo ${decisionPhrase(decisions[0]!)})` });
    const mixedForms = distinct(ordered.map((a) => a.awardForm)).length > 1;
    const mixedKinds = new Set(ordered.map((a) => a.kind)).size > 1;
    let previous: AwardeeKind | null = null;
    ordered.forEach((a, i) => {
      if (mixedKinds && a.kind !== previous) lines.push({ style: 'kind', text: `${KIND_HEADINGS[a.kind]}:` });
      previous = a.kind;
      const name =
        a.kind === 'household' && !/^hộ(?=\s|$)/iu.test(a.name.trim())
          ? `Hộ ${a.name.trim()}`
          : a.name.trim();
      const parts = [name, a.detail?.trim() || null].filter(Boolean).join(', ');
      const form = mixedForms ? ` — ${a.awardForm.trim()}` : '';
      const decision =
        !shared && a.decisionNumber?.trim() ? ` (theo ${decisionPhrase(a.decisionNumber)})` : '';
      lines.push({ style: 'item', text: `${i + 1}. ${parts}${form}${decision}` });
    });
    lines.push({ style: 'note', text: '(Nhạc chào mừng. Trao khen thưởng, chụp ảnh lưu niệm.)' });
  });
  lines.push({
    style: 'intro',
    text: 'Một lần nữa, xin chúc mừng các tập thể, cá nhân được khen thưởng. Kính mời các đồng chí về vị trí.',
  });
  return lines;
}

// NĐ 30/2020, Phụ lục I: Times New Roman 13–14; line spacing single to 1.5, lineRule AUTO (stack-notes).
const SIZE = 14;
const spacing = (before: number) => ({ before, after: 0, line: 288, lineRule: LineRuleType.AUTO });

function paragraph(line: RollCallLine): Paragraph {
  switch (line.style) {
    case 'host':
      return centred(line.text, { size: 13 }, { after: 120 });
    case 'title':
      return centred(line.text, { size: SIZE, bold: true }, { before: 240 });
    case 'subtitle':
      return centred(line.text, { size: SIZE, italics: true }, { after: 240 });
    case 'batch':
      return new Paragraph({
        spacing: spacing(240),
        keepNext: true,
        children: [run(line.text, { size: SIZE, bold: true })],
      });
    case 'kind':
      return new Paragraph({
        spacing: spacing(60),
        indent: { left: 720 },
        keepNext: true,
        children: [run(line.text, { size: SIZE, bold: true, italics: true })],
      });
    case 'item':
      return new Paragraph({
        spacing: spacing(60),
        indent: { left: 1080, hanging: 360 },
        children: [run(line.text, { size: SIZE })],
      });
    case 'decision':
    case 'note':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: spacing(60),
        indent: { firstLine: 720 },
        children: [run(line.text, { size: SIZE, italics: true })],
      });
    default:
      // The MC reads these aloud: bold, so they stand out from the list.
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: spacing(120),
        indent: { firstLine: 720 },
        keepNext: line.style === 'mc',
        children: [run(line.text, { size: SIZE, bold: line.style === 'mc' })],
      });
  }
}

/** The MC's roll-call script as DOCX bytes: A4, margins of NĐ 30, page numbers from page 2. */
export async function renderRollCall(rollCall: RollCall): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'PhongTrào',
    title: 'Kịch bản công bố khen thưởng',
    styles: { default: { document: { run: { font: FONT, size: pt(SIZE) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: {
              top: mmToTwips(20),
              bottom: mmToTwips(20),
              left: mmToTwips(30),
              right: mmToTwips(15),
              header: mmToTwips(10),
            },
            pageNumbers: { start: 1 },
          },
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(SIZE) })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children: rollCallLines(rollCall).map(paragraph),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
