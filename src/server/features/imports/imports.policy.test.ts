import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth';
import { accountFor, errorOf, codeOf } from '../../testing/policy-actors';
import {
  assertImportsPlans,
  assertMapsInside,
  assertMapsNames,
  assertResolvesNames,
  importsPlans,
} from './imports.policy';

// A province /1/ with the commune /1/2/ (its village /1/2/5/) and a neighbour commune /1/4/; another province /9/.
// Every account captures in the commune /1/2/ and views the province /1/, but the system administrator (null: all).
const AREAS = {
  'its commune': { path: '/1/2/', name: 'Xã Cẩm Xuyên' },
  'the neighbour commune': { path: '/1/4/', name: 'Xã Cẩm Bình' },
  'another province': { path: '/9/', name: 'Tỉnh Khác' },
} as const;
type Area = keyof typeof AREAS;

describe('imports.policy: who imports a plan file, reads and teaches what its names mean', () => {
  it.each<[Role, boolean]>([
    ['system_admin', true],
    ['unit_admin', true],
    ['leader', true],
    ['officer', true],
    ['viewer', false],
  ])('%s imports a plan file: %s', (role, allowed) => {
    expect(importsPlans(accountFor(role))).toBe(allowed);
    const refusal = errorOf(() => assertImportsPlans(accountFor(role)));
    if (allowed) expect(refusal).toBeNull();
    else
      expect(refusal).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Tài khoản chỉ xem không nhập được kế hoạch.',
      });
  });

  /** Each role in each area: the refusal (null: none) of resolving its names, then of saving a mapping there. */
  it.each<[Role, Area, string | null, string | null]>([
    ['system_admin', 'its commune', null, null],
    ['system_admin', 'the neighbour commune', null, null],
    ['system_admin', 'another province', null, null],
    ['unit_admin', 'its commune', null, null],
    ['unit_admin', 'the neighbour commune', null, 'OUT_OF_SCOPE'],
    ['unit_admin', 'another province', 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
    ['leader', 'its commune', null, null],
    ['leader', 'the neighbour commune', null, 'OUT_OF_SCOPE'],
    ['leader', 'another province', 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
    ['officer', 'its commune', null, null],
    ['officer', 'the neighbour commune', null, 'OUT_OF_SCOPE'],
    ['officer', 'another province', 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
    ['viewer', 'its commune', null, 'FORBIDDEN'],
    ['viewer', 'the neighbour commune', null, 'FORBIDDEN'],
    ['viewer', 'another province', 'OUT_OF_SCOPE', 'FORBIDDEN'],
  ])('%s, %s: resolves names (refused: %s), saves a mapping (refused: %s)', (role, area, reads, maps) => {
    expect(codeOf(() => assertResolvesNames(accountFor(role), AREAS[area]))).toBe(reads);
    expect(codeOf(() => assertMapsNames(accountFor(role), AREAS[area]))).toBe(maps);
  });

  it.each<[string, string, boolean]>([
    ['the area itself', '/1/2/', true],
    ['a village of the area', '/1/2/5/', true],
    ['the neighbour commune', '/1/4/', false],
    ['the province above', '/1/', false],
  ])('a name of the commune stands for %s: %s', (_name, path, allowed) => {
    const refusal = errorOf(() => assertMapsInside(AREAS['its commune'], { path, fullName: 'Thôn Một' }));
    if (allowed) expect(refusal).toBeNull();
    else
      expect(refusal).toMatchObject({ code: 'OUT_OF_SCOPE', message: 'Thôn Một không thuộc Xã Cẩm Xuyên.' });
  });
});
