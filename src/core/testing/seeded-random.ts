/**
 * Mulberry32: a seeded sequence of numbers in [0, 1), the same on every run, so a generated test case can be replayed
 * by its seed. For tests only (the fuzz tests of the importer).
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
