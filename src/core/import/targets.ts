/** Chỉ tiêu: "Tỷ lệ gia đình văn hóa: 86% trở lên" → indicator, ">=", 86, "%". */
import type { DraftTarget } from './plan-draft';
import { findHeaded, type BodyNode } from './sections';
import { fold, upperFirst } from './line-kinds';

const AT_LEAST = /(?:it nhat|toi thieu|khong duoi|khong it hon|tren|dat tu|them)\s*$/;
const AT_MOST = /(?:khong qua|toi da|khong vuot qua|duoi|khong hon)\s*$/;
const UNITS = [
  'tiêu chí',
  'tiết mục',
  'đơn vị',
  'cơ quan',
  'lượt người',
  'lượt',
  'người',
  'hộ gia đình',
  'hộ',
  'gia đình',
  'thôn',
  'xã',
  'câu lạc bộ',
  'mô hình',
  'lớp',
  'buổi',
  'cuộc',
  'bài',
  'tin',
  'tập thể',
  'cá nhân',
  'công trình',
  'điểm',
  'km',
  'triệu đồng',
  'tỷ đồng',
  'đồng',
  'trường',
  'giải',
  'đội',
  'phong trào',
  'sáng kiến',
];

/**
 * Words between an indicator and its figure: "Tỷ lệ hộ nghèo xuống dưới 3%", "... năm 2023 đạt 85,5%". Each word
 * group reads one way only: "xuống dưới", "xuống còn" and "đạt từ" are two of the words each, so they are not listed
 * (listed, a line of "đạt từ" failed in 2^n ways); keep it so, no group may be made of others. A run of them is tried
 * only from its first word: not after a space nor after another of the words, where the try from its start already
 * told whether the run reaches the end.
 */
const COMPARING =
  'không quá|không vượt quá|tối đa|ít nhất|tối thiểu|không dưới|không ít hơn|xuống|giảm còn|dưới|trên|đạt|ở mức|là|còn|bằng|từ';
const COMPARING_TAIL = new RegExp(`(?<!\\s|\\s(?:${COMPARING}))(?:\\s+(?:${COMPARING}))+$`, 'iu');

const VERBS = /^(?:phấn đấu|đạt|thu hút|duy trì|có|giữ vững|nâng|tăng|giảm|bảo đảm|đảm bảo|hoàn thành)\s+/iu;

/** Reads one target line; null when it has no figure. */
export function readTarget(text: string): DraftTarget | null {
  const folded = fold(text);
  // Years are not figures; "từ 2 đến 3 mô hình" is a floor of 2 with its unit after the 3.
  const m = /(?<n>\d+(?:[.,]\d+)*)\s*(?<pct>%)?(?:\s*(?:đến|-|–)\s*\d+(?:[.,]\d+)*\s*(?<pct2>%)?)?/u.exec(
    text.replace(/\b(?:19|20)\d{2}\b/g, (y) => ' '.repeat(y.length)),
  );
  if (!m?.groups) return null;
  const isRange = /\d\s*(?:đến|-|–)\s*\d/u.test(m[0]);
  const value = readNumber(m.groups.n!);
  const before = folded.slice(0, m.index);
  const after = folded.slice(m.index + m[0].length);
  let unit: string | null = m.groups.pct || m.groups.pct2 ? '%' : null;
  let afterRaw = text.slice(m.index + m[0].length).trim();
  if (!unit) {
    const u = UNITS.find((w) => afterRaw.toLowerCase().startsWith(w));
    unit = u ?? /^\p{L}+/u.exec(afterRaw)?.[0] ?? null;
  }
  let comparator: DraftTarget['comparator'] = '=';
  if (AT_LEAST.test(before) || /^\s*tro len/.test(after) || isRange) comparator = '>=';
  else if (AT_MOST.test(before) || /^\s*tro xuong/.test(after)) comparator = '<=';
  // "Phấn đấu 90% hộ ..." sets a floor: more is still meeting it. 100 % cannot be exceeded, so it stays "=".
  if (comparator === '=' && /phan dau/.test(before) && !(unit === '%' && value === 100)) comparator = '>=';
  afterRaw = afterRaw.replace(/^(?:trở lên|trở xuống)\s*/u, '');
  const colon = text.indexOf(':');
  let indicator: string;
  if (colon > 0 && colon < m.index) indicator = text.slice(0, colon);
  else {
    const tail = (unit === '%' ? afterRaw : text.slice(m.index + m[0].length).trim()).replace(
      /(?<![\s.;,])[\s.;,]+$/u,
      '',
    );
    // "Số hộ gia đình văn hóa đạt 1.250 hộ": only the unit follows, the indicator is in front.
    const isUnitOnly = unit !== null && unit !== '%' && fold(tail) === fold(unit);
    const head = text.slice(0, m.index).replace(VERBS, '').trim();
    indicator = tail !== '' && !(isUnitOnly && head !== '') ? tail : head;
  }
  indicator = upperFirst(
    indicator
      .replace(/(?<![\s.;,:])[\s.;,:]+$/u, '')
      .replace(COMPARING_TAIL, '')
      .trim(),
  );
  return { text: text.trim(), indicator, comparator, value, unit };
}

/** "1.250" is one thousand two hundred and fifty (Vietnamese groups thousands with dots); "85,5" is a decimal. */
function readNumber(raw: string): number | null {
  const plain = /^\d{1,3}(?:\.\d{3})+$/.test(raw) ? raw.replace(/\./g, '') : raw.replace(',', '.');
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

export function extractTargets(roots: BodyNode[], used: Set<BodyNode>): DraftTarget[] {
  const out: DraftTarget[] = [];
  for (const section of findHeaded(roots, /chi tieu/)) {
    if (used.has(section)) continue;
    used.add(section);
    const items = section.children.flatMap((c) => (c.children.length > 0 ? c.children : [c]));
    for (const item of items) {
      used.add(item);
      const target = readTarget(item.content);
      if (target) out.push(target);
    }
  }
  return out;
}
