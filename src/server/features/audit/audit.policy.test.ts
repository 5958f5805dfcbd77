import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth';
import type { Actor } from '../../platform/actor';
import { assertReadsAudit } from './audit.policy';

const actor = (role: Role): Actor => ({
  id: 1,
  username: 'u',
  role,
  unitId: 2,
  captureScope: { id: 2, path: '/1/2/' },
  viewScope: { id: 2, path: '/1/2/' },
  ip: null,
});

describe('audit.policy: who reads the audit log', () => {
  it.each<[Role, boolean]>([
    ['system_admin', true],
    ['unit_admin', true],
    ['leader', false],
    ['officer', false],
    ['viewer', false],
  ])('%s reads it: %s', (role, allowed) => {
    const run = () => assertReadsAudit(actor(role));
    if (allowed) expect(run).not.toThrow();
    else expect(run).toThrow('Chỉ quản trị viên được xem nhật ký.');
  });
});
