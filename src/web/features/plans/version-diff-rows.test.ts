import { describe, expect, it } from 'vitest';
import { hasChanges, versionDiffRows } from './version-diff-rows';

const lines = (n: number, prefix = 'dòng') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

describe('versionDiffRows', () => {
  it('has no changes for equal versions, folded to one skipped row', () => {
    const rows = versionDiffRows(lines(10), lines(10));
    expect(hasChanges(rows)).toBe(false);
    expect(rows).toEqual([{ kind: 'skipped', count: 10 }]);
  });

  it('shows a changed line as removed then added, with two lines of context and the rest folded', () => {
    const before = lines(10);
    const after = [...before];
    after[5] = 'dòng 6 (sửa)';
    expect(versionDiffRows(before, after)).toEqual([
      { kind: 'skipped', count: 3 },
      { kind: 'same', text: 'dòng 4' },
      { kind: 'same', text: 'dòng 5' },
      { kind: 'removed', text: 'dòng 6' },
      { kind: 'added', text: 'dòng 6 (sửa)' },
      { kind: 'same', text: 'dòng 7' },
      { kind: 'same', text: 'dòng 8' },
      { kind: 'skipped', count: 2 },
    ]);
  });

  it('lists a new task line as added at the end', () => {
    const rows = versionDiffRows(['a', 'b'], ['a', 'b', '  3. Việc mới']);
    expect(rows).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'same', text: 'b' },
      { kind: 'added', text: '  3. Việc mới' },
    ]);
  });
});
