import { foldVietnamese } from './fold';

/** Abbreviations real plans use for bodies, expanded before comparing (folded, so "vh&tt" is "vh tt"). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubmttqvn\b|\bubmttq\b|\bmttqvn\b|\bmttq\b/g, 'mat tran to quoc'],
  [/\bhdnd ubnd\b/g, 'hoi dong nhan dan uy ban nhan dan'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bvh tt\b|\bvhtt\b/g, 'van hoa thong tin'],
  [/\bvh xh\b|\bvhxh\b/g, 'van hoa xa hoi'],
  [/\bvh\b/g, 'van hoa'],
  [/\bbcd\b/g, 'ban chi dao'],
  [/\btd kt\b|\btdkt\b/g, 'thi dua khen thuong'],
  [/\bcdcs\b/g, 'cong doan co so'],
  [/\bcd\b/g, 'cong doan'],
  [/\bhlhpn\b|\bhoi lhpn\b/g, 'hoi lien hiep phu nu'],
  [/\bccb\b/g, 'cuu chien binh'],
  [/\btncs hcm\b|\bdtn\b/g, 'doan thanh nien'],
  [/\bnd\b/g, 'nong dan'],
  [/\bgd dt\b|\bgddt\b/g, 'giao duc dao tao'],
  [/\bpgd\b/g, 'phong giao duc'],
  [/\bsgd\b/g, 'so giao duc'],
];

/** Words that carry no identity when comparing names ("và", "Việt Nam" after Mặt trận, a trailing "xã"). */
const NOISE = new Set(['va', 'viet', 'nam', 'cac']);

/**
 * A comparison key for the name of a body as plans write it: folded, abbreviations expanded, "và"/"-"/"&" ignored.
 * @example partyKey("Phòng VH&TT") === partyKey("Phòng Văn hóa và Thông tin")
 */
export function partyKey(name: string): string {
  let key = ` ${foldVietnamese(name)} `;
  for (const [pattern, full] of ABBREVIATIONS) key = key.replace(pattern, full);
  return key
    .split(/\s+/)
    .filter((w) => w && !NOISE.has(w))
    .join(' ');
}

export interface PartyCandidate {
  id: number;
  level: string;
  names: string[];
}

export interface PartyMatch {
  id: number;
  /** 1 for the same name, lower for a looser match. */
  confidence: number;
}

const AREA_WORDS = new Set(['xa', 'phuong', 'huyen', 'tinh', 'thi', 'tran', 'quan', 'thanh', 'pho']);

function tokens(key: string): string[] {
  return key.split(' ').filter(Boolean);
}

function score(query: string, candidate: string): number {
  if (query === candidate) return 1;
  const q = tokens(query).filter((w) => !AREA_WORDS.has(w));
  const c = tokens(candidate).filter((w) => !AREA_WORDS.has(w));
  if (q.length === 0 || c.length === 0) return 0;
  if (q.join(' ') === c.join(' ')) return 0.95;
  const cs = new Set(c);
  const common = q.filter((w) => cs.has(w)).length;
  const jaccard = common / (q.length + c.length - common);
  return jaccard >= 0.6 ? 0.5 + jaccard * 0.4 : 0;
}

/** The candidate whose name (or short name) best matches, or null below a usable confidence. */
export function matchParty(name: string, candidates: PartyCandidate[]): PartyMatch | null {
  const key = partyKey(name);
  if (!key) return null;
  let best: PartyMatch | null = null;
  for (const candidate of candidates) {
    for (const candidateName of candidate.names) {
      const s = score(key, partyKey(candidateName));
      if (s > (best?.confidence ?? 0)) best = { id: candidate.id, confidence: s };
    }
  }
  return best && best.confidence >= 0.7 ? best : null;
}

/**
 * A name that means every unit of a level in the area: "các xã, thị trấn", "UBND các xã", "Ban Chỉ đạo phong trào
 * các xã, thị trấn" → commune; "các thôn, tổ dân phố" → village; "các huyện, thị xã" → district.
 */
export function collectiveLevel(name: string): 'commune' | 'village' | 'district' | null {
  const key = ` ${foldVietnamese(name)} `;
  if (/ cac (xa|phuong|thi tran|dia phuong)\b/.test(key)) return 'commune';
  if (/ cac (thon|to dan pho|khu pho|ban|lang|ap|khoi)\b/.test(key) && !/ cac ban nganh\b/.test(key))
    return 'village';
  if (/ cac (huyen|thi xa|quan)\b/.test(key)) return 'district';
  return null;
}

const POSITION_START =
  /^(cong chuc|can bo|chu tich|pho chu tich|truong|pho truong|bi thu|pho bi thu|giam doc|pho giam doc|thuong truc|van phong|ke toan|chanh van phong|uy vien|thanh vien|to truong|doi truong)\b/;

/** Does the name denote a position (a person's post) rather than a body: "Công chức Văn hóa - Xã hội xã"? */
export function isPosition(name: string): boolean {
  return POSITION_START.test(foldVietnamese(name));
}
