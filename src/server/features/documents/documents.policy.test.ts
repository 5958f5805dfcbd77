import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth';
import { actor, accountFor, codeOf } from '../../testing/policy-actors';
import {
  assertEditsDocument,
  assertIssuesDocument,
  assertViewsDocuments,
  assertWritesDocuments,
  documentFacts,
  listedScope,
  viewsDocuments,
  writesDocuments,
  type DocumentFacts,
} from './documents.policy';

// A province /1/ with the commune /1/2/ (its body /1/2/5/) and a neighbour commune /1/4/; another province /9/.
// Every account captures in the commune /1/2/ and views the province /1/, but the system administrator (null: all).
const PLACES = {
  'its body': '/1/2/5/',
  'the neighbour commune': '/1/4/',
  'another province': '/9/',
} as const;
type Place = keyof typeof PLACES;

const doc = (place: Place, status: 'draft' | 'issued'): DocumentFacts => ({
  unitPath: PLACES[place],
  status,
  number: status === 'issued' ? '05/KH-BCĐ' : null,
});

/** Every role in every place: does it see there, and what refusal (null: none) does writing there meet? */
const cases: [Role, Place, boolean, string | null][] = [
  ['system_admin', 'its body', true, null],
  ['system_admin', 'the neighbour commune', true, null],
  ['system_admin', 'another province', true, null],
  ['unit_admin', 'its body', true, null],
  ['unit_admin', 'the neighbour commune', true, 'OUT_OF_SCOPE'],
  ['unit_admin', 'another province', false, 'OUT_OF_SCOPE'],
  ['leader', 'its body', true, null],
  ['leader', 'the neighbour commune', true, 'OUT_OF_SCOPE'],
  ['leader', 'another province', false, 'OUT_OF_SCOPE'],
  ['officer', 'its body', true, null],
  ['officer', 'the neighbour commune', true, 'OUT_OF_SCOPE'],
  ['officer', 'another province', false, 'OUT_OF_SCOPE'],
  ['viewer', 'its body', true, 'FORBIDDEN'],
  ['viewer', 'the neighbour commune', true, 'FORBIDDEN'],
  ['viewer', 'another province', false, 'FORBIDDEN'],
];
/** The system administrator has the whole country; every other account the commune and the province. */

describe("documents.policy: who sees, drafts, edits and issues a unit's documents", () => {
  it.each(cases)('%s sees documents of %s: %s', (role, place, sees) => {
    const who = accountFor(role);
    expect(viewsDocuments(who, PLACES[place])).toBe(sees);
    expect(codeOf(() => assertViewsDocuments(who, PLACES[place]))).toBe(sees ? null : 'OUT_OF_SCOPE');
  });

  it('sees inside the capture scope even when the view scope is elsewhere', () => {
    const who = actor('officer', '/1/2/', '/9/');
    expect(viewsDocuments(who, '/1/2/5/')).toBe(true);
    expect(viewsDocuments(who, '/1/4/')).toBe(false);
  });

  it.each(cases)('%s drafts documents of %s (sees: %s, refused: %s)', (role, place, _sees, refused) => {
    const who = accountFor(role);
    expect(writesDocuments(who, PLACES[place])).toBe(refused === null);
    expect(codeOf(() => assertWritesDocuments(who, PLACES[place]))).toBe(refused);
  });

  it.each(cases)(
    '%s edits and issues a draft of %s; an issued one is frozen',
    (role, place, _sees, refused) => {
      const who = accountFor(role);
      expect(codeOf(() => assertEditsDocument(who, doc(place, 'draft')))).toBe(refused);
      expect(codeOf(() => assertIssuesDocument(who, doc(place, 'draft')))).toBe(refused);
      // The account is refused first; whoever may write hears that the document is issued.
      const frozen = refused ?? 'CONFLICT';
      expect(codeOf(() => assertEditsDocument(who, doc(place, 'issued')))).toBe(frozen);
      expect(codeOf(() => assertIssuesDocument(who, doc(place, 'issued')))).toBe(frozen);
    },
  );

  it('names the number in the conflict, for an edit and for a second issue', () => {
    const officer = actor('officer');
    expect(() => assertEditsDocument(officer, doc('its body', 'issued'))).toThrow(
      'Văn bản số 05/KH-BCĐ đã ban hành, không sửa được.',
    );
    expect(() => assertIssuesDocument(officer, doc('its body', 'issued'))).toThrow(
      'Văn bản đã được ban hành với số 05/KH-BCĐ.',
    );
  });

  it('takes the status and number from the locked row when given', () => {
    const found = { unitPath: '/1/2/5/', doc: { status: 'draft', number: null } };
    expect(documentFacts(found)).toEqual({ unitPath: '/1/2/5/', status: 'draft', number: null });
    expect(documentFacts(found, { status: 'issued', number: '07/KH-BCĐ' })).toEqual({
      unitPath: '/1/2/5/',
      status: 'issued',
      number: '07/KH-BCĐ',
    });
  });

  it('lists the documents of the view scope, the whole country for a null one', () => {
    expect(listedScope(actor('officer', '/1/2/', '/1/'))).toEqual({ id: 1, path: '/1/' });
    expect(listedScope(actor('officer', '/1/2/', '/1/2/'))).toEqual({ id: 1, path: '/1/2/' });
    expect(listedScope(actor('system_admin', null, null))).toBeNull();
  });
});
