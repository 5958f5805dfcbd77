import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock } from './data-dir-lock';

describe('the data folder lock', () => {
  it('stops a second opener of the same folder with a clear message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-lock-'));
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(/đang được tiến trình \d+ sử dụng/);
    release();
    const again = acquireDataDirLock(dir);
    again();
    fs.rmSync(dir, { recursive: true });
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-lock-'));
    fs.writeFileSync(path.join(dir, 'phongtrao.lock'), '999999');
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'phongtrao.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'phongtrao.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });
});
