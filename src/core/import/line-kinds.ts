/** What a line of a plan is, read from how it starts: NĐ 30 numbering (I., 1., 1.1., a)) and bullets. */
import { foldKeepingLength, foldVietnamese } from '../vn-text/fold';

export const fold = foldKeepingLength;

export type LabelKind = 'part' | 'roman' | 'arabic' | 'multi' | 'letter' | 'bullet';

export interface Labelled {
  kind: LabelKind;
  /** As printed, bullets unified: "Phần I.", "I.", "III", "1.", "1.2.", "a)", "-", "+", "*". */
  label: string;
  /** Nesting rank of the numbering kind; bullets are ranked by position, not here. */
  rank: number;
  rest: string;
  /** A Roman or Arabic numeral printed without its dot ("III MỤC TIÊU"). */
  isMissingDot: boolean;
}

const PART =
  /^(?<word>Phần|PHẦN)\s+(?<n>[IVX]{1,5}|\d{1,2}|thứ\s+\p{L}+|THỨ\s+\p{L}+)(?<dot>\s?[.:\-–])?\s+(?<rest>\S.*)$/u;
const ROMAN = /^(?<n>[IVX]{1,5})(?<dot>\s?[.)]|\s?[-–:])?\s+(?<rest>\S.*)$/;
const MULTI = /^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})(?<dot>[.)])?\s+(?<rest>\S.*)$/;
const ARABIC = /^(?<n>\d{1,2})(?<dot>[.)]|\s?[-–])\s*(?<rest>\S.*)$/;
const LETTER = /^(?<n>[a-zđ])(?<dot>[)])\s*(?<rest>\S.*)$/;
const BULLET = /^(?<n>[-–—+*•·▪○◦])\s*(?<rest>\S.*)$/;

const ROMAN_VALUE = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Reads the numbering of a line, or null for a plain paragraph. */
export function readLabel(text: string): Labelled | null {
  const part = PART.exec(text);
  if (part?.groups) {
    // "Phần I. ĐÁNH GIÁ ...": a level above the Roman numerals of the sections.
    const dot = part.groups.dot?.trim() === '.' ? '.' : '';
    const label = `${part.groups.word} ${part.groups.n}${dot}`;
    return { kind: 'part', label, rank: -1, rest: part.groups.rest!, isMissingDot: false };
  }
  const roman = ROMAN.exec(text);
  if (roman?.groups && ROMAN_VALUE.test(roman.groups.n!)) {
    const rest = roman.groups.rest!;
    const dot = roman.groups.dot?.trim();
    // Without a dot, only an upper-case heading is a Roman numeral ("I am" is not).
    if (dot || isUpperText(rest)) {
      const label = dot === '.' || dot === ')' ? `${roman.groups.n}${dot}` : roman.groups.n!;
      return { kind: 'roman', label, rank: 0, rest, isMissingDot: !dot || dot !== '.' };
    }
  }
  const multi = MULTI.exec(text);
  if (multi?.groups) {
    const n = multi.groups.n!;
    const label = `${n}${multi.groups.dot ?? ''}`;
    return {
      kind: 'multi',
      label,
      rank: 1 + n.split('.').length - 1,
      rest: multi.groups.rest!,
      isMissingDot: false,
    };
  }
  const arabic = ARABIC.exec(text);
  if (arabic?.groups) {
    const dot = arabic.groups.dot!.trim();
    const isDot = dot === '.' || dot === ')';
    return {
      kind: 'arabic',
      label: isDot ? `${arabic.groups.n}${dot}` : arabic.groups.n!,
      rank: 1,
      rest: arabic.groups.rest!,
      isMissingDot: !isDot,
    };
  }
  const letter = LETTER.exec(text);
  if (letter?.groups) {
    return {
      kind: 'letter',
      label: `${letter.groups.n}${letter.groups.dot}`,
      rank: 5,
      rest: letter.groups.rest!,
      isMissingDot: false,
    };
  }
  const bullet = BULLET.exec(text);
  if (bullet?.groups) {
    const mark = bullet.groups.n!;
    const label =
      mark === '–' || mark === '—'
        ? '-'
        : mark === '•' || mark === '·' || mark === '▪'
          ? '•'
          : mark === '○' || mark === '◦'
            ? 'o'
            : mark;
    return { kind: 'bullet', label, rank: 6, rest: bullet.groups.rest!, isMissingDot: false };
  }
  return null;
}

