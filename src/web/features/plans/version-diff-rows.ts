import { diffArrays } from 'diff';

export type DiffRow =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  /** A run of unchanged lines folded away, with how many there are. */
  | { kind: 'skipped'; count: number };

/**
 * The lines of two versions as a readable diff: added and removed lines, with `context` unchanged lines around each
 * change and longer unchanged runs folded to one "skipped" row.
 */
export function versionDiffRows(before: string[], after: string[], context = 2): DiffRow[] {
  const rows: { kind: 'same' | 'added' | 'removed'; text: string }[] = [];
  for (const change of diffArrays(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of change.value) rows.push({ kind, text });
  }
  const near = rows.map(() => false);
  rows.forEach((row, i) => {
    if (row.kind === 'same') return;
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) near[j] = true;
  });
  const out: DiffRow[] = [];
  let skipped = 0;
  rows.forEach((row, i) => {
    if (row.kind !== 'same' || near[i]) {
      if (skipped > 0) out.push({ kind: 'skipped', count: skipped });
      skipped = 0;
      out.push(row);
    } else skipped++;
  });
  if (skipped > 0) out.push({ kind: 'skipped', count: skipped });
  return out;
}

/** Whether a diff has any change at all. */
export const hasChanges = (rows: DiffRow[]): boolean =>
  rows.some((r) => r.kind === 'added' || r.kind === 'removed');
