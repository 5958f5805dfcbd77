/** Tasks in the three styles plans use: labelled blocks, unit paragraphs under TỔ CHỨC THỰC HIỆN, and sentences. */
import { findTimePhrase, parseTimePhrase } from '../dates/time-phrases';
import type { DraftDeadline, DraftTask, ImportWarning } from './plan-draft';
import { allNodes, findHeaded, type BodyNode } from './sections';
import {
  cleanName,
  DUTY_VERBS,
  firstVerbIndex,
  fold,
  isCompoundHalf,
  looksLikeUnit,
  splitUnits,
  startsLikeUnit,
} from './line-kinds';

const LEAD_LABEL =
  /^(?:don vi |co quan )?(?:thuc hien|chu tri|chiu trach nhiem|phu trach)(?: thuc hien)?\s*:/;
const SUPPORT_LABEL = /^(?:don vi |co quan )?phoi hop(?: thuc hien)?\s*:/;
const TIME_LABEL = /^(?:thoi gian|thoi han|tien do)(?: thuc hien| hoan thanh)?\s*:/;
const ORGANISING = /to chuc thuc hien|phan cong (?:nhiem vu|trach nhiem)|trach nhiem (?:thuc hien|cua cac)/;
const ASKING = /^(?:giao|de nghi|yeu cau)\s/;

const afterColon = (text: string) => text.slice(text.indexOf(':') + 1).trim();
const trimEnd = (text: string) => text.replace(/(?<![\s.;,])[\s.;,]+$/u, '');

/** A labelled time ("Cả năm 2023.") or a phrase inside a sentence, through the plans' time-phrase module. */
export function deadlineOf(text: string, year: number | null, isWhole = false): DraftDeadline | null {
  const context = year === null ? {} : { year };
  const raw = trimEnd(text);
  if (isWhole) {
    const whole = parseTimePhrase(raw, context);
    if (whole.kind !== 'unknown' && whole.kind !== 'none')
      return { raw: whole.raw, from: whole.from, to: whole.to };
  }
  const found = findTimePhrase(raw, context);
  if (found && (found.to !== null || found.from !== null || found.relative !== null))
    return { raw: found.raw, from: found.from, to: found.to };
  return isWhole && raw !== '' ? { raw, from: null, to: null } : null;
}

const STOP = new RegExp(`(?<!\\bcac)\\s(?:${DUTY_VERBS.join('|')})(?=[\\s,.;:]|$)`);

/** Units after "phối hợp (với)": "Phối hợp với Phòng VH-TT huyện phát hành ..." → ["Phòng VH-TT huyện"]. */
export function supportOf(text: string): string[] {
  const folded = fold(text);
  const out: string[] = [];
  for (const m of folded.matchAll(/phoi hop(?:\s+chat che)?(?:\s+(?:voi|cung))?\s+/g)) {
    const start = m.index + m[0].length;
    let depth = 0;
    let end = start;
    for (; end < folded.length; end++) {
      const ch = folded[end]!;
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && /[,;.:]/.test(ch)) {
        const isList =
          ch === ',' &&
          (/^,\s*cac\s/.test(folded.slice(end, end + 8)) ||
            /^,\s*\p{Lu}/u.test(text.slice(end, end + 4)) ||
            isCompoundHalf(text.slice(start, end), text.slice(end + 1).trim()));
        if (!isList) break;
      }
    }
    const piece = ` ${folded.slice(start, end)}`;
    const verb = piece.search(STOP);
    const cut = text.slice(start, verb >= 0 ? start + verb - 1 : end).trim();
    if (cut === '' || !(looksLikeUnit(cut) || /^\p{Lu}/u.test(cut))) continue;
    out.push(...splitUnits(cut));
  }
  return [...new Set(out)];
}

function task(
  text: string,
  lead: string[],
  year: number | null,
  support: string[] = supportOf(text),
): DraftTask {
  return {
    text: text.trim(),
    lead,
    support: support.filter((s) => !lead.includes(s)),
    deadline: deadlineOf(text, year),
  };
}

/** "Giao Phòng X chủ trì, ..." / "Đề nghị Ủy ban MTTQ ..." / "UBND các xã ... gửi về Sở trước ...": the lead in front. */
export function leadOfSentence(text: string): string[] {
  const body = text.replace(/^(?:giao|đề nghị|yêu cầu)\s+/iu, '');
  const at = firstVerbIndex(body, 1);
  if (at <= 0) return [];
  const name = body.slice(0, at).trim();
  if (name.includes(':')) return [];
  return looksLikeUnit(name) || /^\p{Lu}/u.test(name) ? splitUnits(name) : [];
}

