import { z } from 'zod';
import { IsoDate } from '../../contracts/common';
import { ConferenceStatus } from '../../contracts/conference-fields';
import { Rsvp } from '../../contracts/conference-people';
import { PlanStatus } from '../../contracts/plans';
import { UnitLevel } from '../../contracts/units';

// The values the router reads from a page's address, kept out of the pages so the router does not load every page
// to check a `tab` or a `redirect`.

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

// The search params of list pages, as zod schemas: a value that is missing or invalid (an old link, a typo) falls
// back to the page's default instead of breaking the page. Defaults are left out of the address.

/** `schema`, or undefined when the value is missing or does not fit. */
const orDefault = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
/** Text from the address: the router reads `?q=12` as the number 12, so numbers count as text too. */
const searchText = orDefault(
  z
    .union([z.string(), z.number()])
    .transform(String)
    .refine((value) => value.trim() !== ''),
);
const searchDate = orDefault(IsoDate);
/** Page 1 is the default, so only later pages are in the address. */
const searchPage = orDefault(z.coerce.number().int().min(2));
const yearNumber = z.coerce.number().int().min(1945).max(2200);
const searchYear = orDefault(yearNumber);

/** Parses a router search object with a schema whose fields all fall back (so parse never throws). */
const parser =
  <T extends z.ZodType>(schema: T) =>
  (search: Record<string, unknown>): z.output<T> =>
    schema.parse(search);

/** /ke-hoach: `status`, `year` (absent: this year; `all`: every year), `page`. */
export const PlansSearch = z.object({
  status: orDefault(PlanStatus),
  year: orDefault(z.union([z.literal('all'), yearNumber])),
  page: searchPage,
});
export type PlansSearch = z.output<typeof PlansSearch>;
export const parsePlansSearch = parser(PlansSearch);

/** /hoi-nghi: `status`, `year` (absent: every year), `page`. */
export const ConferencesSearch = z.object({
  status: orDefault(ConferenceStatus),
  year: searchYear,
  page: searchPage,
});
export type ConferencesSearch = z.output<typeof ConferencesSearch>;
export const parseConferencesSearch = parser(ConferencesSearch);

/** /van-ban: the tab (`tab=so` for the register), the list's `status` and `page`, the register's `year`. */
export const DOCUMENT_TABS = ['danh-sach', 'so'] as const;
export type DocumentTab = (typeof DOCUMENT_TABS)[number];
export const DocumentsSearch = z.object({
  tab: orDefault(z.enum(DOCUMENT_TABS)),
  status: orDefault(z.enum(['draft', 'issued'])),
  page: searchPage,
  year: searchYear,
});
export type DocumentsSearch = z.output<typeof DocumentsSearch>;
export const parseDocumentsSearch = parser(DocumentsSearch);

/** /nhat-ky: the audit log's filters (`actor`, `action`, `entityType`, `entityId`, `from`, `to`) and `page`. */
export const AuditSearch = z.object({
  actor: searchText,
  action: searchText,
  entityType: searchText,
  entityId: searchText,
  from: searchDate,
  to: searchDate,
  page: searchPage,
});
export type AuditSearch = z.output<typeof AuditSearch>;
export const parseAuditSearch = parser(AuditSearch);

/** /nguoi-dung: the directory's text search `q` and `page`. */
export const UsersSearch = z.object({ q: searchText, page: searchPage });
export type UsersSearch = z.output<typeof UsersSearch>;
export const parseUsersSearch = parser(UsersSearch);

/** /don-vi/$code and its admin page: the day the units are shown as of, `at`. */
export const AtSearch = z.object({ at: searchDate });
export const parseAtSearch = parser(AtSearch);

/** /don-vi: the text search `q`, the `level`, the day `at` and the `page`. */
export const UnitsSearch = AtSearch.extend({ q: searchText, level: orDefault(UnitLevel), page: searchPage });
export type UnitsSearch = z.output<typeof UnitsSearch>;
export const parseUnitsSearch = parser(UnitsSearch);

/** /don-vi/$code/quan-tri: `at`, and the accounts list's `q` and `page`. */
export const parseUnitAdminSearch = parser(AtSearch.extend(UsersSearch.shape));

/** /dang-nhap: where to go back to after signing in (checked again by safeRedirect). */
export const parseLoginSearch = parser(z.object({ redirect: searchText }));

/** /ke-hoach/$id: the `tab` (absent: the first). */
export const parsePlanSearch = parser(z.object({ tab: orDefault(z.enum(PLAN_TABS)) }));

/** An id from the address (`?group=12`), or undefined. */
const searchId = orDefault(z.coerce.number().int().positive());

/**
 * /hoi-nghi/$id: the `tab` (absent: the overview), and the list filters of the tab shown (a tab change leaves them
 * behind): the delegates' text `q`, `group`, `point`, `rsvp` and `page`; the invitation files' `group`, `point` and
 * `mode` (absent: a page per delegate).
 */
export const ConferenceSearch = z.object({
  tab: orDefault(z.enum(CONFERENCE_TAB_IDS)),
  q: searchText,
  group: searchId,
  point: searchId,
  rsvp: orDefault(Rsvp),
  page: searchPage,
  mode: orDefault(z.literal('unit')),
});
export type ConferenceSearch = z.output<typeof ConferenceSearch>;
export const parseConferenceSearch = parser(ConferenceSearch);
