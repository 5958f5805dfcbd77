import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_NUMBER_MAX,
  DOCUMENT_SYMBOL_MAX,
  DocumentDraft,
  DocumentKind,
  StoredDocumentDraft,
} from './documents';
import { ISSUER_ABBREVIATION_MAX } from '../core/documents/issuer-abbreviation';
import seed000 from '../core/documents/fixtures/seed-000.json';
import seed001 from '../core/documents/fixtures/seed-001.json';
import seed002 from '../core/documents/fixtures/seed-002.json';
import seed003 from '../core/documents/fixtures/seed-003.json';
import seed004 from '../core/documents/fixtures/seed-004.json';
import { SAMPLES } from '../core/documents/samples';

describe('DocumentDraft', () => {
  it.each(Object.entries({ seed000, seed001, seed002, seed003, seed004 }))(
    'accepts the %s fixture',
    (_, seed) => {
      const parsed = DocumentDraft.safeParse(seed);
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it.each(Object.entries(SAMPLES))('accepts the %s sample', (_, sample) => {
    expect(DocumentDraft.safeParse(sample).error?.issues ?? []).toEqual([]);
  });

  it('names every missing part of a draft at once', () => {
    const { issuer: _i, title: _t, signer: _s, ...rest } = SAMPLES.KH;
    const paths = DocumentDraft.safeParse(rest).error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['issuer', 'title', 'signer']));
  });

  it.each([
    ['1944-12-31', false],
    ['1945-01-01', true],
    ['2100-12-31', true],
    ['2101-01-01', false],
    ['2025-02-29', false],
  ])('takes the date %s: %s', (date, ok) => {
    expect(DocumentDraft.safeParse({ ...SAMPLES.KH, date }).success).toBe(ok);
  });

  it('asks a giấy mời for its event, time and place, and refuses an unknown kind', () => {
    expect(DocumentDraft.safeParse({ ...SAMPLES.GM, invitation: null }).success).toBe(false);
    expect(DocumentDraft.safeParse({ ...SAMPLES.KH, kind: 'XYZ' }).success).toBe(false);
  });
});

describe('the length of a number', () => {
  const base = { ...SAMPLES.KH, number: null, symbol: null };

  it('leaves room for any number issuing makes: a sequence, "/", a draft’s ký hiệu or the kind and the issuer', () => {
    const longestKind = Math.max(...DocumentKind.options.map((kind) => kind.length));
    const sequence = '/'.length + 9;
    expect(DOCUMENT_SYMBOL_MAX + sequence).toBeLessThanOrEqual(DOCUMENT_NUMBER_MAX);
    expect(longestKind + 1 + ISSUER_ABBREVIATION_MAX + sequence).toBeLessThanOrEqual(DOCUMENT_NUMBER_MAX);
  });

  it('refuses a longer number or ký hiệu in a draft, and answers one stored before', () => {
    const number = `01/KH-${'X'.repeat(DOCUMENT_NUMBER_MAX)}`;
    const symbol = `KH-${'X'.repeat(DOCUMENT_SYMBOL_MAX)}`;
    const paths = (draft: unknown) =>
      DocumentDraft.safeParse(draft).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...base, number })).toEqual(['number']);
    expect(paths({ ...base, symbol })).toEqual(['symbol']);
    expect(StoredDocumentDraft.safeParse({ ...base, number, symbol }).success).toBe(true);
    expect(StoredDocumentDraft.safeParse({ ...base, kind: 'GM', invitation: null }).success).toBe(false);
  });
});
