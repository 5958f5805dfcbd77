/** Conference facts of a plan that organises a hội nghị: when, how, where, who, the programme, the tham luận. */
import { findTimePhrase } from '../dates/time-phrases';
import type { DraftConference } from './plan-draft';
import { allNodes, findHeaded, valueAfterColon, type BodyNode } from './sections';
import { cleanName, fold, looksLikeUnit, splitUnits, upperFirst } from './line-kinds';

const trimEnd = (text: string) => text.replace(/(?<![\s.;,])[\s.;,]+$/u, '');
const PRESENTER =
  /^(?:đ\/c|đồng chí|lãnh đạo|chủ tịch|phó chủ tịch|giám đốc|phó giám đốc|bí thư|trưởng|phó trưởng|đại diện|thường trực)\b/iu;

export function isConferencePlan(title: string): boolean {
  return /hoi nghi|hoi thao|dai hoi|hoi thi|lien hoan|giao luu|toa dam|\ble (?:ky niem|phat dong|tong ket|tuyen duong|trao|khai mac|don)/.test(
    fold(title),
  );
}

function labelled(nodes: BodyNode[], pattern: RegExp): BodyNode | undefined {
  return nodes.find((n) => pattern.test(fold(n.content)) && n.content.includes(':'));
}

function readSession(text: string): DraftConference['session'] {
  const key = fold(text);
  if (/ca ngay|\b0?1 ngay|mot ngay/.test(key)) return 'full_day';
  if (/\bsang\b/.test(key)) return 'morning';
  if (/\bchieu\b/.test(key)) return 'afternoon';
  return null;
}

function readStartTime(text: string): string | null {
  const m = /\b(\d{1,2})\s*(?:giờ|g|h|:)\s*(\d{2})?\s*(?:phút)?/iu.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : null;
}

function readFormat(text: string): DraftConference['format'] {
  const key = fold(text);
  const online = /truc tuyen/.test(key);
  const inPerson = /truc tiep/.test(key);
  if ((online && inPerson) || /ket hop/.test(key)) return 'hybrid';
  return online ? 'online' : inPerson ? 'in_person' : null;
}

