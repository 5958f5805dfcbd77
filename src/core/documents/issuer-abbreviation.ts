import { foldVietnamese } from '../vn-text/fold';

/**
 * The issuing body's group of a ký hiệu ("UBND" in "Số: 05/KH-UBND"), NĐ 30/2020 Phụ lục I (I.3) and Phụ lục III:
 * the official abbreviation of the body's type ("Ủy ban nhân dân" of any level → UBND, "Ban Chỉ đạo …" → BCĐ), and
 * for a Sở, a Phòng, a Trung tâm, a Ban or a Hội đồng the type's letters followed by the initials of its field
 * ("Sở Văn hóa, Thể thao và Du lịch" → SVHTTDL). The place in the name ("… tỉnh Hà Tĩnh") is never part of it.
 * A body's own abbreviation, set by its administrator, wins. The result is upper case letters (Đ kept, other marks
 * dropped: "Ủy" → U) and digits, at most ISSUER_ABBREVIATION_MAX long, without spaces, punctuation, quotes or "&".
 */

/** The longest issuer group a ký hiệu takes (what a unit administrator may type, contracts `IssuerSymbol`). */
export const ISSUER_ABBREVIATION_MAX = 20;
/**
 * A number is "NN/KIND-ABBR" ("05/KH-UBND"): the ký hiệu a draft carries is at most DOCUMENT_SYMBOL_MAX long and the
 * one issuing makes is the kind and the issuer's group (at most ISSUER_ABBREVIATION_MAX), so a number issued is never
 * longer than DOCUMENT_NUMBER_MAX. The contracts and the importer read these.
 */
export const DOCUMENT_NUMBER_MAX = 60;
export const DOCUMENT_SYMBOL_MAX = 50;
/** What an issuer group is: upper case letters (Đ included) and digits, groups joined by one "-" ("UBND-VX"). */
export const ISSUER_ABBREVIATION_PATTERN = /^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u;

interface BodyType {
  /** The type's official abbreviation, or its letters before the field's initials. */
  abbreviation: string;
  /** The ways the type is written, folded (foldVietnamese); the longest is tried first. */
  names: string[];
  /** Whether the initials of the rest of the name follow ("Sở" + "Nội vụ" → SNV) or the rest is dropped. */
  withField: boolean;
}

/** The body types and their official abbreviations; README "Ký hiệu of the issuing body" lists the same table. */
export const BODY_TYPES: readonly BodyType[] = [
  {
    abbreviation: 'MTTQ',
    names: [
      'uy ban mat tran to quoc viet nam',
      'uy ban mat tran to quoc',
      'uy ban mttq',
      'ubmttq',
      'mat tran to quoc',
      'mttq',
    ],
    withField: false,
  },
  { abbreviation: 'UBND', names: ['uy ban nhan dan', 'ubnd'], withField: false },
  { abbreviation: 'HĐND', names: ['hoi dong nhan dan', 'hdnd'], withField: false },
  {
    abbreviation: 'HĐTĐKT',
    names: ['hoi dong thi dua khen thuong', 'hoi dong tdkt', 'hdtdkt'],
    withField: false,
  },
  { abbreviation: 'BTĐKT', names: ['ban thi dua khen thuong', 'ban tdkt', 'btdkt'], withField: false },
  { abbreviation: 'BCĐ', names: ['ban chi dao', 'bcd'], withField: false },
  { abbreviation: 'VP', names: ['van phong', 'vp'], withField: false },
  { abbreviation: 'TT', names: ['trung tam'], withField: true },
  { abbreviation: 'HĐ', names: ['hoi dong'], withField: true },
  { abbreviation: 'S', names: ['so'], withField: true },
  { abbreviation: 'P', names: ['phong'], withField: true },
  { abbreviation: 'B', names: ['ban'], withField: true },
];

/** Lower-case words that start the place in a body's name ("Sở Nội vụ tỉnh Hà Tĩnh"): the name stops there. */
const PLACE_WORDS = [
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'thị trấn',
  'xã',
  'phường',
  'đặc khu',
].map((w) => w.split(' '));
/** Words that are no part of the initials ("Văn hóa và Thông tin" → VHTT). */
const SKIPPED = new Set(['va']);

