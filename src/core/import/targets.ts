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

const VERBS = /^(?:phấn đấu|đạt|thu hút|duy trì|có|giữ vững|nâng|tăng|giảm|bảo đảm|đảm bảo|hoàn thành)\s+/iu;

/** Reads one target line; null when it has no figure. */
export function readTarget(text: string): DraftTarget | null {
  const folded = fold(text);
  const m = /(\d+(?:[.,]\d+)?)\s*(%)?/u.exec(
    text.replace(/\b(?:19|20)\d{2}\b/g, (y) => ' '.repeat(y.length)),
  );
  if (!m) return null;
  const value = Number(m[1]!.replace(',', '.'));
  const before = folded.slice(0, m.index);
  const after = folded.slice(m.index + m[0].length);
  let unit: string | null = m[2] ? '%' : null;
  let afterRaw = text.slice(m.index + m[0].length).trim();
  if (!unit) {
    const u = UNITS.find((w) => afterRaw.toLowerCase().startsWith(w));
    unit = u ?? /^\p{L}+/u.exec(afterRaw)?.[0] ?? null;
  }
  let comparator: DraftTarget['comparator'] = '=';
  if (AT_LEAST.test(before) || /^\s*tro len/.test(after)) comparator = '>=';
  else if (AT_MOST.test(before) || /^\s*tro xuong/.test(after)) comparator = '<=';
  afterRaw = afterRaw.replace(/^(?:trở lên|trở xuống)\s*/u, '');
  const colon = text.indexOf(':');
  let indicator: string;
  if (colon > 0 && colon < m.index) indicator = text.slice(0, colon);
  else {
    const tail = (unit === '%' ? afterRaw : text.slice(m.index + m[1]!.length).trim()).replace(
      /[\s.;,]+$/u,
      '',
    );
    indicator = tail !== '' ? tail : text.slice(0, m.index).replace(VERBS, '');
  }
  indicator = upperFirst(indicator.replace(/[\s.;,:]+$/u, '').trim());
  return { text: text.trim(), indicator, comparator, value: Number.isFinite(value) ? value : null, unit };
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
