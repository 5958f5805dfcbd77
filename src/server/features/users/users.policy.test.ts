import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth';
import type { Actor, ScopeRef } from '../../platform/actor';
import type { AppError } from '../../platform/errors';
import {
  assertCanChangeAccount,
  assertGrantableRole,
  assertGrantableScope,
  scopeWithin,
} from './users.policy';

// A province /1/, its commune /1/2/ with a village /1/2/3/, and another commune /1/4/.
const actor = (role: Role, capture: string | null): Actor => ({
  id: 7,
  username: 'u',
  role,
  unitId: 2,
  captureScope: capture === null ? null : { id: 1, path: capture },
  viewScope: capture === null ? null : { id: 1, path: capture },
  ip: null,
});
const scope = (path: string | null): ScopeRef | null => (path === null ? null : { id: 9, path });
const codeOf = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as AppError).code;
  }
};

const sysadmin = actor('system_admin', null);
const provinceAdmin = actor('unit_admin', '/1/');
const communeAdmin = actor('unit_admin', '/1/2/');
const officer = actor('officer', '/1/2/');

describe('users.policy: who may manage which accounts and grant what', () => {
  it.each<[string, ScopeRef | null, ScopeRef | null, boolean]>([
    ['the country in the country', null, null, true],
    ['a commune in the country', scope('/1/2/'), null, true],
    ['the country in a province', null, scope('/1/'), false],
    ['a village in its commune', scope('/1/2/3/'), scope('/1/2/'), true],
    ['a neighbour commune', scope('/1/4/'), scope('/1/2/'), false],
  ])('scopeWithin: %s', (_name, inner, outer, expected) => {
    expect(scopeWithin(inner, outer)).toBe(expected);
  });

  it.each<[string, Actor, Role, string | null]>([
    ['system admin makes a system admin', sysadmin, 'system_admin', null],
    ['unit admin makes a system admin', provinceAdmin, 'system_admin', 'FORBIDDEN'],
    ['unit admin makes an officer', communeAdmin, 'officer', null],
  ])('grantable role: %s', (_name, who, role, expected) => {
    expect(codeOf(() => assertGrantableRole(who, role))).toBe(expected);
  });

  it.each<[string, Actor, string | null, string | null]>([
    ['system admin grants the country', sysadmin, null, null],
    ['province admin grants the country', provinceAdmin, null, 'FORBIDDEN'],
    ['province admin grants a commune', provinceAdmin, '/1/2/', null],
    ['commune admin grants the province', communeAdmin, '/1/', 'OUT_OF_SCOPE'],
    ['commune admin grants a village', communeAdmin, '/1/2/3/', null],
  ])('grantable scope: %s', (_name, who, path, expected) => {
    const unit = path === null ? null : { path, fullName: 'Xã A' };
    expect(
      codeOf(() => assertGrantableScope(who, unit, { field: 'captureScope', label: 'L', code: 'X' })),
    ).toBe(expected);
  });

  const account = (role: Role, unitPath: string, capture: string | null, view: string | null = capture) => ({
    id: 3,
    role,
    unitPath,
    captureScope: scope(capture),
    viewScope: scope(view),
  });
  it.each<[string, Actor, ReturnType<typeof account>, string | null]>([
    ['commune admin, its officer', communeAdmin, account('officer', '/1/2/', '/1/2/'), null],
    ['officer, an officer', officer, account('officer', '/1/2/', '/1/2/'), 'FORBIDDEN'],
    ['commune admin, a neighbour', communeAdmin, account('officer', '/1/4/', '/1/4/'), 'OUT_OF_SCOPE'],
    [
      'commune admin, a province viewer in its unit',
      communeAdmin,
      account('viewer', '/1/2/', null, '/1/'),
      'OUT_OF_SCOPE',
    ],
    ['province admin, a system admin', provinceAdmin, account('system_admin', '/1/2/', '/1/2/'), 'FORBIDDEN'],
    ['system admin, a nationwide account', sysadmin, account('system_admin', '/1/', null), null],
  ])('changes the account: %s', (_name, who, acc, expected) => {
    expect(codeOf(() => assertCanChangeAccount(who, acc))).toBe(expected);
  });
});
