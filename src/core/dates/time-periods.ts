/** Calendar periods as plans write them ("Quý III/2023", "thượng tuần tháng 01/2022") and the dates they cover. */

export interface Span {
  from: string;
  to: string;
}

/** A period as written: its year when one is written, and where it falls in a given year. */
export interface Period {
  year: number | null;
  shape: 'day' | 'span' | 'deadline';
  span: (year: number) => Span | null;
}

export type Groups = Partial<Record<string, string>>;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const MAX_OCCURRENCES = 400;

// ---------------------------------------------------------------- calendar

export const pad = (n: number): string => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const isYear = (y: number): boolean => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

export function isDay(y: number, m: number, d: number): boolean {
  return isYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

export function readIso(text: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isDay(y, m, d) ? [y, m, d] : null;
}

export const yearBounds = (y: number): Span => ({ from: iso(y, 1, 1), to: iso(y, 12, 31) });

// ---------------------------------------------------------------- periods

export const num = (text: string | undefined): number | null => (text === undefined ? null : Number(text));

export function day(d: number, m: number, year: number | null): Period {
  const span = (y: number): Span | null => (isDay(y, m, d) ? { from: iso(y, m, d), to: iso(y, m, d) } : null);
  return { year, shape: 'day', span };
}

export function months(
  first: number,
  last: number,
  year: number | null,
  shape: Period['shape'] = 'span',
): Period {
  const span = (y: number): Span | null =>
    isYear(y) && first >= 1 && first <= last && last <= 12
      ? { from: iso(y, first, 1), to: iso(y, last, lastDay(y, last)) }
      : null;
  return { year, shape, span };
}

/** Thượng/trung/hạ tuần (and đầu/giữa/cuối tháng): days 1–10, 11–20, 21–end. */
export function tenDays(m: number, third: number, year: number | null): Period {
  const span = (y: number): Span | null =>
    isYear(y) && m >= 1 && m <= 12
      ? { from: iso(y, m, third * 10 + 1), to: iso(y, m, third === 2 ? lastDay(y, m) : third * 10 + 10) }
      : null;
  return { year, shape: 'span', span };
}

export const QUARTERS: Partial<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
export const THIRDS: Partial<Record<string, number>> = {
  dau: 0,
  thuong: 0,
  giua: 1,
  trung: 1,
  cuoi: 2,
  ha: 2,
};

export const firstMonthOf = (q: string | undefined): number => (QUARTERS[q ?? ''] ?? 0) * 3 - 2;
export const thirdOf = (word: string | undefined): number => THIRDS[word ?? ''] ?? 0;

// Patterns run on folded text (see fold): lower case, no diacritics, đ → d.
export const SEP = String.raw`\s*[/.-]\s*`;
export const YEAR_TAIL = String.raw`(?:${SEP}(\d{4})|\s*,?\s+nam\s+(\d{4}))?(?!\d)`;
export const QUARTER = String.raw`(iv|i{1,3}|[1-4])(?![a-z0-9])`;

export const PERIODS: { source: string; read: (g: (string | undefined)[]) => Period }[] = [
  {
    source: String.raw`ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s+nam\s+(\d{4}))?(?!\d)`,
    read: (g) => day(Number(g[0]), Number(g[1]), num(g[2])),
  },
  {
    source: String.raw`(?:ngay\s+)?(?<!\d)(\d{1,2})${SEP}(\d{1,2})(?:${SEP}(\d{4}))?(?!\d)`,
    read: (g) => day(Number(g[0]), Number(g[1]), num(g[2])),
  },
  {
    source: String.raw`(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam(?:\s*[/.-]?\s*(\d{4}))?(?!\d)`,
    read: (g) => {
      const n = Number(g[0]);
      return g[1] === 'dau' ? months(1, n, num(g[2])) : months(13 - n, 12, num(g[2]));
    },
  },
  {
    source: String.raw`(thuong|trung|ha)\s+tuan\s+thang\s+(\d{1,2})${YEAR_TAIL}`,
    read: (g) => tenDays(Number(g[1]), thirdOf(g[0]), num(g[2] ?? g[3])),
  },
  {
    source: String.raw`(dau|giua|cuoi)\s+thang\s+(\d{1,2})${YEAR_TAIL}`,
    read: (g) => tenDays(Number(g[1]), thirdOf(g[0]), num(g[2] ?? g[3])),
  },
  {
    // Đầu/giữa quý is its first/second month; cuối quý is a deadline at the quarter's end.
    source: String.raw`(dau|giua|cuoi)\s+quy\s+${QUARTER}${YEAR_TAIL}`,
    read: (g) => {
      const first = firstMonthOf(g[1]);
      const year = num(g[2] ?? g[3]);
      if (g[0] === 'cuoi') return months(first, first + 2, year, 'deadline');
      const m = first + thirdOf(g[0]);
      return months(m, m, year);
    },
  },
  {
    source: String.raw`(dau|cuoi)\s+nam(?:\s+(\d{4}))?(?!\d)`,
    read: (g) => (g[0] === 'dau' ? months(1, 3, num(g[1])) : months(1, 12, num(g[1]), 'deadline')),
  },
  {
    source: String.raw`thang\s+(\d{1,2})(?!\d)${YEAR_TAIL}`,
    read: (g) => months(Number(g[0]), Number(g[0]), num(g[1] ?? g[2])),
  },
  {
    source: String.raw`quy\s+${QUARTER}${YEAR_TAIL}`,
    read: (g) => months(firstMonthOf(g[0]), firstMonthOf(g[0]) + 2, num(g[1] ?? g[2])),
  },
  { source: String.raw`(?:ca\s+)?nam(?:\s+(\d{4}))?(?!\d)`, read: (g) => months(1, 12, num(g[0])) },
];

export const PERIOD = PERIODS.map((p) => `(?:${p.source})`).join('|');
export const WHOLE_PERIODS = PERIODS.map((p) => ({ re: new RegExp(`^(?:${p.source})$`), read: p.read }));

export function parsePeriod(text: string | undefined): Period | null {
  for (const { re, read } of WHOLE_PERIODS) {
    const match = re.exec(text ?? '');
    if (match) return read(match.slice(1));
  }
  return null;
}
