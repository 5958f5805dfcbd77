import { describe, expect, it } from 'vitest';
import { findTimePhrase, parseTimePhrase } from '../../../core/dates/time-phrases';
import { splitUnits } from '../../../core/import/line-kinds';
import { parsePlanText } from '../../../core/import/parse-plan';
import { conferencePlanWith, planWith } from '../../../core/import/plan-snippet';
import { readTarget } from '../../../core/import/targets';
import { finishes } from '../../testing/finishes';

/** Lines of about 50–100 KB, one shape each, that made a pattern of the importer backtrack (issue 11, item 2). */
describe('no line freezes the importer', () => {
  it('reads filler words before a deadline one way only ("thực hiện" 40 times was 2^40 tries)', () => {
    expect(finishes(() => parseTimePhrase(`${'Thực hiện '.repeat(40)}x`))).toMatchObject({ kind: 'unknown' });
    expect(
      finishes(() => parseTimePhrase(`${'Thời gian thực hiện: '.repeat(3_000)}Quý I năm 2023`)),
    ).toMatchObject({ kind: 'range', from: '2023-01-01', to: '2023-03-31' });
    const plan = planWith(
      'II. NỘI DUNG\n1. Tổ chức hội thi\n- Đơn vị thực hiện: Phòng Văn hóa và Thông tin\n' +
        `- Thời gian thực hiện: ${'thực hiện '.repeat(40)}x`,
    );
    const [task] = finishes(() => parsePlanText(plan)).tasks;
    expect(task).toMatchObject({
      lead: ['Phòng Văn hóa và Thông tin'],
      deadline: { raw: `${'thực hiện '.repeat(40)}x`, from: null, to: null },
    });
  });

  // The document-number check only ever saw 60 characters, so it never froze; this keeps its rewrite's answer.
  it('still skips the date of a cited document among many citations', () => {
    const text = `${'theo Kế hoạch số 03/KH-UBND ngày 05/01/2021, '.repeat(2_000)}gửi về trước ngày 25/4/2021.`;
    expect(finishes(() => findTimePhrase(text))).toMatchObject({
      raw: 'trước ngày 25/4/2021',
      to: '2021-04-24',
    });
  });

  it('reads a programme item with a long run of commas and no presenter', () => {
    const plan = conferencePlanWith(
      `II. CHƯƠNG TRÌNH HỘI NGHỊ\n1. Khai mạc${' ,'.repeat(30_000)} x\n2. Báo cáo tổng kết (Phòng Nội vụ)`,
    );
    const agenda = finishes(() => parsePlanText(plan)).conference!.agenda;
    expect(agenda[0]).toEqual({ order: 1, title: `Khai mạc${' ,'.repeat(30_000)} x`, presenter: null });
    expect(agenda[1]).toEqual({ order: 2, title: 'Báo cáo tổng kết', presenter: 'Phòng Nội vụ' });
  });

  it('counts the tham luận after a long run of zeros', () => {
    const plan = conferencePlanWith(
      `II. NỘI DUNG\n- ${'0'.repeat(100_000)}! Các đơn vị chuẩn bị 03 tham luận`,
    );
    expect(finishes(() => parsePlanText(plan)).conference!.presentations).toMatchObject({ count: 3 });
  });

  it('reads a long recipient line of "A." without a title after it', () => {
    const closing = `Trên đây là kế hoạch./.\nNơi nhận:\n- ${'A. '.repeat(17_000)}x\n- Lưu: VT.\nTM. UBND\nNguyễn Văn An`;
    const draft = finishes(() => parsePlanText(planWith('II. NỘI DUNG\n- Việc', { closing })));
    expect(draft.recipients).toEqual(['A. '.repeat(100), 'Lưu: VT.']);
  });

  it('keeps an "Email:" line of many "@" that is no address', () => {
    const closing = `Trên đây là kế hoạch./.\nNơi nhận:\n- Lưu: VT.\nTM. UBND\nNguyễn Văn An\nEmail: ${'@'.repeat(100_000)} x`;
    const draft = finishes(() => parsePlanText(planWith('II. NỘI DUNG\n- Việc', { closing })));
    expect(draft.warnings.some((w) => w.message.includes('thông tin chữ ký số'))).toBe(false);
    expect(draft.warnings.some((w) => w.message.includes('“Email: @@@'))).toBe(true);
  });

  it('strips comparing words before a figure one way only ("đạt từ" was "đạt" + "từ" too)', () => {
    const many = ' đạt từ'.repeat(30);
    expect(finishes(() => readTarget(`Tỷ lệ hộ${many} x đạt 90%`))).toMatchObject({
      indicator: `Tỷ lệ hộ${many} x`,
      value: 90,
      unit: '%',
    });
    const long = ' là'.repeat(33_000);
    expect(finishes(() => readTarget(`Tỷ lệ hộ${long} x đạt 90%`))?.indicator).toBe(`Tỷ lệ hộ${long} x`);
  });

  it('splits a long list of units in one pass', () => {
    expect(finishes(() => splitUnits(`${'A và '.repeat(12_000)}UBND huyện`))).toEqual(['UBND huyện']);
    expect(finishes(() => splitUnits(`Phòng Văn hóa${', a'.repeat(33_000)}, MTTQ`))).toEqual(['MTTQ']);
  });

  it('does not take a long last paragraph of "đề nghị các" for the closing request', () => {
    const plan = planWith(
      `II. NỘI DUNG\n1. Tổ chức hội thi\nUBND huyện ${'đề nghị các '.repeat(4_000)}đơn vị.`,
      {
        closing: 'Nơi nhận:\n- Lưu: VT.\nTM. UBND\nNguyễn Văn An',
      },
    );
    // Still inside its item: a closing paragraph would have been moved after the sections.
    const [item] = finishes(() => parsePlanText(plan)).sections.at(-1)!.children;
    expect(item!.title).toBe('Tổ chức hội thi');
    expect(item!.children.map((c) => c.text?.slice(0, 34))).toEqual(['UBND huyện đề nghị các đề nghị các']);
  });
});