/** Text of a node with its sub-items, one sentence. */
const fullText = (node: BodyNode): string =>
  [node.content, ...node.children.map((c) => fullText(c))].join(' ').slice(0, 20_000);

/** "Phòng Văn hóa và Thông tin (Cơ quan Thường trực):" → the unit; null when the heading is a sentence. */
function unitHeading(content: string, isHeading: boolean): { units: string[]; rest: string } | null {
  const colon = content.indexOf(':');
  const head = colon >= 0 ? content.slice(0, colon) : content;
  const rest = colon >= 0 ? content.slice(colon + 1).trim() : '';
  const name = cleanName(head);
  if (name.length > 120 || name === '' || /[.;]\s/.test(name)) return null;
  if (startsLikeUnit(name) && (isHeading || colon >= 0) && firstVerbIndex(name, 1) < 0)
    return { units: splitUnits(name), rest };
  if (firstVerbIndex(name, 1) >= 0 && !looksLikeUnit(name)) return null;
  return looksLikeUnit(name) || /^\p{Lu}/u.test(name) ? { units: splitUnits(name), rest } : null;
}

function unitTasks(node: BodyNode, year: number | null, used: Set<BodyNode>): DraftTask[] {
  const out: DraftTask[] = [];
  used.add(node);
  const heading = unitHeading(node.content, node.children.length > 0);
  if (heading && (heading.rest !== '' || node.children.length > 0)) {
    if (heading.rest !== '') out.push(task(heading.rest, heading.units, year));
    for (const child of node.children) {
      used.add(child);
      const sub = child.kind === 'bullet' ? /^([^:]{3,100}):\s*(\S.*)$/u.exec(child.content) : null;
      if (sub && looksLikeUnit(sub[1]!))
        out.push(task(fullText({ ...child, content: sub[2]! }), [cleanName(sub[1]!)], year));
      else out.push(task(fullText(child), heading.units, year));
    }
    return out;
  }
  // "Đề nghị các tập thể sau chuẩn bị ...:" over a list of units: the units lead the heading and the notes below.
  const unitChildren = node.children.filter(
    (c) => c.children.length === 0 && looksLikeUnit(c.content) && c.content.length <= 100,
  );
  const leads =
    unitChildren.length > 0 ? unitChildren.map((c) => cleanName(c.content)) : leadOfSentence(node.content);
  out.push(task(node.content, leads, year));
  for (const child of node.children) {
    used.add(child);
    if (!unitChildren.includes(child)) out.push(task(fullText(child), leads, year));
  }
  return out;
}

/** A heading over a schedule: "THỜI GIAN TỔNG KẾT", "Thời gian, địa điểm", "Tiến độ thực hiện". */
const SCHEDULE_HEADING = /^(?:thoi gian|lich trinh|tien do|ke hoach thoi gian)\b/;
/** The label of a fact, not an activity: "Thời gian tổ chức: ...", "Địa điểm: ...". */
const FACT_LABEL =
  /^(?:thoi gian|thoi diem|thoi han|dia diem|hinh thuc|thanh phan|so luong|kinh phi|noi dung|chu tri|thuc hien|phoi hop|doi tuong|quy mo|muc dich|yeu cau|chu de)\b/;
/** An activity that is held: "Hội nghị tổng kết cấp xã", "Hội thi ...", "Lễ ...". */
const EVENT =
  /^(?:hoi nghi|hoi thi|hoi dien|hoi thao|hoi giang|le|ngay hoi|dai hoi|lien hoan|tong ket|so ket|tap huan|toa dam|dien dan|trien lam|cuoc thi|giai)\b/;

/**
 * "Hội nghị Tổng kết cấp xã: ... từ tháng 02/2021 đến tháng 4/2021" (also "Tháng 6/2021: Hội nghị ..."): an
 * activity with its time and no unit. The issuing body leads it when the plan is saved, so `lead` stays empty.
 */
