import { addDays } from '../dates/vn-dates';
import { foldVietnamese } from '../vn-text/fold';
import {
  conferenceKindOf,
  conferenceTitleOf,
  DEFAULT_MINUTES,
  delegateLevelOf,
  itemKindOf,
  type ConferenceKindName,
  type DelegateLevelName,
  type ItemKindName,
} from './kinds';

/** The conference facts the importer reads from a plan (the shape of `draft.conference` in the contracts). */
export interface PlanConferenceFacts {
  date: string | null;
  dateRaw: string | null;
  startTime: string | null;
  session: 'morning' | 'afternoon' | 'full_day' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  venue: string | null;
  bridgePoints: { name: string; units: string[] }[];
  expectedAttendees: number | null;
  participantGroups: { title: string; members: string[] }[];
  agenda: { order: number; title: string; presenter: string | null }[];
  presentations: {
    count: number | null;
    units: string[];
    minMinutes: number | null;
    maxMinutes: number | null;
    dueDaysBefore: number | null;
  } | null;
}

export interface SpecSession {
  label: string;
  start: string;
  end: string | null;
}

/** A conference as a plan describes it, before names are resolved to units; every part stays editable. */
export interface ConferenceSpec {
  title: string;
  kind: ConferenceKindName;
  format: 'in_person' | 'online' | 'hybrid';
  date: string | null;
  dateRaw: string | null;
  sessions: SpecSession[];
  venue: string | null;
  expectedAttendees: number | null;
  budget: { lines: { text: string; amount: number | null; source: string | null }[] } | null;
  /** The plan's name for the host's own point ("Điểm cầu huyện"), which becomes the main point. */
  mainPointName: string | null;
  /** Points at other units: `host` is the name to resolve as the point's unit; `units` attend there. */
  points: { name: string; host: string | null; units: string[] }[];
  /** `point`: 'main', an index into `points`, or null. */
  groups: { title: string; level: DelegateLevelName; rule: string | null; point: 'main' | number | null }[];
  items: { kind: ItemKindName; title: string; presenter: string | null; minutes: number | null }[];
  presentations: {
    topic: string;
    unitName: string | null;
    minMinutes: number | null;
    maxMinutes: number | null;
    dueDate: string | null;
  }[];
}

const key = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const stripPoint = (name: string) => name.replace(/^\s*(tại\s+)?điểm cầu\s*/i, '').trim();
/** "Điểm cầu huyện", "Điểm cầu chính": the host's own point, not a unit's. */
const isHostPointName = (name: string) =>
  /^(|huyen|tinh|thanh pho|thi xa|quan|xa|phuong|chinh|trung tam|trung uong)$/.test(key(stripPoint(name)));
/** "xã, thị trấn", "các xã": a point standing for many units. */
const isCollective = (name: string) => name.includes(',') || /\bcac\b/.test(key(name));

function sessionsOf(facts: PlanConferenceFacts): SpecSession[] {
  const morning = { label: 'Sáng', start: '07:30', end: '11:30' };
  const afternoon = { label: 'Chiều', start: '13:30', end: '17:00' };
  if (facts.startTime) {
    const hour = Number(facts.startTime.slice(0, 2));
    const first = { label: hour < 12 ? 'Sáng' : 'Chiều', start: facts.startTime, end: null };
    return facts.session === 'full_day' && hour < 12 ? [first, afternoon] : [first];
  }
  if (facts.session === 'morning') return [morning];
  if (facts.session === 'afternoon') return [afternoon];
  if (facts.session === 'full_day') return [morning, afternoon];
  return [];
}

/** The conference a plan organises: title, kind, sessions, points, groups, programme, tham luận and budget. */
export function conferenceSpecOf(
  planTitle: string,
  facts: PlanConferenceFacts | null,
  budget: { source?: string | null; lines?: { text: string; amount: number | null }[] } | null,
): ConferenceSpec {
  const f: PlanConferenceFacts = facts ?? {
    date: null,
    dateRaw: null,
    startTime: null,
    session: null,
    format: null,
    venue: null,
    bridgePoints: [],
    expectedAttendees: null,
    participantGroups: [],
    agenda: [],
    presentations: null,
  };
  const title = conferenceTitleOf(planTitle);
  const main = f.bridgePoints.find((p) => p.units.length === 0 && isHostPointName(p.name)) ?? null;
  const points = f.bridgePoints
    .filter((p) => p !== main)
    .map((p) => {
      const named = stripPoint(p.name);
      const host = named && !isCollective(named) ? named : (p.units[0] ?? null);
      return { name: p.name.trim(), host: host && !isCollective(host) ? host : null, units: p.units };
    });
  const pointOf = (groupTitle: string): 'main' | number | null => {
    if (!/điểm cầu/i.test(groupTitle)) return null;
    const wanted = key(stripPoint(groupTitle));
    if (main && key(stripPoint(main.name)) === wanted) return 'main';
    const index = points.findIndex((p) => key(stripPoint(p.name)) === wanted);
    return index >= 0 ? index : null;
  };
  const p = f.presentations;
  const count = Math.max(p?.count ?? 0, p?.units.length ?? 0);
  const presentations = Array.from({ length: count }, (_, i) => {
    const unitName = p?.units[i]?.trim() || null;
    return {
      topic: unitName ? `Tham luận của ${unitName}` : `Tham luận số ${i + 1}`,
      unitName,
      minMinutes: p?.minMinutes ?? null,
      maxMinutes: p?.maxMinutes ?? null,
      dueDate: f.date && p?.dueDaysBefore ? addDays(f.date, -p.dueDaysBefore) : null,
    };
  });
  const items = [...f.agenda]
    .sort((a, b) => a.order - b.order)
    .map((a) => {
      const kind = itemKindOf(a.title);
      const minutes =
        kind === 'tham_luan' && count > 0
          ? count * (p?.maxMinutes ?? DEFAULT_MINUTES.tham_luan)
          : DEFAULT_MINUTES[kind];
      return { kind, title: a.title.trim(), presenter: a.presenter?.trim() || null, minutes };
    });
  const source = budget?.source?.trim() || null;
  const lines = (budget?.lines ?? []).map((l) => ({ text: l.text, amount: l.amount, source }));
  return {
    title,
    kind: conferenceKindOf(title),
    format: f.format ?? 'in_person',
    date: f.date,
    dateRaw: f.dateRaw,
    sessions: sessionsOf(f),
    venue: f.venue,
    expectedAttendees: f.expectedAttendees,
    budget:
      lines.length > 0
        ? { lines }
        : source
          ? { lines: [{ text: `Kinh phí tổ chức ${title}`, amount: null, source }] }
          : null,
    mainPointName: main?.name.trim() ?? null,
    points,
    groups: f.participantGroups.map((g) => ({
      title: g.title.trim(),
      level: delegateLevelOf(g.title),
      rule: g.members.length > 0 ? g.members.map((m) => m.trim()).join('\n') : null,
      point: pointOf(g.title),
    })),
    items,
    presentations,
  };
}
