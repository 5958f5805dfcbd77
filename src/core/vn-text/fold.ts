/**
 * Vietnamese text folding for search: lower case, no diacritics, đ → d, single spaces.
 * "Hòa" and "Hoà" (tone mark on another vowel) fold to the same "hoa".
 * @example foldVietnamese("  Phường  THỦY Xuân ") === "phuong thuy xuan"
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const TONED_VOWELS = [...'aăâeêioôơuưy'].flatMap((base) =>
  ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => (base + tone).normalize('NFC')),
);
const FOLDED_LETTERS = [...TONED_VOWELS, 'đ']
  .flatMap((letter) => [letter, letter.toUpperCase()])
  .filter((letter) => letter !== foldVietnamese(letter));

/**
 * foldVietnamese as SQL's translate() does it, for databases without unaccent (PGlite, a managed PostgreSQL): every
 * Vietnamese letter with a mark, lower and upper case, to its folded letter, and the combining marks of text typed
 * decomposed (NFD) dropped (translate deletes what has no counterpart). platform/fold-sql.ts wraps it in the one SQL
 * expression; a test holds it to foldVietnamese over every unit name, on both engines.
 */
export const FOLD_TRANSLATE = {
  from: FOLDED_LETTERS.join('') + '\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323',
  to: FOLDED_LETTERS.map((letter) => foldVietnamese(letter)).join(''),
};

/**
 * Canonical Vietnamese spelling for comparing names with their diacritics kept:
 * NFC, lower case, and the tone mark placed by the "new style" rule (hoà, thuỷ, khoẻ).
 * @example canonicalTone("Khánh Hòa") === canonicalTone("Khánh Hoà")
 */
export function canonicalTone(text: string): string {
  const decomposed = text.normalize('NFD').toLowerCase();
  const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/;
  return decomposed
    .split(/(\s+)/)
    .map((word) => {
      const tone = word.split('').find((ch) => toneMarks.test(ch));
      if (!tone) return word.normalize('NFC');
      const bare = word.replace(new RegExp(toneMarks.source, 'g'), '').normalize('NFC');
      const at = toneVowelIndex(bare);
      if (at < 0) return word.normalize('NFC');
      return (bare.slice(0, at + 1) + tone + bare.slice(at + 1)).normalize('NFC');
    })
    .join('');
}

const VOWELS = 'aăâeêioôơuưy';

/** Index of the vowel that carries the tone mark in a toneless NFC syllable (new-style rule). */
function toneVowelIndex(syllable: string): number {
  const chars = [...syllable];
  // Vowels with a hat or horn take the mark (ơ in "ươ" keeps it: "người").
  for (let i = chars.length - 1; i >= 0; i--) {
    if ('ăâêôơư'.includes(chars[i]!) && !(chars[i] === 'ư' && chars[i + 1] === 'ơ')) return i;
  }
  const vowelIdx = chars.map((c, i) => (VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (vowelIdx.length === 0) return -1;
  // "gi" and "qu" start with a consonant cluster: their i/u is not a vowel of the rhyme.
  let idx = vowelIdx;
  if ((syllable.startsWith('qu') || syllable.startsWith('gi')) && idx.length > 1) idx = idx.slice(1);
  if (idx.length === 1) return idx[0]!;
  const last = idx[idx.length - 1]!;
  const endsWithVowel = last === chars.length - 1;
  if (idx.length >= 3) return idx[1]!;
  // Two vowels: mark the second when a consonant follows ("hoàn") or in oa/oe/uy ("hoà", "thuỷ").
  const pair = chars[idx[0]!]! + chars[idx[1]!]!;
  if (!endsWithVowel || ['oa', 'oe', 'uy'].includes(pair)) return idx[1]!;
  return idx[0]!;
}

/** One character (code point) folded as foldKeepingLength defines it: its first NFD unit, lower case, or itself. */
function foldCharacter(unit: string): string {
  if (unit === 'đ' || unit === 'Đ') return 'd';
  const base = (unit.normalize('NFD')[0] ?? unit).toLowerCase();
  return base.length === unit.length ? base : unit;
}

/** The non-ASCII characters folded so far (a document uses a few hundred); bounded all the same. */
const FOLDED = new Map<string, string>();

/**
 * Folds like foldVietnamese (lower case, no diacritics, đ → d) but keeps every other character and the length,
 * so that a match found in the folded text is the same slice of the original (NFC) text. ASCII is lowered as a
 * whole and each other character folded once and remembered: a line of a million characters costs milliseconds
 * (one NFD per character made a 2 MB line of an upload take seconds, and the importer folds every line).
 * @example foldKeepingLength("Số: 25/KH") === "so: 25/kh"
 */
export function foldKeepingLength(text: string): string {
  // ASCII letters lower case one for one, so the length is kept.
  return !/[\u0080-\u{10ffff}]/u.test(text)
    ? text.toLowerCase()
    : text
        .replace(/[A-Z]+/g, (ascii) => ascii.toLowerCase())
        .replace(/[\u0080-\u{10ffff}]/gu, (unit) => {
          let folded = FOLDED.get(unit);
          if (folded === undefined) {
            folded = foldCharacter(unit);
            if (FOLDED.size < 65_536) FOLDED.set(unit, folded);
          }
          return folded;
        });
}
