import { describe, expect, it } from 'vitest';
import { CreatePlanBody } from '../../../contracts/plans';
import type { UnitSummary } from '../../../contracts/units';
import seedDraft from '../../../core/documents/fixtures/seed-003.json';
import {
  checkImportedForm,
  errorCount,
  importCreateBody,
  importedPlanForm,
  partyNamesOf,
  resolutionTone,
  symbolOf,
} from './import-form-state';
import { ImportedDraft, type NameResolution } from './plan-import.queries';

const commune: UnitSummary = {
  id: 7,
  code: '42-CX',
  level: 'commune',
  type: 'xã',
  name: 'Cẩm Xuyên',
  fullName: 'xã Cẩm Xuyên',
  shortName: null,
  parentCode: '42',
  validFrom: null,
  validTo: null,
  isOfficial: true,
};

const seed = ImportedDraft.parse(seedDraft);

describe('importedPlanForm', () => {
  const form = importedPlanForm(seed, commune, 2030);

  it('keeps every part the importer read, printed as read', () => {
    expect(form.doc.title).toBe(seed.title);
    expect(form.doc.issuerName).toBe(seed.issuer.name);
    expect(form.doc.signerName).toBe('Lại Văn Thơm');
    expect(form.doc.recipients.split('\n')).toHaveLength(6);
    expect(form.doc.body).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(form.doc.unit).toBe(commune);
    expect(form.printParts).toBe(false);
    expect(form.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual(
      seed.targets.map((t) => [t.comparator, t.value ?? '', t.unit ?? '']),
    );
    expect(form.tasks[0]).toMatchObject({
      lead: ['Công chức Văn hóa - Xã hội'],
      deadline: 'Cả năm 2023',
    });
  });

  it('takes the year from the date, keeps the ký hiệu and drops the number', () => {
    expect(form.year).toBe(2023);
    expect(form.targets.every((t) => t.year === 2023)).toBe(true);
    expect(form.doc.symbol).toBe('KH-BCĐ');
  });

  it('takes the year from the title when the date was not read, else the fallback', () => {
    expect(importedPlanForm({ ...seed, date: null }, null, 2030).year).toBe(2023);
    expect(importedPlanForm({ ...seed, date: null, title: 'Tổ chức hội nghị' }, null, 2030).year).toBe(2030);
  });
});

describe('checkImportedForm and importCreateBody', () => {
  it('marks the empty strings of a half-understood draft as fields to fill', () => {
    const half = { ...seed, title: '', place: '', signer: { ...seed.signer, name: '' } };
    const checked = checkImportedForm(importedPlanForm(half, commune, 2030));
    expect(checked.draft).toBeNull();
    expect(Object.keys(checked.errors.doc).sort()).toEqual(['place', 'signerName', 'title']);
    expect(checked.errors.doc.place).toBe('Nhập địa danh nơi ban hành');
    expect(errorCount(checked.errors)).toBe(3);
  });

  it('counts a task without a lead as a field to fill', () => {
    const form = importedPlanForm(seed, commune, 2030);
    form.tasks[0] = { ...form.tasks[0]!, lead: [] };
    const checked = checkImportedForm(form);
    expect(checked.errors.tasks[form.tasks[0].key]).toEqual({ text: undefined, lead: expect.any(String) });
    expect(errorCount(checked.errors)).toBe(1);
  });

  it('builds a body the server accepts: printed as read, its year, the unit, tasks by name', () => {
    const form = importedPlanForm(seed, commune, 2030);
    const checked = checkImportedForm(form);
    expect(checked.draft).not.toBeNull();
    const body = importCreateBody(form, checked.draft!, seed);
    expect(CreatePlanBody.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ unit: '42-CX', printParts: false, year: 2023, parentPlanId: null });
    expect(body.tasks).toHaveLength(seed.tasks.length);
    expect(body.tasks[0]!.deadline).toMatchObject({
      raw: 'Cả năm 2023',
      from: '2023-01-01',
      to: '2023-12-31',
    });
    expect(body.targets[0]).toMatchObject({ comparator: '>=', value: 86, unit: '%', year: 2023 });
    expect(body.draft.number).toBeNull();
  });
});

describe('symbolOf and partyNamesOf', () => {
  it.each([
    ['34/KH-BCĐ', 'KH-BCĐ'],
    ['1066/ KH-SGDĐT', 'KH-SGDĐT'],
    ['34', null],
    [null, null],
  ])('symbolOf(%j) is %j', (number, symbol) => {
    expect(symbolOf(number)).toBe(symbol);
  });

  it('lists each lead and coordinating name once, blanks left out', () => {
    const tasks = [
      { lead: ['UBND xã'], support: ['MTTQ', ' '] },
      { lead: ['MTTQ'], support: ['Các thôn'] },
    ].map((t, i) => ({ ...t, key: String(i), id: null, text: 'x', deadline: '' }));
    expect(partyNamesOf({ tasks })).toEqual(['Các thôn', 'MTTQ', 'UBND xã']);
  });
});

describe('resolutionTone', () => {
  const base: NameResolution = {
    name: 'x',
    kind: 'unit',
    unitCode: '1',
    unitName: 'y',
    confidence: 1,
    mapped: false,
    members: 0,
  };
  it.each([
    [{ confidence: 0.95 }, 'sure', false],
    [{ confidence: 0.75 }, 'close', true],
    [{ confidence: 0.75, mapped: true }, 'sure', false],
    [{ kind: 'unmatched', confidence: 0 }, 'unmatched', true],
    [{ kind: 'collective', members: 12 }, 'collective', false],
    [{ kind: 'position' }, 'position', false],
  ] as const)('%j reads as %s (mappable: %s)', (patch, tone, canMap) => {
    expect(resolutionTone({ ...base, ...patch })).toEqual({ tone, canMap });
  });
});
