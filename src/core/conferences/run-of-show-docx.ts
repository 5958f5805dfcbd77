import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formalDate } from '../dates/vn-dates';
import { A4, FONT, centred, mmToTwips, pt, run, twoColumns } from '../documents/docx-parts';
import type { ItemKindName } from './kinds';
import { printedClock } from './programme-times';

/** What the kịch bản điều hành prints: the conference, then each programme item with its time and the MC's line. */
export interface RunOfShowModel {
  /** The organising body, printed at the top left ("ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN"). */
  hostName: string;
  title: string;
  date: string | null;
  dateRaw: string | null;
  venue: string | null;
  sessions: { label: string; start: string; end: string | null }[];
  chair: string | null;
  items: RunOfShowItem[];
}

export interface RunOfShowItem {
  kind: ItemKindName;
  title: string;
  presenter: string | null;
  minutes: number | null;
  performances: number | null;
  startsAt: string | null;
  endsAt: string | null;
  note: string | null;
  /** The tham luận an item holds, in the order they are called. */
  presentations: {
    topic: string;
    unitName: string | null;
    presenter: string | null;
    maxMinutes: number | null;
  }[];
}

const BODY_WORDS =
  /^(văn phòng|phòng|ban|sở|ubnd|ủy ban|uỷ ban|trung tâm|hội|đoàn|cơ quan|mặt trận|liên đoàn|đảng ủy|huyện ủy|tỉnh ủy|thường trực)\b/i;

