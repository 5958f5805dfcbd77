import { describe, expect, it } from 'vitest';
import { ConferenceInput } from '../../../contracts/conferences';
import {
  budgetTotal,
  emptyConferenceForm,
  formToInput,
  rowsToBudget,
  validateBudget,
  validateConferenceForm,
  type BudgetRow,
  type ConferenceForm,
} from './conference-form-state';

const form = (patch: Partial<ConferenceForm>): ConferenceForm => ({
  ...emptyConferenceForm(),
  title: 'Hội nghị tổng kết phong trào năm 2025',
  ...patch,
});
const session = (label: string, start: string, end = '') => ({ key: label + start, label, start, end });
const row = (text: string, amount: number | '', source = ''): BudgetRow => ({
  key: text,
  text,
  amount,
  source,
});

describe('formToInput', () => {
  it('turns blanks into null and keeps the typed values', () => {
    const input = formToInput(
      form({ venue: '  ', chair: ' Chủ tịch UBND xã ', capacity: '', expectedAttendees: 120, date: '' }),
    );
    expect(input).toMatchObject({
      venue: null,
      chair: 'Chủ tịch UBND xã',
      capacity: null,
      expectedAttendees: 120,
    });
    expect(input.date).toBeNull();
    expect(ConferenceInput.safeParse(input).success).toBe(true);
  });

  it.each([
    ['an empty session row is left out', [session('', '')], 0],
    ['a session with times is kept', [session('Sáng', '07:30', '11:30')], 1],
    ['two sessions stay in order', [session('Sáng', '07:30'), session('Chiều', '13:30')], 2],
  ])('%s', (_name, sessions, count) => {
    expect(formToInput(form({ sessions })).sessions).toHaveLength(count);
  });
});

describe('validateConferenceForm', () => {
  it.each([
    ['a complete form', form({}), {}],
    ['a missing title', form({ title: ' ' }), { title: 'Thiếu tên hội nghị' }],
    [
      'a clock that is not HH:MM',
      form({ sessions: [session('Sáng', '7h30')] }),
      { 'sessions.0.start': 'Giờ phải có dạng HH:MM' },
    ],
    [
      'an end before the start',
      form({ sessions: [session('Sáng', '11:30', '07:30')] }),
      { 'sessions.0.end': 'Giờ kết thúc phải sau giờ bắt đầu' },
    ],
    [
      'a session without a label',
      form({ sessions: [session('', '07:30')] }),
      { 'sessions.0.label': expect.any(String) },
    ],
  ])('%s', (_name, value, errors) => {
    expect(validateConferenceForm(value)).toEqual(errors);
  });
});

describe('budget', () => {
  it.each([
    ['no rows', [], 0],
    ['amounts add up', [row('Khánh tiết', 2_000_000), row('Khen thưởng', 15_500_000)], 17_500_000],
    ['a line without an amount counts 0', [row('Nước uống', ''), row('Âm thanh', 3_000_000)], 3_000_000],
  ])('totals %s', (_name, rows, total) => {
    expect(budgetTotal(rows)).toBe(total);
  });

  it('drops blank rows and keeps the source', () => {
    expect(rowsToBudget([row('', ''), row('Khen thưởng', 1000, 'Quỹ Thi đua - Khen thưởng')])).toEqual({
      lines: [{ text: 'Khen thưởng', amount: 1000, source: 'Quỹ Thi đua - Khen thưởng' }],
    });
  });

  it('refuses an amount without a text, at the row where it is', () => {
    expect(validateBudget([row('', ''), row('', 500)])).toEqual({
      'lines.1.text': 'Nhập nội dung khoản chi',
    });
  });
});