export function extractConference(
  roots: BodyNode[],
  year: number | null,
  used: Set<BodyNode>,
): DraftConference {
  const nodes = allNodes(roots);
  const conference: DraftConference = {
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
  // When: "Thời gian (tổ chức): ..." or the last item under a THỜI GIAN heading.
  const timeNode =
    labelled(nodes, /^thoi gian(?: to chuc| dien ra)?(?: hoi nghi)?\s*:/) ??
    findHeaded(roots, /^thoi gian\b/)
      .flatMap((h) => h.children)
      .filter((c) => c.content.includes(':'))
      .pop();
  if (timeNode) {
    const raw = trimEnd(valueAfterColon(timeNode.content));
    conference.dateRaw = raw === '' ? null : raw;
    const phrase = findTimePhrase(raw, year === null ? {} : { year });
    if (phrase && phrase.from !== null && phrase.from === phrase.to) conference.date = phrase.from;
    conference.startTime = readStartTime(raw);
    conference.session = readSession(raw);
  }
  const formatNode = labelled(nodes, /^hinh thuc(?: to chuc)?\s*:/);
  conference.format = readFormat(formatNode?.content ?? '');
  const placeNode = labelled(nodes, /^dia diem(?: to chuc)?(?: hoi nghi)?\s*:/);
  if (placeNode) {
    const value = valueAfterColon(placeNode.content);
    const first = placeNode.children[0];
    const venue = value !== '' ? value : first ? valueAfterColon(first.content) : '';
    conference.venue = venue === '' ? null : trimEnd(venue.replace(/^tại\s+/iu, ''));
    if (!conference.format)
      conference.format = readFormat([placeNode, ...placeNode.children].map((n) => n.content).join(' '));
  }
  const expected =
    /(?:dự kiến|khoảng|tổng số|số lượng)[^.;\d]{0,30}?(\d{1,5})\s*(?:đại biểu|người|khách)/iu.exec(
      nodes.map((n) => n.content).join('\n'),
    );
  if (expected) conference.expectedAttendees = Number(expected[1]);
  readParticipants(roots, conference, used);
  readBridgePoints(nodes, conference);
  readAgenda(roots, conference, used);
  conference.presentations = readPresentations(nodes, conference);
  return conference;
}

function readParticipants(roots: BodyNode[], conference: DraftConference, used: Set<BodyNode>): void {
  const headed = findHeaded(roots, /^thanh phan/);
  // "III. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM" over "1. Thành phần mời dự: ...": the innermost heading lists the groups.
  const innermost = headed.filter((h) => !allNodes(h.children).some((c) => headed.includes(c)));
  for (const section of innermost.concat(
    allNodes(roots).filter(
      (n) => n.kind === 'bullet' && /^thanh phan/.test(fold(n.content)) && n.children.length > 0,
    ),
  )) {
    if (used.has(section)) continue;
    used.add(section);
    const grouped = section.children.some((c) => c.children.length > 0);
    if (!grouped) {
      conference.participantGroups.push({
        title: trimEnd(section.content.replace(/:.*$/u, '')),
        members: section.children.map((c) => trimEnd(c.content)),
      });
      continue;
    }
    for (const group of section.children) {
      conference.participantGroups.push({
        title: trimEnd(group.content.replace(/:\s*$/u, '')),
        members: group.children.map((c) => trimEnd(c.content)),
      });
    }
  }
}

function readBridgePoints(nodes: BodyNode[], conference: DraftConference): void {
  const points = new Map<string, string[]>();
  const point = (name: string) => {
    const key = upperFirst(name.trim());
    if (!points.has(key)) points.set(key, []);
    return points.get(key)!;
  };
  for (const group of conference.participantGroups) {
    const m = /điểm cầu\s+(.+)$/iu.exec(group.title);
    if (m) point(`Điểm cầu ${m[1]!}`);
  }
  for (const n of nodes) {
    // "Xã Phước Lộc dự họp trực tuyến tại điểm cầu xã Phước Công; ..."
    for (const m of n.content.matchAll(
      /(?:^|[:;.]\s*)([^:;.]{2,80}?)\s+(?:dự họp|tham dự|họp|dự)(?:\s+trực tuyến)?\s+tại\s+điểm cầu\s+([^;.,()]{2,80})/giu,
    )) {
      const host = m[2]!.trim();
      const units = point(`Điểm cầu ${host}`);
      for (const u of [upperFirst(host), upperFirst(m[1]!.trim())]) if (!units.includes(u)) units.push(u);
    }
  }
  conference.bridgePoints = [...points].map(([name, units]) => ({ name, units }));
}

/**
 * "Báo cáo kết quả thực hiện phong trào (Lãnh đạo Phòng Văn hóa)": the title before the bracket that ends it (without
 * the spaces and commas in between) and what the bracket holds, 2 to 120 characters without brackets. Found from the
 * last "(" rather than by /^(.*?)[\s,]*\(([^()]{2,120})\)$/u, which ran [\s,]* again from every character of a title
 * with a long run of spaces and commas.
 */
function trailingBracket(title: string): { before: string; inner: string } | null {
  const open = title.lastIndexOf('(');
  if (open < 0 || !title.endsWith(')')) return null;
  const inner = title.slice(open + 1, -1);
  const before = title.slice(0, open).replace(/(?<![\s,])[\s,]+$/u, '');
  // The old pattern's "." stopped at a line break; a title never holds one (normalise joins every \s run).
  if (!/^[^()]{2,120}$/u.test(inner) || /[\n\r\u2028\u2029]/u.test(before)) return null;
  return { before, inner };
}

function readAgenda(roots: BodyNode[], conference: DraftConference, used: Set<BodyNode>): void {
  const section = findHeaded(
    roots,
    /chuong trinh(?: hoi nghi| dai hoi| buoi le)?\s*:?$|^noi dung, chuong trinh|^chuong trinh\b/,
  ).find((s) => s.children.length >= 2);
  if (!section) return;
  used.add(section);
  section.children.forEach((item, i) => {
    used.add(item);
    let title = trimEnd(item.content);
    let presenter: string | null = null;
    const m = trailingBracket(title);
    if (m && (PRESENTER.test(m.inner) || looksLikeUnit(m.inner))) {
      title = trimEnd(m.before);
      presenter = m.inner.trim();
    }
    conference.agenda.push({ order: i + 1, title, presenter });
  });
}

function readPresentations(nodes: BodyNode[], conference: DraftConference): DraftConference['presentations'] {
  const mentions = nodes.filter((n) => /tham luan/.test(fold(n.content)));
  if (mentions.length === 0) return null;
  const result: NonNullable<DraftConference['presentations']> = {
    count: null,
    units: [],
    minMinutes: null,
    maxMinutes: null,
    dueDaysBefore: null,
  };
  const agendaItem = conference.agenda.find((a) => /tham luan/.test(fold(a.title)));
  const countText = agendaItem?.title ?? mentions.map((n) => n.content).join(' ');
  const count =
    /\((?:dự kiến\s+)?0*(\d{1,2})\s+[^()]{0,40}\)/iu.exec(countText) ??
    // Tried only from the first of a run of zeros: from each of them, 0* read the rest of the run again.
    /(?<!0)0*(\d{1,2})\s+(?:báo cáo\s+)?tham luận/iu.exec(countText);
  if (count) result.count = Number(count[1]);
  for (const n of mentions) {
    const text = n.content;
    // "gồm: Hộ gia đình 01 tham luận; Cơ quan hành chính 01 tham luận"
    for (const m of text.matchAll(
      /(?:^|[:;]\s*)([^:;]{2,60}?)\s+0*\d{1,2}\s+(?:bài\s+|báo cáo\s+)?tham luận/giu,
    ))
      result.units.push(cleanName(m[1]!));
    const head = /^([^:]{3,100}):/u.exec(text);
    if (head && n.kind === 'bullet' && looksLikeUnit(head[1]!)) result.units.push(cleanName(head[1]!));
    if (text.trimEnd().endsWith(':')) {
      for (const c of n.children)
        if (c.children.length === 0 && looksLikeUnit(c.content)) result.units.push(...splitUnits(c.content));
    }
    const minutes =
      /từ\s+(\d{1,3})\s*(?:đến|-|–)\s*(\d{1,3})\s*phút/iu.exec(text) ??
      /(\d{1,3})\s*(?:-|–)\s*(\d{1,3})\s*phút/u.exec(text);
    if (minutes) {
      result.minMinutes = Number(minutes[1]);
      result.maxMinutes = Number(minutes[2]);
    } else {
      const most = /(?:không quá|tối đa)\s+(\d{1,3})\s*phút/iu.exec(text);
      if (most) result.maxMinutes = Number(most[1]);
    }
    const due = findTimePhrase(text);
    if (due?.relative && due.relative.direction === 'before') result.dueDaysBefore = due.relative.days;
  }
  result.units = [...new Set(result.units)];
  const isEmpty =
    result.count === null &&
    result.units.length === 0 &&
    result.minMinutes === null &&
    result.maxMinutes === null &&
    result.dueDaysBefore === null;
  if (isEmpty) return null;
  if (result.count === null && result.units.length > 0 && /tham luan/.test(fold(agendaItem?.title ?? '')))
    result.count = null;
  return result;
}