/** "đồng chí Phó Chủ tịch UBND huyện", "đại diện Phòng Nội vụ", or "đồng chí …" to be filled in by hand. */
export function whoIsInvited(presenter: string | null): string {
  const name = presenter?.replace(/^\s*(đ\/c|đồng chí)\s*/i, '').trim();
  if (!name) return 'đồng chí …';
  return BODY_WORDS.test(name) ? `đại diện ${name}` : `đồng chí ${name}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The MC's line for an item, as a kịch bản writes it.
 * @example mcLine({ kind: 'khai_mac', presenter: 'Đ/c Phó Chủ tịch UBND huyện', … }) ===
 *   "Trân trọng kính mời đồng chí Phó Chủ tịch UBND huyện lên phát biểu khai mạc Hội nghị."
 */
export function mcLine(
  item: Pick<RunOfShowItem, 'kind' | 'title' | 'presenter' | 'performances' | 'presentations'>,
): string {
  const who = whoIsInvited(item.presenter);
  switch (item.kind) {
    case 'van_nghe':
      return item.performances
        ? `Mở đầu chương trình, mời đại biểu thưởng thức chương trình văn nghệ chào mừng Hội nghị gồm ${item.performances} tiết mục.`
        : 'Mở đầu chương trình, mời đại biểu thưởng thức chương trình văn nghệ chào mừng Hội nghị.';
    case 'chao_co':
      return 'Kính mời toàn thể đại biểu đứng dậy làm lễ chào cờ. Chào cờ, chào! (Quốc ca) Xin mời đại biểu ngồi.';
    case 'tuyen_bo_ly_do':
      return 'Tuyên bố lý do, giới thiệu đại biểu dự Hội nghị.';
    case 'khai_mac':
      return `Trân trọng kính mời ${who} lên phát biểu khai mạc Hội nghị.`;
    case 'bao_cao':
      return `Trân trọng kính mời ${who} trình bày ${lowerFirst(item.title)}.`;
    case 'tham_luan':
      return item.presentations.length > 0
        ? `Tiếp theo chương trình, Hội nghị nghe ${item.presentations.length} tham luận. Trân trọng kính mời lần lượt:`
        : 'Tiếp theo chương trình, Hội nghị nghe các tham luận.';
    case 'thao_luan':
      return 'Hội nghị dành thời gian thảo luận; kính mời các đại biểu phát biểu ý kiến.';
    case 'phat_bieu_chi_dao':
      return `Trân trọng kính mời ${who} phát biểu chỉ đạo Hội nghị.`;
    case 'khen_thuong':
      return `Trân trọng kính mời ${item.presenter ? who : 'đại diện lãnh đạo'} công bố quyết định khen thưởng; kính mời các tập thể, cá nhân được khen thưởng lên nhận khen thưởng.`;
    case 'phat_dong':
      return `Trân trọng kính mời ${who} phát động phong trào thi đua.`;
    case 'be_mac':
      return `Trân trọng kính mời ${who} phát biểu bế mạc Hội nghị.`;
    default:
      return `Tiếp theo chương trình: ${lowerFirst(item.title)}.`;
  }
}

const SIZE = 13;
const line = (text: string, style: { bold?: boolean; italics?: boolean } = {}, before = 0) =>
  new Paragraph({
    spacing: { before, after: 0, line: 264, lineRule: LineRuleType.AUTO },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, { size: SIZE, ...style })],
  });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(width: number, children: Paragraph[]) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    verticalAlign: VerticalAlign.TOP,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children,
  });
}

function timeText(item: RunOfShowItem): string {
  if (!item.startsAt) return item.minutes ? `${item.minutes} phút` : '';
  const span = item.endsAt
    ? `${printedClock(item.startsAt)} - ${printedClock(item.endsAt)}`
    : printedClock(item.startsAt);
  return item.minutes ? `${span} (${item.minutes} phút)` : span;
}

function itemRow(item: RunOfShowItem, index: number, widths: number[]) {
  const content = [
    line(`${index + 1}. ${item.title}`, { bold: true }),
    line(`MC: ${mcLine(item)}`, { italics: true }, 60),
    ...item.presentations.map((p, i) =>
      line(
        `- Tham luận ${i + 1}: ${p.unitName ?? p.topic}${p.presenter ? ` (${p.presenter})` : ''}${
          p.maxMinutes ? `, không quá ${p.maxMinutes} phút` : ''
        }${p.unitName && p.topic !== `Tham luận của ${p.unitName}` ? `: ${p.topic}` : ''}.`,
      ),
    ),
    ...(item.kind === 'van_nghe' && item.performances ? [line(`Số tiết mục: ${item.performances}.`)] : []),
    ...(item.note ? [line(`Ghi chú: ${item.note}`, { italics: true })] : []),
  ];
  return new TableRow({
    cantSplit: true,
    children: [
      cell(widths[0]!, [line(timeText(item))]),
      cell(widths[1]!, content),
      cell(widths[2]!, [line(item.presenter ?? 'Người dẫn chương trình')]),
    ],
  });
}

function whenText(model: RunOfShowModel): string {
  const clock = model.sessions[0] ? `${printedClock(model.sessions[0].start)}, ` : '';
  if (model.date) return `Thời gian: ${clock}${formalDate(model.date)}.`;
  return `Thời gian: ${clock}${model.dateRaw ?? 'chưa xác định'}.`;
}

/** The kịch bản điều hành for the MC as DOCX: NĐ 30 page and fonts (Times New Roman 13–14), a row per item. */
export async function renderRunOfShow(model: RunOfShowModel): Promise<Uint8Array> {
  const margin = { top: mmToTwips(20), bottom: mmToTwips(20), left: mmToTwips(30), right: mmToTwips(15) };
  const textWidth = A4.width - margin.left - margin.right;
  const widths = [1800, textWidth - 1800 - 2300, 2300];
  const head = twoColumns(
    [Math.round(textWidth * 0.45), textWidth - Math.round(textWidth * 0.45)],
    [[[centred(model.hostName.toUpperCase(), { size: 13, bold: true })], []]],
  );
  const header = new TableRow({
    tableHeader: true,
    children: ['Thời gian', 'Nội dung', 'Thực hiện'].map((text, i) =>
      cell(widths[i]!, [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { size: SIZE, bold: true })] }),
      ]),
    ),
  });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...model.items.map((item, i) => itemRow(item, i, widths))],
  });
  const document = new Document({
    creator: 'PhongTrào',
    styles: { default: { document: { run: { font: FONT, size: pt(SIZE) } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin } },
        children: [
          head,
          centred('KỊCH BẢN ĐIỀU HÀNH', { size: 14, bold: true }, { before: 360 }),
          centred(model.title, { size: 14, bold: true }),
          centred(whenText(model), { size: SIZE, italics: true }, { before: 120 }),
          ...(model.venue ? [centred(`Địa điểm: ${model.venue}.`, { size: SIZE, italics: true })] : []),
          ...(model.chair ? [centred(`Chủ trì: ${model.chair}.`, { size: SIZE, italics: true })] : []),
          new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
          table,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
