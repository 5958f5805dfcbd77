import { canonicalTone, foldVietnamese } from './fold';

/** Type words that may stand before a unit's name, longest first so "thị xã" wins over "xã". */
const TYPE_WORDS = [
  'thành phố trực thuộc trung ương',
  'thành phố thuộc tỉnh',
  'đặc khu tại hải đảo',
  'tổ dân phố',
  'khu dân cư',
  'thành phố',
  'thị trấn',
  'thị xã',
  'đặc khu',
  'khu phố',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'thôn',
  'xã',
  'tp',
  'tx',
  'tt',
].map((word) => canonicalTone(word));

/**
 * How many leading words of the text are a type word. Text typed with marks must match the type word's
 * marks ("Quan Hóa" is a name, "Quận 1" is not); text typed without any mark matches the folded form.
 */
function typeWordCount(text: string, marked = hasDiacritics(text)): number {
  const words = (marked ? canonicalTone(text) : foldVietnamese(text)).trim().split(/\s+/);
  for (const type of TYPE_WORDS) {
    const typeWords = (marked ? type : foldVietnamese(type)).split(' ');
    if (words.length <= typeWords.length) continue;
    if (typeWords.every((t, i) => t === words[i])) return typeWords.length;
  }
  return 0;
}

function withoutTypeWord(text: string): string {
  const words = text.normalize('NFC').trim().split(/\s+/);
  return words.slice(typeWordCount(text)).join(' ');
}

/**
 * Folds a unit name or a search query and drops a leading type word, so that
 * "Xã Cẩm Xuyên", "xa cam xuyen" and "Cẩm Xuyên" all give "cam xuyen".
 * A query that is nothing but a type word ("xã") is kept as it is.
 */
export function unitSearchKey(text: string): string {
  return foldVietnamese(withoutTypeWord(text));
}

/**
 * The same cut as unitSearchKey but keeping the diacritics, in canonical tone placement, so that a query
 * typed with marks can rank names spelled that way first.
 * @example unitToneKey("Phường Hòa Bình") === "hoà bình"
 */
export function unitToneKey(text: string): string {
  return canonicalTone(withoutTypeWord(text)).replace(/\s+/g, ' ');
}

export interface UnitSearchTerms {
  /** The whole query folded: "quan hoa". */
  full: string;
  /** Folded, without a leading type word matched loosely (marks ignored), for the match itself: "hoa". */
  stripped: string;
  /** The spelling as typed (type word cut only where its marks agree), when the query carries marks: "quan hoá". */
  tone: string | null;
}

/**
 * What a unit search query becomes. Matching is loose so that nothing is missed ("phuong thuỷ xuân");
 * ranking is strict so that "Quan Hóa" (a name) and "Hòa" (as spelled) come first.
 */
export function unitSearchTerms(query: string): UnitSearchTerms {
  const words = query.normalize('NFC').trim().split(/\s+/);
  return {
    full: foldVietnamese(query),
    stripped: foldVietnamese(words.slice(typeWordCount(query, false)).join(' ')),
    tone: hasDiacritics(query) ? unitToneKey(query) : null,
  };
}

/** Does the text carry any Vietnamese mark (so the user chose a spelling)? */
export function hasDiacritics(text: string): boolean {
  return (
    /[^\x20-\x7e]/.test(text.normalize('NFC')) &&
    foldVietnamese(text) !==
      text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
  );
}
