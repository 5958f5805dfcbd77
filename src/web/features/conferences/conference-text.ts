import type { z } from 'zod';
import type { ConferenceSession, Delegate, Rsvp } from '../../../contracts/conferences';
import { Conference as PlanConference, Signer } from '../../../contracts/documents';
import { tableDate } from '../../../core/dates/vn-dates';
import { conferencesVi } from '../../i18n/conferences.vi';
import type { DelegateListParams } from './conferences.queries';

const t = conferencesVi;

/** "15/01/2026 · Sáng 07:30–11:30", the plan's wording when it names no day, or "Chưa có ngày". */
export function conferenceWhen(
  conference: { date: string | null; dateRaw: string | null },
  sessions: ConferenceSession[] = [],
): string {
  const day = conference.date ? tableDate(conference.date) : (conference.dateRaw ?? t.noDate);
  const times = sessions.map((s) => `${s.label} ${s.start}${s.end ? `–${s.end}` : ''}`);
  return [day, ...times].join(' · ');
}

/** The years offered by the list's filter: next year, then back seven years. */
export const filterYears = (thisYear: number): string[] =>
  Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));

export type PlanConferenceFacts = z.infer<typeof PlanConference>;

const conferenceOf = (draft: unknown): unknown =>
  typeof draft === 'object' && draft !== null ? (draft as { conference?: unknown }).conference : undefined;

/** Whether a plan's draft carries conference facts (`draft.conference` is non-null): the plan can make a conference. */
export const hasConferenceFacts = (draft: unknown): boolean => {
  const conference = conferenceOf(draft);
  return typeof conference === 'object' && conference !== null;
};

/** The conference facts of a plan's draft as the documents contract reads them, or null (none, or another shape). */
export function planConferenceFacts(draft: unknown): PlanConferenceFacts | null {
  const parsed = PlanConference.safeParse(conferenceOf(draft));
  return parsed.success ? parsed.data : null;
}

/** What the plan says about its conference, counted: "2 điểm cầu; 3 thành phần đại biểu; …". */
export function planFactParts(facts: PlanConferenceFacts): string[] {
  const n = t.newPage;
  const parts = [conferenceWhen({ date: facts.date, dateRaw: facts.dateRaw })];
  if (facts.format) parts.push(t.formatLabel[facts.format]);
  if (facts.bridgePoints.length > 0) parts.push(n.factPoints(facts.bridgePoints.length));
  if (facts.participantGroups.length > 0) parts.push(n.factGroups(facts.participantGroups.length));
  if (facts.agenda.length > 0) parts.push(n.factAgenda(facts.agenda.length));
  const presentations = facts.presentations?.count ?? facts.presentations?.units.length ?? 0;
  if (presentations > 0) parts.push(n.factPresentations(presentations));
  return parts;
}

export interface DelegateFilters {
  q: string;
  group: string | null;
  point: string | null;
  rsvp: Rsvp | null;
}

export const NO_FILTERS: DelegateFilters = { q: '', group: null, point: null, rsvp: null };

/** The delegate list's query for the filters and the page (from 1): blanks are left out. */
export function delegateQuery(filters: DelegateFilters, page: number, pageSize: number): DelegateListParams {
  const id = (value: string | null) => {
    const n = Number(value);
    return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  return {
    q: filters.q.trim() || undefined,
    group: id(filters.group),
    point: id(filters.point),
    rsvp: filters.rsvp ?? undefined,
    limit: pageSize,
    offset: (Math.max(1, page) - 1) * pageSize,
  };
}

export const isFiltered = (filters: DelegateFilters): boolean =>
  filters.q.trim() !== '' || filters.group !== null || filters.point !== null || filters.rsvp !== null;

/** A delegate as a list names them: the person, else the seat ("Chưa có tên" with the position). */
export const delegateName = (delegate: Pick<Delegate, 'name'>): string =>
  delegate.name ?? t.delegates.unnamed;

/** A delegate as a sentence names them: the person, else the seat by its post ("Lãnh đạo UBND tỉnh – Tỉnh Hà Tĩnh"). */
export const delegateInSentence = (delegate: Pick<Delegate, 'name' | 'position' | 'unitName'>): string =>
  delegate.name ??
  ([delegate.position, delegate.unitName].filter(Boolean).join(' – ') || t.delegates.unnamed);

export interface InvitationSigner {
  authority: string;
  position: string;
  name: string;
}

/** Who signs the giấy mời, prefilled from the plan's signer ("KT. CHỦ TỊCH" joins the position); null without one. */
export function signerFromDraft(draft: unknown): InvitationSigner | null {
  const signer =
    typeof draft === 'object' && draft !== null ? (draft as { signer?: unknown }).signer : undefined;
  const parsed = Signer.safeParse(signer);
  if (!parsed.success) return null;
  const { authority, delegation, position, name } = parsed.data;
  return {
    authority: authority ?? '',
    position: delegation ? `${delegation} ${position}` : position,
    name,
  };
}

/** "Dòng 7: thiếu họ và tên": the row number once, whether or not the server's message already starts with it. */
export function rowMessage(row: number, message: string): string {
  return /^dòng\s+\d+\s*:/i.test(message.trim()) ? message.trim() : t.delegates.rowError(row, message);
}
