import { foldVietnamese } from '../vn-text/fold';

/** The level of the units a collective names: "các xã, thị trấn" → commune. */
export type RuleLevel = 'district' | 'commune' | 'village';

/** One post of a rule line and the level of the units that each hold one such seat (null: one seat only). */
export interface RulePost {
  post: string;
  level: RuleLevel | null;
}

/** A line of a group's thành phần, read. */
export interface RuleLine {
  /** The line as written, without its bullet and final punctuation. */
  text: string;
  /** The collective it applies to ("các xã, thị trấn"), or null for a single seat. */
  collective: string | null;
  posts: RulePost[];
  /** "Đ/c Đỗ Hoài Xoan – PCT. UBND huyện": a person named by the plan. */
  personName: string | null;
  /**
   * A line naming many parties that no unit list enumerates ("Các tập thể, cá nhân được khen thưởng"): no seat is
   * made for it; the organiser adds those delegates by hand or by import.
   */
  isOpenEnded: boolean;
}

const LEVEL_NOUNS: [RuleLevel, string][] = [
  ['commune', 'xã|phường|thị trấn|địa phương|đặc khu'],
  ['village', 'thôn|tổ dân phố|khu phố|khu dân cư|bản|làng|ấp|khối|xóm|buôn|sóc'],
  ['district', 'huyện|thị xã|quận'],
];

const END = '(?=$|[\\s,;.)])';
const COLLECTIVE = new RegExp(
  `(^|[\\s,(])((?:của|tại|ở|thuộc|trên địa bàn)\\s+)?các\\s+(${LEVEL_NOUNS.map(([, n]) => n).join('|')})${END}`,
  'iu',
);
const VILLAGE_NOUN = new RegExp(`(^|\\s)(${LEVEL_NOUNS[1]![1]})${END}`, 'iu');

/** Words that begin a post (folded). A piece of a list that begins otherwise continues the post before it. */
const POST_START =
  /^(pho )?(chu tich|bi thu|truong|giam doc|chanh|to truong|doi truong|chi hoi truong|hoi truong|tong bien tap)\b|^(can bo|cong chuc|vien chuc|dai dien|lanh dao|thanh vien|uy vien|thuong truc|ke toan|nguoi dung dau|dong chi|chi huy truong|truong ban|truong phong)\b/;
/** A title that needs what follows ("cán bộ, công chức phụ trách ..."): merged with the next piece. */
const BARE_TITLE = /^(can bo|cong chuc|vien chuc|lanh dao|dai dien)$/;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The lines of a rule: one per line or per ';', bullets ("- ", "+ ", "* ", "a) ") and final punctuation removed. */
export function splitRuleLines(rule: string): string[] {
  return rule
    .normalize('NFC')
    .split(/\r?\n|;/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-–—+*•]|[a-zđ]\)|\d+[.)])\s*/iu, '')
        .replace(/[\s.;:,]+$/u, '')
        .trim(),
    )
    .filter((line) => line.length > 0);
}

/** Splits "Bí thư Đảng ủy, Chủ tịch HĐND, cán bộ, công chức phụ trách thi đua, khen thưởng" into its posts. */
export function splitPosts(head: string): string[] {
  const posts: string[] = [];
  let pendingTitle = '';
  for (const raw of head.split(/\s*,\s*/)) {
    const piece = raw.trim();
    if (!piece) continue;
    const key = foldVietnamese(piece);
    if (pendingTitle) {
      posts.push(`${pendingTitle}, ${piece}`);
      pendingTitle = '';
    } else if (BARE_TITLE.test(key)) pendingTitle = piece;
    else if (posts.length === 0 || POST_START.test(key)) posts.push(piece);
    else posts[posts.length - 1] = `${posts[posts.length - 1]}, ${piece}`;
  }
  if (pendingTitle) posts.push(pendingTitle);
  return posts.map((p) => capitalise(p.replace(/\s*\([^)]*\)\s*$/u, '').trim())).filter(Boolean);
}

/**
 * Reads one line of a thành phần: the posts it names and the collective each applies to.
 * @example parseRuleLine("Trưởng thôn, tổ dân phố các xã, thị trấn").posts
 *   // [{ post: "Trưởng thôn, tổ dân phố", level: "village" }]
 */
export function parseRuleLine(line: string): RuleLine {
  const text = splitRuleLines(line)[0] ?? '';
  const person = /^(?:đ\/c|đồng chí)\s+(.+?)\s+[–—-]\s+(.+)$/iu.exec(text);
  if (person)
    return {
      text,
      collective: null,
      posts: [{ post: person[2]!.trim(), level: null }],
      personName: person[1]!.trim(),
      isOpenEnded: false,
    };
  const match = COLLECTIVE.exec(text);
  if (!match) {
    const isOpenEnded = /^cac\s/.test(foldVietnamese(text));
    return {
      text,
      collective: null,
      posts: isOpenEnded ? [] : [{ post: capitalise(text), level: null }],
      personName: null,
      isOpenEnded,
    };
  }
  const start = match.index + match[1]!.length;
  const collective = text.slice(start + (match[2]?.length ?? 0)).trim();
  const noun = match[3]!.toLocaleLowerCase('vi');
  const level = LEVEL_NOUNS.find(([, nouns]) => nouns.split('|').includes(noun))![0];
  const head = text.slice(0, start).trim();
  const posts = splitPosts(head).map((post) => ({
    post,
    // "Trưởng thôn, tổ dân phố các xã": a seat per village of those communes.
    level: level !== 'village' && VILLAGE_NOUN.test(post) ? ('village' as const) : level,
  }));
  return { text, collective, posts, personName: null, isOpenEnded: posts.length === 0 };
}

/** Reads every line of a group's rule. */
export function parseRule(rule: string): RuleLine[] {
  return splitRuleLines(rule).map(parseRuleLine);
}

/**
 * The post of a village seat in words of the village's own type: "Trưởng thôn, tổ dân phố" in a tổ dân phố →
 * "Trưởng tổ dân phố".
 */
export function villagePost(post: string, villageType: string): string {
  const noun = VILLAGE_NOUN.exec(post);
  if (!noun) return post;
  const title = post.slice(0, noun.index + noun[1]!.length).trim();
  return title ? `${title} ${villageType.toLocaleLowerCase('vi')}` : post;
}

/**
 * The level of the unit a single-seat line names by its level word ("Lãnh đạo UBND tỉnh" → province, "Ban Tuyên
 * giáo Huyện ủy" → district), or null. "xã hội" is not a commune.
 */
export function namedLevel(line: string): 'province' | 'district' | 'commune' | null {
  const found =
    /(^|[\s,.(/-])(tỉnh|thành phố trực thuộc trung ương|huyện|quận|thị xã|xã(?!\s+hội)|phường|thị trấn)(?=$|[\s,;.)–-])/iu.exec(
      line.normalize('NFC'),
    );
  if (!found) return null;
  const word = found[2]!.toLocaleLowerCase('vi');
  if (word === 'tỉnh' || word.startsWith('thành phố')) return 'province';
  if (word === 'huyện' || word === 'quận' || word === 'thị xã') return 'district';
  return 'commune';
}
