/** The unit types of Vietnam's administrative levels, as written in documents (lower case). */
export const ADMIN_UNIT_TYPES = {
  province: ['tỉnh', 'thành phố trực thuộc trung ương'],
  district: [
    'huyện',
    'quận',
    'thị xã',
    'thành phố thuộc tỉnh',
    'thành phố thuộc thành phố trực thuộc trung ương',
  ],
  commune: ['xã', 'phường', 'thị trấn', 'đặc khu'],
} as const;

const FULL_NAME_PREFIX: Record<string, string> = {
  tỉnh: 'Tỉnh',
  'thành phố trực thuộc trung ương': 'Thành phố',
  huyện: 'Huyện',
  quận: 'Quận',
  'thị xã': 'Thị xã',
  'thành phố thuộc tỉnh': 'Thành phố',
  'thành phố thuộc thành phố trực thuộc trung ương': 'Thành phố',
  xã: 'Xã',
  phường: 'Phường',
  'thị trấn': 'Thị trấn',
  'đặc khu': 'Đặc khu',
  thôn: 'Thôn',
  'tổ dân phố': 'Tổ dân phố',
  'khu phố': 'Khu phố',
  ấp: 'Ấp',
  bản: 'Bản',
  buôn: 'Buôn',
  làng: 'Làng',
  xóm: 'Xóm',
  khối: 'Khối',
  'khu dân cư': 'Khu dân cư',
};

/**
 * The full name of a village as documents write it: the type word, then the name, unless the name
 * already starts with it. Organizations keep their name as given.
 * @example villageFullName("thôn", "Trung Hà") === "Thôn Trung Hà"; villageFullName("thôn", "Thôn 1") === "Thôn 1"
 */
export function villageFullName(type: string, name: string): string {
  const prefix = FULL_NAME_PREFIX[type];
  if (!prefix) return name;
  return name.toLowerCase().startsWith(prefix.toLowerCase() + ' ') ? name : `${prefix} ${name}`;
}

/** Reads the type of a unit from the type word its full name starts with ("Thị xã Kỳ Anh" → "thị xã"). */
export function typeFromFullName(
  level: 'province' | 'district' | 'commune',
  fullName: string,
): string | null {
  const lower = fullName.toLowerCase();
  const candidates: readonly string[] = ADMIN_UNIT_TYPES[level];
  const starts = (word: string) => lower.startsWith(word.toLowerCase() + ' ');
  if (level === 'province')
    return starts('thành phố') ? 'thành phố trực thuộc trung ương' : starts('tỉnh') ? 'tỉnh' : null;
  if (level === 'district' && starts('thành phố')) return 'thành phố thuộc tỉnh';
  if (level === 'commune' && starts('đặc khu')) return 'đặc khu';
  return candidates.find((type) => starts(type)) ?? null;
}
