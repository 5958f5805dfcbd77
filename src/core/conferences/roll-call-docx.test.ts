import { describe, expect, it } from 'vitest';
import { inspectDocx } from '../documents/inspect-docx';
import {
  callOrder,
  decisionPhrase,
  mcLine,
  renderRollCall,
  rollCallLines,
  type RollCall,
} from './roll-call-docx';

const person = (kind: 'collective' | 'individual' | 'household', name: string, extra = {}) => ({
  kind,
  name,
  detail: null,
  awardForm: 'Giấy khen của Chủ tịch UBND xã',
  decisionNumber: null,
  ...extra,
});

describe('callOrder', () => {
  it('calls collectives, then individuals, then households, each kind in the typed order', () => {
    const typed = [
      person('individual', 'A'),
      person('household', 'B'),
      person('collective', 'C'),
      person('individual', 'D'),
      person('collective', 'E'),
    ];
    expect(callOrder(typed).map((a) => a.name)).toEqual(['C', 'E', 'A', 'D', 'B']);
  });
});

describe('mcLine', () => {
  it.each([
    [
      'Nguyễn Văn A, Chủ tịch UBND tỉnh',
      [person('collective', 'X', { awardForm: 'Bằng khen của Chủ tịch UBND tỉnh' })],
      'Trân trọng kính mời đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh lên trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể sau:',
    ],
    [
      'Đồng chí Lê Thị B',
      [person('individual', 'X'), person('collective', 'Y')],
      'Trân trọng kính mời đồng chí Lê Thị B lên trao Giấy khen của Chủ tịch UBND xã cho các tập thể, cá nhân sau:',
    ],
    [
      null,
      [
        person('household', 'X', { awardForm: 'Giấy khen' }),
        person('individual', 'Y', { awardForm: 'Giấy chứng nhận' }),
      ],
      'Trân trọng kính mời đồng chí …………………… lên trao Giấy khen và Giấy chứng nhận cho các cá nhân, hộ gia đình sau:',
    ],
  ])('invites %j', (presenter, awardees, line) => {
    expect(mcLine({ presenter, awardees })).toBe(line);
  });
});

describe('decisionPhrase', () => {
  it.each([
    ['125/QĐ-UBND', 'Quyết định số 125/QĐ-UBND'],
    ['Quyết định số 12/QĐ-UBND ngày 05/3/2030', 'Quyết định số 12/QĐ-UBND ngày 05/3/2030'],
  ])('%s', (input, phrase) => expect(decisionPhrase(input)).toBe(phrase));
});

const ceremony: RollCall = {
  conferenceTitle: 'Hội nghị tổng kết phong trào thi đua năm 2029',
  hostName: 'Ủy ban nhân dân xã Cẩm Xuyên',
  batches: [
    {
      title: 'Bằng khen của Chủ tịch UBND tỉnh',
      presenter: 'Nguyễn Văn A, Phó Chủ tịch UBND tỉnh',
      awardees: [
        person('individual', 'Trần Thị B', {
          detail: 'Chủ tịch Hội LHPN xã',
          awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
          decisionNumber: '125/QĐ-UBND',
        }),
        person('collective', 'Thôn Trung Hòa', {
          awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
          decisionNumber: '125/QĐ-UBND',
        }),
      ],
    },
    {
      title: 'Đợt 2: Giấy khen',
      presenter: 'Lê Văn C',
      awardees: [
        person('household', 'ông Phan Văn D', { detail: 'thôn 3', decisionNumber: '12/QĐ-UBND' }),
        person('household', 'Hộ bà Võ Thị E', { detail: 'thôn 5', decisionNumber: '13/QĐ-UBND' }),
      ],
    },
    { title: 'Đợt rỗng', presenter: null, awardees: [] },
  ],
};

describe('rollCallLines', () => {
  it('writes per batch the heading, the invitation, the decision and the numbered list', () => {
    const lines = rollCallLines(ceremony).filter((l) => !['intro'].includes(l.style));
    expect(lines.map((l) => `${l.style}|${l.text}`)).toEqual([
      'host|ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN',
      'title|KỊCH BẢN CÔNG BỐ KHEN THƯỞNG',
      'subtitle|Hội nghị tổng kết phong trào thi đua năm 2029',
      'batch|Đợt 1: Bằng khen của Chủ tịch UBND tỉnh',
      'mc|Trân trọng kính mời đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh lên trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân sau:',
      'decision|(Theo Quyết định số 125/QĐ-UBND)',
      'kind|Tập thể:',
      'item|1. Thôn Trung Hòa',
      'kind|Cá nhân:',
      'item|2. Trần Thị B, Chủ tịch Hội LHPN xã',
      'note|(Nhạc chào mừng. Trao khen thưởng, chụp ảnh lưu niệm.)',
      'batch|Đợt 2: Giấy khen',
      'mc|Trân trọng kính mời đồng chí Lê Văn C lên trao Giấy khen của Chủ tịch UBND xã cho các hộ gia đình sau:',
      'item|1. Hộ ông Phan Văn D, thôn 3 (theo Quyết định số 12/QĐ-UBND)',
      'item|2. Hộ bà Võ Thị E, thôn 5 (theo Quyết định số 13/QĐ-UBND)',
      'note|(Nhạc chào mừng. Trao khen thưởng, chụp ảnh lưu niệm.)',
    ]);
  });

  it('says so when there is nobody to call', () => {
    expect(rollCallLines({ conferenceTitle: 'HN', batches: [] }).at(-1)!.text).toBe(
      '(Chưa có danh sách khen thưởng.)',
    );
  });
});

describe('renderRollCall', () => {
  it('prints the lines in Times New Roman 13–14 on A4 with the margins of NĐ 30', async () => {
    const docx = await inspectDocx(await renderRollCall(ceremony));
    const mc = docx.find(/^Trân trọng kính mời đồng chí Nguyễn Văn A/);
    expect(mc.isBold).toBe(true);
    expect(mc.sizes).toEqual([14]);
    expect(docx.find('2. Trần Thị B, Chủ tịch Hội LHPN xã').sizes).toEqual([14]);
    expect(docx.find('(Theo Quyết định số 125/QĐ-UBND)').isItalic).toBe(true);
    const texts = docx.paragraphs.map((p) => p.text).filter(Boolean);
    expect(texts.indexOf('1. Thôn Trung Hòa')).toBeLessThan(
      texts.indexOf('2. Trần Thị B, Chủ tịch Hội LHPN xã'),
    );
    for (const p of docx.paragraphs.filter((p) => p.text))
      expect(p.sizes.every((s) => s >= 13 && s <= 14)).toBe(true);
    expect(docx.document).toContain('w:ascii="Times New Roman"');
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docx.document).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(docx.document).toMatch(/<w:pgMar [^>]*w:right="850"/);
  });
});
