import { IsoDate } from '../../contracts/common';

// The values the router reads from a page's address, kept out of the pages so the router does not load every page
// to check a `tab` or a `redirect`.

/** A search value that is non-blank text. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
export const isoDate = (value: unknown): string | undefined =>
  IsoDate.safeParse(value).success ? (value as string) : undefined;
export const positiveId = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The tabs of /ke-hoach/$id, in order, by their `tab` search value. */
export const PLAN_TABS = ['van-ban', 'nhiem-vu', 'tien-do', 'chi-tieu', 'phan-cap', 'theo-doi'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

/** The tabs of /hoi-nghi/$id, in order, by their `tab` search value. */
export const CONFERENCE_TAB_IDS = [
  'tong-quan',
  'chuong-trinh',
  'diem-cau',
  'dai-bieu',
  'giay-moi',
  'tham-luan',
  'diem-danh',
  'khen-thuong',
] as const;
export type ConferenceTab = (typeof CONFERENCE_TAB_IDS)[number];
export const DEFAULT_CONFERENCE_TAB: ConferenceTab = 'tong-quan';

/** Only same-site paths, so a crafted link cannot send the user to another site after signing in. */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/dang-nhap'))
    return '/';
  return target;
}