/** The words of a name, each with only its letters and digits ("VH&TT" → "VHTT", "Văn hóa - Xã hội" → 4 words). */
function wordsOf(name: string): string[] {
  return name
    .normalize('NFC')
    .split(/[\s,;:()"“”'‘’./\\]+|\s-\s/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/** Upper case without marks but Đ ("Ủy" → "UY", "đạo" → "ĐAO"). */
function plainUpper(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) =>
      ch === 'đ' || ch === 'Đ'
        ? 'Đ'
        : ch
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toUpperCase(),
    )
    .join('')
    .replace(/[^A-ZĐ0-9]/g, '');
}

/** A word already abbreviated ("VHTTDL", "TĐKT") gives all its letters, a word its initial, a number itself. */
function initialsOf(word: string): string {
  if (/^\p{N}+$/u.test(word)) return word;
  const isAbbreviation = word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
  return isAbbreviation ? plainUpper(word) : plainUpper(word[0]!);
}

/** The name up to its place: from the first lower-case place word after the first word on, it is dropped. */
function withoutPlace(words: string[]): string[] {
  const startsPlace = (i: number) =>
    PLACE_WORDS.some((place) => place.every((part, j) => words[i + j] === part));
  const cut = words.findIndex((_, i) => i > 0 && startsPlace(i));
  return cut === -1 ? words : words.slice(0, cut);
}

/** The body type the name starts with, and the words after it. */
function bodyTypeOf(words: string[]): { type: BodyType; rest: string[] } | null {
  const folded = words.map((word) => foldVietnamese(word));
  let best: { type: BodyType; length: number } | null = null;
  for (const type of BODY_TYPES) {
    for (const name of type.names) {
      const parts = name.split(' ');
      const matches = parts.every((part, i) => folded[i] === part);
      if (matches && (!best || parts.length > best.length)) best = { type, length: parts.length };
    }
  }
  return best ? { type: best.type, rest: words.slice(best.length) } : null;
}

/**
 * The issuing body's group of a ký hiệu: its set abbreviation when it has one, else the one its name gives
 * ("Ủy ban nhân dân xã Cẩm Xuyên" → UBND, "Phòng VH&TT" → PVHTT, "Hội Liên hiệp Phụ nữ" → HLHPN).
 */
export function issuerAbbreviation(name: string, set?: string | null): string {
  const own = set?.trim();
  if (own) return own;
  const words = withoutPlace(wordsOf(name));
  const found = bodyTypeOf(words);
  const field = (found ? found.rest : words).filter((word) => !SKIPPED.has(foldVietnamese(word)));
  const initials = field.map(initialsOf).join('');
  const abbreviation = found ? found.type.abbreviation + (found.type.withField ? initials : '') : initials;
  return abbreviation.slice(0, ISSUER_ABBREVIATION_MAX);
}

/** The levels whose documents its Ủy ban nhân dân issues: a province, a district or a commune numbers as UBND. */
const GOVERNED_LEVELS = new Set(['province', 'district', 'commune']);

/**
 * A unit's group of the ký hiệu: the one it has set, else UBND for a province, district or commune (its Ủy ban nhân
 * dân issues in its name: UBND xã Cẩm Xuyên → 01/KH-UBND), else the one its name gives.
 */
export function unitIssuerAbbreviation(unit: { level: string; name: string; symbol: string | null }): string {
  if (GOVERNED_LEVELS.has(unit.level)) return issuerAbbreviation('Ủy ban nhân dân', unit.symbol);
  return issuerAbbreviation(unit.name, unit.symbol);
}

/** The ký hiệu after a document's number: "KH-UBND"; a công văn has no type code and is the issuer's group alone. */
export function documentSymbol(kind: string, issuerGroup: string): string {
  return kind === 'CV' ? issuerGroup : `${kind}-${issuerGroup}`;
}
