import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth';
import { actor, accountFor, errorOf, codeOf } from '../../testing/policy-actors';
import {
  assertAddsUnder,
  assertChangesUnit,
  assertSetsLayout,
  assertSetsSymbol,
  listedScope,
  unitPermissions,
  type UnitFacts,
} from './units.policy';

// A province /1/ with the commune /1/2/ (its village /1/2/5/) and a neighbour commune /1/4/; another province /9/.
// Every account captures in the commune /1/2/ and views the province /1/, but the system administrator (null: all).
const PLACES = {
  'its village': '/1/2/5/',
  'the neighbour commune': '/1/4/',
  'another province': '/9/',
} as const;
type Place = keyof typeof PLACES;
const unit = (place: Place, changes: Partial<UnitFacts> = {}): UnitFacts => ({
  code: 'X-T01',
  path: PLACES[place],
  isOfficial: false,
  validTo: null,
  ...changes,
});
/** canView, canEdit, canAdminister. */
type Permissions = [boolean, boolean, boolean];

/** Each role in each place: the permissions of its detail, and the refusal (null: none) of adding, changing, laying out. */
const cases: [Role, Place, Permissions, string | null, string | null][] = [
  ['system_admin', 'its village', [true, true, true], null, null],
  ['system_admin', 'the neighbour commune', [true, true, true], null, null],
  ['system_admin', 'another province', [true, true, true], null, null],
  ['unit_admin', 'its village', [true, true, true], null, null],
  ['unit_admin', 'the neighbour commune', [true, false, false], 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
  ['unit_admin', 'another province', [false, false, false], 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
  ['leader', 'its village', [true, true, false], null, 'FORBIDDEN'],
  ['leader', 'the neighbour commune', [true, false, false], 'OUT_OF_SCOPE', 'FORBIDDEN'],
  ['leader', 'another province', [false, false, false], 'OUT_OF_SCOPE', 'FORBIDDEN'],
  ['officer', 'its village', [true, true, false], null, 'FORBIDDEN'],
  ['officer', 'the neighbour commune', [true, false, false], 'OUT_OF_SCOPE', 'FORBIDDEN'],
  ['officer', 'another province', [false, false, false], 'OUT_OF_SCOPE', 'FORBIDDEN'],
  ['viewer', 'its village', [true, false, false], 'FORBIDDEN', 'FORBIDDEN'],
  ['viewer', 'the neighbour commune', [true, false, false], 'FORBIDDEN', 'FORBIDDEN'],
  ['viewer', 'another province', [false, false, false], 'FORBIDDEN', 'FORBIDDEN'],
];

describe('units.policy: who sees, adds, changes and lays out units', () => {
  it.each(cases)('%s, %s: permissions %j', (role, place, [canView, canEdit, canAdminister]) => {
    expect(unitPermissions(accountFor(role), unit(place))).toEqual({ canView, canEdit, canAdminister });
  });

  it.each(cases)('%s, %s: adds under it and changes it', (role, place, _p, writeRefusal) => {
    const who = accountFor(role);
    expect(codeOf(() => assertAddsUnder(who, unit(place)))).toBe(writeRefusal);
    expect(codeOf(() => assertChangesUnit(who, unit(place)))).toBe(writeRefusal);
    // A unit of the national list is changed by nobody; the account is refused first, in its own words.
    expect(codeOf(() => assertChangesUnit(who, unit(place, { isOfficial: true })))).toBe(
      writeRefusal ?? 'FORBIDDEN',
    );
  });

  it.each(cases)('%s, %s: sets the document layout', (role, place, _p, _w, layoutRefusal) => {
    expect(codeOf(() => assertSetsLayout(accountFor(role), unit(place)))).toBe(layoutRefusal);
  });

  it.each(cases)(
    '%s, %s: sets the ký hiệu, of an official unit too',
    (role, place, _p, _w, layoutRefusal) => {
      expect(codeOf(() => assertSetsSymbol(accountFor(role), unit(place)))).toBe(layoutRefusal);
      expect(codeOf(() => assertSetsSymbol(accountFor(role), unit(place, { isOfficial: true })))).toBe(
        layoutRefusal,
      );
    },
  );

  it('refuses an official unit with its code and the reason', () => {
    const run = () =>
      assertChangesUnit(actor('officer'), unit('its village', { isOfficial: true, code: '18673' }));
    expect(errorOf(run)).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Đơn vị hành chính theo danh mục nhà nước không sửa được tại đây.',
      details: { code: '18673' },
    });
  });

  it('does not offer to edit a unit that has closed, though its administrators still administer it', () => {
    const closed = unit('its village', { validTo: '2025-06-30' });
    expect(unitPermissions(actor('officer'), closed)).toEqual({
      canView: true,
      canEdit: false,
      canAdminister: false,
    });
    expect(unitPermissions(actor('unit_admin'), closed)).toEqual({
      canView: true,
      canEdit: false,
      canAdminister: true,
    });
  });

  it('narrows a list to the view or the capture scope only when asked', () => {
    const officer = actor('officer', '/1/2/', '/1/');
    expect(listedScope(officer, 'view')).toEqual({ id: 1, path: '/1/' });
    expect(listedScope(officer, 'capture')).toEqual({ id: 2, path: '/1/2/' });
    expect(listedScope(officer, 'all')).toBeNull();
    expect(listedScope(officer, undefined)).toBeNull();
    expect(listedScope(actor('system_admin', null, null), 'capture')).toBeNull();
  });
});