/** Upper-case text with at least two letters: "MỤC ĐÍCH, YÊU CẦU". */
export function isUpperText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** The first letter is lower case: the line goes on from the one before. */
export function startsLower(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && first !== first.toUpperCase() && /^[\s"“(]*\p{L}/u.test(text);
}

/** Ends a sentence or a heading that introduces a list. */
export function endsSentence(text: string): boolean {
  return /[.;:!?…](?:[\s"”’')*]*)$/.test(text) || /\.\/\.\s*$/.test(text);
}

/** Words a wrapped line cannot end on ("của", "và", "với", a comma): the next line goes on. */
const CONNECTOR_END =
  /(?:^|\s)(?:cua|va|voi|cac|nhung|ve|tai|cho|theo|trong|de|den|tu|la|duoc|tren|duoi|nham|ngay|thang|hoac|hay|cung|phai|khi|bang|vao|mot)$|[,\-–“(&]$/;

export function endsWithConnector(text: string): boolean {
  return CONNECTOR_END.test(fold(text).trimEnd());
}

/** Is this a document type heading (the tên loại: "KẾ HOẠCH", "THÔNG BÁO")? Returns the part after it on the line. */
export function foldedKey(text: string): string {
  return foldVietnamese(text);
}

/** Body types a unit name starts with, for telling a unit from a sentence ("Phòng Nội vụ" vs "Phối hợp ..."). */
const UNIT_START = new RegExp(
  '^(?:(?:thu truong|lanh dao|dai dien) )?(?:cac )?(?:' +
    [
      'phong',
      'so',
      'ban',
      'bcd',
      'uy ban',
      'ubnd',
      'ub mttq',
      'ubmttq',
      'mttq',
      'mat tran',
      'hdnd',
      'hoi dong',
      'hoi(?! nghi| thao| thi)',
      'doan',
      'trung tam',
      'van phong',
      'cong an',
      'ban chi huy',
      'quan su',
      'cong doan',
      'cdcs',
      'lien doan',
      'truong',
      'dai',
      'bao',
      'chi cuc',
      'cuc',
      'tong cuc',
      'bo',
      'vien',
      'benh vien',
      'thu vien',
      'bao tang',
      'nha van hoa',
      'dang uy',
      'huyen uy',
      'thanh uy',
      'tinh uy',
      'thi uy',
      'quan uy',
      'chi bo',
      'xa',
      'phuong',
      'thi tran',
      'thon',
      'to dan pho',
      'khu pho',
      'to',
      'khoi',
      'cum',
      'thanh vien',
      'thuong truc',
      'co quan',
      'don vi',
      'nganh',
      'dia phuong',
      'cong chuc',
      'can bo',
      'chu tich',
      'pho chu tich',
      'giam doc',
      'pho giam doc',
      'truong ban',
      'bi thu',
      'chi doan',
      'tap the',
      'huyen',
      'tinh',
      'thanh pho',
      'thi xa',
      'quan',
      'doanh nghiep',
      'cong ty',
      'ngan hang',
      'kho bac',
      'chi nhanh',
      'hop tac xa',
      'toa an',
      'hat',
      'tram',
      'buu dien',
      'dien luc',
      'doi',
      'nha thieu nhi',
    ].join('|') +
    ')(?: |$)',
);

export function looksLikeUnit(name: string): boolean {
  const key = foldVietnamese(name);
  if (key === '' || key.length > 120) return false;
  return UNIT_START.test(key) && firstVerbIndex(name, 1) < 0;
}

/** Starts with a body type ("Công chức Địa chính - Xây dựng ..."), whatever follows. */
export function startsLikeUnit(name: string): boolean {
  return UNIT_START.test(foldVietnamese(name));
}

/** Verbs of duty: where a unit's name ends in "Văn phòng HĐND và UBND huyện bố trí Hội trường". */
export const DUTY_VERBS = [
  'chu tri',
  'phoi hop',
  'chiu trach nhiem',
  'co trach nhiem',
  'bo tri',
  'to chuc',
  'xay dung',
  'trien khai',
  'huong dan',
  'chi dao',
  'thuc hien',
  'tham muu',
  'gui',
  'bao cao',
  'chuan bi',
  'phat hanh',
  'hoan thien',
  'hoan thanh',
  'lap',
  'kiem tra',
  'tuyen truyen',
  'dam bao',
  'ban hanh',
  'ra soat',
  'trinh',
  'theo doi',
  'don doc',
  'cung cap',
  'tham dinh',
  'lua chon',
  'de xuat',
  'tong hop',
  'van dong',
  'giai quyet',
  'thong bao',
  'phuc vu',
  'cu',
  'dang ky',
  'tiep nhan',
  'quan ly',
  'tham gia',
  'tham du',
  'xet',
  'cong bo',
  'dieu hanh',
  'dua tin',
  'chu dong',
  'tiep tuc',
  'du kien',
  'ho tro',
  'phan cong',
  'bao dam',
  'nghien cuu',
  'to chuc thuc hien',
  'dan dat',
  'chuyen',
  'duyet',
  'lien he',
  'nhan',
  'lam',
  'de nghi',
  'nham',
  'de',
];

/** Verbs that are nouns here: "các tổ chức chính trị - xã hội", "phòng chuyên môn", "cán bộ chuyên trách". */
const NOUN_AFTER: Record<string, RegExp> = {
  chuyen: /^\s(?:mon|trach|vien|nganh|de|gia)\b/,
  'to chuc': /^\s(?:chinh tri|doan the|xa hoi|hoi|thanh vien|dang|co so dang)\b/,
};
const NOUN_BEFORE: Record<string, RegExp> = { 'to chuc': /(?:^|\s)(?:cac|nhung|moi)\s$/ };

function isNounUse(folded: string, at: number, verb: string): boolean {
  const after = NOUN_AFTER[verb];
  const before = NOUN_BEFORE[verb];
  return (
    (after !== undefined && after.test(folded.slice(at + verb.length, at + verb.length + 20))) ||
    (before !== undefined && before.test(folded.slice(Math.max(0, at - 8), at)))
  );
}

/** The index in `text` where the first duty verb starts, after at least `minWords` words; -1 when none. */
export function firstVerbIndex(text: string, minWords = 2): number {
  const folded = fold(text);
  const re = new RegExp(`(?<=\\s)(?:${DUTY_VERBS.join('|')})(?=[\\s,.;:]|$)`, 'g');
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    // "Công chức Địa chính - Xây dựng": a capitalised word belongs to a name.
    if (/\p{Lu}/u.test(text[m.index] ?? '') || folded.slice(Math.max(0, m.index - 4), m.index) === 'ban ')
      continue;
    if (isNounUse(folded, m.index, m[0])) continue;
    const words = folded.slice(0, m.index).trim().split(/\s+/).length;
    if (words >= minWords) return m.index;
  }
  return -1;
}

const ROLE_IN_BRACKETS =
  /^(?:la\s+)?(?:co quan\s+|don vi\s+|bo phan\s+)?(?:chu tri|phoi hop|thuong truc|tham muu|dau moi|phu trach|giup viec|thuc hien|chinh|b\/c|de b\/c|bao cao|de biet|t\/h|th|de thuc hien)\b/;

/** Trims a name: list punctuation, a trailing parenthesis with a role, "Đề nghị" in front, first letter upper. */
export function cleanName(raw: string): string {
  let name = raw.trim();
  name = name.replace(/^(?:đề nghị|giao|yêu cầu)\s+/iu, '');
  name = name.replace(/(?<![\s.;:,])[\s.;:,]+$/u, '');
  // "Phòng Văn hóa và Thông tin (Cơ quan Thường trực BCĐ huyện)": a role in brackets is dropped; a sub-body
  // ("Phòng Nội vụ (Ban Thi đua - Khen thưởng huyện)") is part of the name the server matches.
  const bracket = /\s*\(([^()]{0,120})\)$/u.exec(name);
  if (bracket && ROLE_IN_BRACKETS.test(fold(bracket[1]!).trim()))
    name = name.slice(0, bracket.index).replace(/(?<![\s.;:,])[\s.;:,]+$/u, '');
  return name.trim();
}

export function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * Splits a list of units: "MTTQ, các ngành đoàn thể, các thành viên BCD và các thôn" → 4 names. A comma or "và"
 * before a bare common noun stays inside one name ("UBND các xã, thị trấn"; "Văn phòng HĐND và UBND huyện").
 */
export function splitUnits(text: string): string[] {
  const parts: string[] = [];
  // The name so far in pieces, its end (with and without trailing spaces) and brackets kept: rereading was quadratic.
  let [pieces, tail, end, open] = [[] as string[], '', '', 0];
  const add = (token: string) => {
    pieces.push(token);
    if (token.trimEnd() !== '') end = (tail + token.trimEnd()).slice(-16);
    tail = (tail + token).slice(-16);
    open += token.split('(').length - token.split(')').length;
  };
  const tokens = text.split(/(,\s+|;\s*|(?<!\s)\s+và\s+|(?<!\s)\s+cùng\s+)/u);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i % 2 === 0) {
      add(token);
      continue;
    }
    const next = (tokens[i + 1] ?? '').trim();
    const isAnd = /và|cùng/u.test(token);
    // A new name starts with "các", a body type ("Phòng", "Hội", "Huyện đoàn") or an acronym ("MTTQ"); a
    // capitalised word that is none of these goes on the same name ("Phòng Văn hóa và Thông tin").
    const startsNew =
      /^các\s/u.test(next) ||
      (/^\p{Lu}/u.test(next) && startsLikeUnit(next)) ||
      /^\p{Lu}{2,}(?:\b|$)/u.test(next);
    const isAcronymPair = isAnd && /\p{Lu}{2}$/u.test(end) && /^\p{Lu}{2,}\b/u.test(next);
    if (open > 0) add(token);
    else if (token.startsWith(';') || (startsNew && !isAcronymPair && !isCompoundHalf(end, next))) {
      parts.push(pieces.join(''));
      [pieces, tail, end, open] = [[], '', '', 0];
    } else add(token);
  }
  parts.push(pieces.join(''));
  return parts.map((p) => cleanName(p)).filter((p) => p.length > 0 && p.length <= 200);
}

/** "chính trị" + "xã hội" (also printed "chính trị, xã hội"): one compound, never two names. */
export function isCompoundHalf(before: string, after: string): boolean {
  const [end, start] = [fold(before.trimEnd().slice(-9)), fold(after.slice(0, 7))]; // only the ends that meet
  return /(?:chinh tri|kinh te|van hoa)$/.test(end) && /^xa hoi\b/.test(start);
}
