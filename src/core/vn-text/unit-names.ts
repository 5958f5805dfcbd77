import { foldVietnamese } from './fold';

/** Type words that may stand before a unit's name, longest first so "thị xã" wins over "xã". */
const TYPE_PREFIXES = [
  'thanh pho truc thuoc trung uong',
  'thanh pho thuoc tinh',
  'dac khu tai hai dao',
  'to dan pho',
  'khu dan cu',
  'thanh pho',
  'thi tran',
  'thi xa',
  'dac khu',
  'khu pho',
  'phuong',
  'huyen',
  'quan',
  'tinh',
  'thon',
  'xa',
  'tp',
  'tx',
  'tt',
];

/**
 * Folds a unit name or a search query and drops a leading type word, so that
 * "Xã Cẩm Xuyên", "xa cam xuyen" and "Cẩm Xuyên" all give "cam xuyen".
 * A query that is nothing but a type word ("xã") is kept as it is.
 */
export function unitSearchKey(text: string): string {
  const folded = foldVietnamese(text);
  for (const prefix of TYPE_PREFIXES) {
    if (folded.startsWith(prefix + ' ')) {
      const rest = folded.slice(prefix.length + 1).trim();
      return rest.length > 0 ? rest : folded;
    }
  }
  return folded;
}