function scheduleTask(node: BodyNode, year: number | null, isUnderSchedule: boolean): DraftTask | null {
  const colon = node.content.indexOf(':');
  if (colon < 3 || colon > 150) return null;
  const head = node.content.slice(0, colon).trim();
  const rest = node.content.slice(colon + 1).trim();
  const key = fold(head);
  if (FACT_LABEL.test(key) || looksLikeUnit(head) || rest === '') return null;
  const isTimeFirst = isUnderSchedule && deadlineOf(head, year) !== null && !EVENT.test(key);
  if (!isTimeFirst && !(isUnderSchedule || EVENT.test(key))) return null;
  const deadline = isTimeFirst ? deadlineOf(head, year, true) : deadlineOf(rest, year);
  return deadline ? { text: node.content.trim(), lead: [], support: [], deadline } : null;
}

function scheduleTasks(
  roots: BodyNode[],
  year: number | null,
  used: Set<BodyNode>,
  warnings: ImportWarning[],
): DraftTask[] {
  const out: DraftTask[] = [];
  const take = (node: BodyNode, isUnderSchedule: boolean) => {
    if (used.has(node)) return;
    const found = scheduleTask(node, year, isUnderSchedule);
    if (!found) return;
    used.add(node);
    out.push(found);
    warnings.push({
      line: node.line,
      message: `Mục “${found.text.slice(0, found.text.indexOf(':')).slice(0, 80)}” chưa rõ đơn vị chủ trì (khi lưu, cơ quan ban hành chủ trì).`,
    });
  };
  for (const section of findHeaded(roots, SCHEDULE_HEADING)) {
    if (used.has(section)) continue;
    for (const child of section.children) take(child, true);
  }
  for (const node of allNodes(roots)) take(node, false);
  return out;
}

export function extractTasks(
  roots: BodyNode[],
  year: number | null,
  skip: Set<BodyNode>,
  warnings: ImportWarning[] = [],
): DraftTask[] {
  const tasks: DraftTask[] = [];
  const used = new Set<BodyNode>(skip);
  // 1. Labelled blocks: "Thực hiện: ... / Phối hợp thực hiện: ... / Thời gian thực hiện: ...".
  for (const node of allNodes(roots)) {
    const keys = node.children.map((c) => fold(c.content));
    const leadAt = keys.findIndex((k) => LEAD_LABEL.test(k));
    if (leadAt < 0 || used.has(node)) continue;
    const supportAt = keys.findIndex((k) => SUPPORT_LABEL.test(k));
    const timeAt = keys.findIndex((k) => TIME_LABEL.test(k));
    [node, ...node.children].forEach((n) => used.add(n));
    tasks.push({
      text: node.content,
      lead: splitUnits(afterColon(node.children[leadAt]!.content)),
      support: supportAt >= 0 ? splitUnits(afterColon(node.children[supportAt]!.content)) : [],
      deadline: timeAt >= 0 ? deadlineOf(afterColon(node.children[timeAt]!.content), year, true) : null,
    });
  }
  // 2. Unit paragraphs under TỔ CHỨC THỰC HIỆN.
  for (const section of findHeaded(roots, ORGANISING)) {
    if (used.has(section)) continue;
    used.add(section);
    for (const child of section.children) {
      if (used.has(child)) continue;
      if (child.kind === 'para' && !ASKING.test(fold(child.content))) {
        // A paragraph under the heading: a sentence task when it names its unit.
        const lead = leadOfSentence(child.content);
        if (lead.length > 0) tasks.push(task(child.content, lead, year));
        used.add(child);
        continue;
      }
      tasks.push(...unitTasks(child, year, used));
    }
  }
  // 3. Schedule items: an activity with its time, under THỜI GIAN or as "Hội nghị ...: tháng 6/2021".
  tasks.push(...scheduleTasks(roots, year, used, warnings));
  // 4. Sentences elsewhere: "Giao ...", "Đề nghị ...", or a unit with a deadline.
  for (const node of allNodes(roots)) {
    if (used.has(node) || /^tren day la\b/.test(fold(node.content))) continue;
    const key = fold(node.content);
    if (ASKING.test(key)) {
      const lead = leadOfSentence(node.content);
      if (lead.length > 0) tasks.push(task(node.content, lead, year));
      continue;
    }
    const lead = leadOfSentence(node.content);
    const deadline = deadlineOf(node.content, year);
    if (lead.length > 0 && deadline && looksLikeUnit(lead[0]!)) tasks.push(task(node.content, lead, year));
  }
  return tasks;
}
