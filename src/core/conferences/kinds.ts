import { foldVietnamese } from '../vn-text/fold';

/** Loại hội nghị (the contract's ConferenceKind). */
export type ConferenceKindName = 'tong_ket' | 'so_ket' | 'dien_hinh' | 'phat_dong' | 'tap_huan' | 'other';
/** A programme item's kind (the contract's ItemKind). */
export type ItemKindName =
  | 'van_nghe'
  | 'chao_co'
  | 'tuyen_bo_ly_do'
  | 'khai_mac'
  | 'bao_cao'
  | 'tham_luan'
  | 'thao_luan'
  | 'phat_bieu_chi_dao'
  | 'khen_thuong'
  | 'phat_dong'
  | 'be_mac'
  | 'other';
/** A delegate group's level (the contract's DelegateLevel). */
export type DelegateLevelName = 'province' | 'district' | 'commune' | 'village' | 'awardee' | 'other';

const folded = (text: string) => ` ${foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ')} `;

/**
 * The kind of a conference from its title; the first named kind wins ("tổng kết … và phát động …" is a tổng kết).
 * @example conferenceKindOf("Hội nghị điển hình tiên tiến ngành Văn hóa") === "dien_hinh"
 */
export function conferenceKindOf(title: string): ConferenceKindName {
  const key = folded(title);
  const found: [number, ConferenceKindName][] = (
    [
      [/ tong ket /, 'tong_ket'],
      [/ so ket /, 'so_ket'],
      [/ dien hinh tien tien /, 'dien_hinh'],
      [/ phat dong /, 'phat_dong'],
      [/ tap huan /, 'tap_huan'],
    ] as [RegExp, ConferenceKindName][]
  ).flatMap(([pattern, kind]) => {
    const at = key.search(pattern);
    return at >= 0 ? [[at, kind] as [number, ConferenceKindName]] : [];
  });
  found.sort((a, b) => a[0] - b[0]);
  return found[0]?.[1] ?? 'other';
}

// Order matters: "Phát biểu khai mạc" is an opening, "Báo cáo tham luận" a tham luận, "Phát động … và bế mạc" a launch.
const ITEM_RULES: [RegExp, ItemKindName][] = [
  [/ van nghe /, 'van_nghe'],
  [/ chao co /, 'chao_co'],
  [/ tuyen bo ly do /, 'tuyen_bo_ly_do'],
  [/ khai mac /, 'khai_mac'],
  [/ tham luan /, 'tham_luan'],
  [/ bao cao /, 'bao_cao'],
  [/ thao luan /, 'thao_luan'],
  [/ chi dao /, 'phat_bieu_chi_dao'],
  [/ phat dong /, 'phat_dong'],
  [/ khen thuong | tuyen duong | bieu duong | ton vinh | trao tang /, 'khen_thuong'],
  [/ be mac /, 'be_mac'],
];

/**
 * The kind of a programme item from its text.
 * @example itemKindOf("Báo cáo tham luận của các tập thể điển hình") === "tham_luan"
 */
export function itemKindOf(text: string): ItemKindName {
  const key = folded(text);
  return ITEM_RULES.find(([pattern]) => pattern.test(key))?.[1] ?? 'other';
}

/** Planned minutes by kind when the plan gives none; a tham luận counts per presentation. */
export const DEFAULT_MINUTES: Record<ItemKindName, number> = {
  van_nghe: 15,
  chao_co: 5,
  tuyen_bo_ly_do: 5,
  khai_mac: 10,
  bao_cao: 20,
  tham_luan: 7,
  thao_luan: 15,
  phat_bieu_chi_dao: 15,
  khen_thuong: 20,
  phat_dong: 10,
  be_mac: 5,
  other: 10,
};

/**
 * The level of a delegate group from its title.
 * @example delegateLevelOf("Cấp huyện") === "district"; delegateLevelOf("Tại điểm cầu xã, thị trấn") === "commune"
 */
export function delegateLevelOf(title: string): DelegateLevelName {
  const key = folded(title);
  if (/ khen thuong | dien hinh /.test(key)) return 'awardee';
  if (/ thon | to dan pho | khu pho /.test(key)) return 'village';
  if (/ tinh | thanh pho truc thuoc /.test(key)) return 'province';
  if (/ huyen | quan | thi xa /.test(key)) return 'district';
  if (/ xa | phuong | thi tran /.test(key)) return 'commune';
  return 'other';
}

/**
 * The conference's name from the plan's title: the "Hội nghị …" it organises, without "Kế hoạch tổ chức" or quotes.
 * @example conferenceTitleOf("Tổ chức “Hội nghị điển hình tiên tiến ngành Văn hóa”") === "Hội nghị điển hình tiên tiến ngành Văn hóa"
 */
export function conferenceTitleOf(planTitle: string): string {
  const title = planTitle.normalize('NFC').replace(/\s+/g, ' ').trim();
  const at = title.search(/h[ộo]i ngh[ịi]/i);
  if (at < 0) return title.replace(/^(kế hoạch\s+)?(tổ chức\s+)?/i, '').replace(/^./, (c) => c.toUpperCase());
  let rest = title.slice(at + 'Hội nghị'.length);
  // Opened by a quote before "Hội nghị": its closing quote at the end goes with it.
  if (/[“"]$/.test(title.slice(0, at).trim())) rest = rest.replace(/\s*[”"]\s*$/, '');
  return `Hội nghị${rest}`;
}
