import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan';
import type { DraftSection, PlanDraft } from './plan-draft';
import { DEFAULT_CLOSING, DEFAULT_HEAD, planWith } from './plan-snippet';

const LETTERHEAD = 'UBND HUYỆN CẨM XUYÊN\nPHÒNG VĂN HÓA VÀ THÔNG TIN';
const NATIONAL = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
const SIGNATURE = 'Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.';

const draftOf = (text: string): PlanDraft => parsePlanText(text);

/** Every label, title and text of the section tree, in order, for "is this line still there" checks. */
function texts(sections: DraftSection[]): string[] {
  return sections.flatMap((s) =>
    [s.label, s.title, s.text].filter((t): t is string => t !== null).concat(texts(s.children)),
  );
}
/** The top-level section printed with `label`. */
function sectionOf(draft: PlanDraft, label: string): DraftSection {
  const found = draft.sections.find((s) => s.label === label);
  if (!found) throw new Error(`no section ${label}`);
  return found;
}
const allText = (sections: DraftSection[]) => texts(sections).join('\n');

describe('number lines (Số, ký hiệu)', () => {
  it.each<[string, string, string | null, string | null]>([
    ['Số: 1066 /KH-SGDĐT', `${LETTERHEAD}\nSố: 1066 /KH-SGDĐT`, '1066/KH-SGDĐT', 'KH-SGDĐT'],
    ['Số: 25/KH-UBND', `${LETTERHEAD}\nSố: 25/KH-UBND`, '25/KH-UBND', 'KH-UBND'],
    ['Số:34/KH-BCĐ without a space', `${LETTERHEAD}\nSố:34/KH-BCĐ`, '34/KH-BCĐ', 'KH-BCĐ'],
    ['Số: 05 / KH - UBND spaced out', `${LETTERHEAD}\nSố: 05 / KH-UBND`, '05/KH-UBND', 'KH-UBND'],
    [
      '"Số:   25" read across from "/KH-PGD&ĐT" lines later',
      `${LETTERHEAD}\nSố:   25\nCẩm Xuyên, ngày 10 tháng 3 năm 2023\n/KH-PGD&ĐT`,
      '25/KH-PGD&ĐT',
      'KH-PGD&ĐT',
    ],
    [
      'number and date on one line in two columns',
      `${LETTERHEAD}\nSố: 34/KH-BCĐ        Quyết Thắng, ngày 28 tháng 02 năm 2023`,
      '34/KH-BCĐ',
      'KH-BCĐ',
    ],
    ['a blank number "Số:    /KH-UBND"', `${LETTERHEAD}\nSố:    /KH-UBND`, null, 'KH-UBND'],
  ])('reads %s', (_name, head, number, symbol) => {
    const draft = draftOf(planWith('', { head: `${head}\n${NATIONAL}` }));
    expect({ number: draft.number, symbol: draft.symbol }).toEqual({ number, symbol });
  });

  it('keeps the issuer free of the number split from its ký hiệu', () => {
    const head = `${LETTERHEAD}\nSố:   25\nCẩm Xuyên, ngày 10 tháng 3 năm 2023\n/KH-PGD&ĐT`;
    expect(draftOf(planWith('', { head })).issuer).toEqual({
      parent: 'UBND HUYỆN CẨM XUYÊN',
      name: 'PHÒNG VĂN HÓA VÀ THÔNG TIN',
    });
  });
});

describe('place and date lines', () => {
  it.each<[string, string, string, string | null]>([
    ['Hà Nội, ngày  05  tháng 3 năm 2021', 'Hà Nội, ngày  05  tháng 3 năm 2021', 'Hà Nội', '2021-03-05'],
    ['two-digit month', 'Quyết Thắng, ngày 28 tháng 02 năm 2023', 'Quyết Thắng', '2023-02-28'],
    ['digits without "ngày"', 'Vạn Ninh, 15/11/2023', 'Vạn Ninh', '2023-11-15'],
    ['digits with "ngày"', 'Cẩm Xuyên, ngày 05/01/2021', 'Cẩm Xuyên', '2021-01-05'],
    ['split over two lines', 'Hà Tĩnh, ngày 05 tháng\n3 năm 2020', 'Hà Tĩnh', '2020-03-05'],
    [
      'a long place name',
      'Thành phố Hồ Chí Minh, ngày 31 tháng 12 năm 2022',
      'Thành phố Hồ Chí Minh',
      '2022-12-31',
    ],
    ['an impossible day', 'Hà Nội, ngày 31 tháng 02 năm 2021', 'Hà Nội', null],
    ['a blank day left for the signer', 'Hà Nội, ngày      tháng 3 năm 2021', 'Hà Nội', null],
  ])('reads %s', (_name, line, place, date) => {
    const draft = draftOf(planWith('', { head: `${LETTERHEAD}\n${NATIONAL}\nSố: 12/KH-VHTT\n${line}` }));
    expect({ place: draft.place, date: draft.date }).toEqual({ place, date });
  });
});

describe('titles (trích yếu)', () => {
  it.each<[string, string, string]>([
    ['one line', 'Thực hiện phong trào năm 2023', 'Thực hiện phong trào năm 2023'],
    [
      'capitals over three lines',
      'TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO\n“TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA”\nNĂM 2021',
      'TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO “TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA” NĂM 2021',
    ],
    [
      'sentence case wrapped mid-phrase',
      'Tổ chức Hội nghị tổng kết phong trào “Toàn dân đoàn kết xây dựng\nđời sống văn hóa” năm 2021',
      'Tổ chức Hội nghị tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2021',
    ],
    [
      'sentence case wrapped after a connector',
      'Triển khai thực hiện Chỉ thị số 05-CT/TU của\nBan Thường vụ Tỉnh ủy năm 2023',
      'Triển khai thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy năm 2023',
    ],
  ])('reads a title on %s', (_name, title, expected) => {
    expect(draftOf(planWith('', { title })).title).toBe(expected);
  });
});

describe('legal bases (căn cứ)', () => {
  it.each<[string, string, string[]]>([
    [
      'two "Căn cứ" lines',
      'Căn cứ Luật Thi đua, khen thưởng năm 2022;\nCăn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND huyện;\nPhòng Văn hóa và Thông tin xây dựng Kế hoạch như sau:',
      [
        'Căn cứ Luật Thi đua, khen thưởng năm 2022;',
        'Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND huyện;',
      ],
    ],
    [
      '"Thực hiện" then the preamble on its own line',
      'Thực hiện Công văn 3519/SNV-TĐKT ngày 19/10/2023 của Sở Nội vụ;\nUBND huyện Vạn Ninh xây dựng Kế hoạch như sau:',
      ['Thực hiện Công văn 3519/SNV-TĐKT ngày 19/10/2023 của Sở Nội vụ;'],
    ],
    [
      '"Theo đề nghị"',
      'Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2023 của UBND huyện;\nTheo đề nghị của Trưởng phòng Nội vụ,\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:',
      [
        'Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2023 của UBND huyện;',
        'Theo đề nghị của Trưởng phòng Nội vụ,',
      ],
    ],
    [
      'a basis and the preamble in one sentence',
      'Thực hiện Kế hoạch số 154/KH-UBND ngày 08/7/2019 của UBND Thành phố, Sở Văn hoá và Thể thao ban hành Kế hoạch tổ chức Hội nghị, cụ thể như sau:',
      ['Thực hiện Kế hoạch số 154/KH-UBND ngày 08/7/2019 của UBND Thành phố,'],
    ],
    [
      'a basis and the preamble in one paragraph, two sentences',
      'Căn cứ Kế hoạch số 03/KH-UBND ngày 05/01/2021 của UBND tỉnh về hội nghị tổng kết. Ủy ban nhân dân huyện ban hành Kế hoạch tổ chức hội nghị, cụ thể như sau:',
      ['Căn cứ Kế hoạch số 03/KH-UBND ngày 05/01/2021 của UBND tỉnh về hội nghị tổng kết.'],
    ],
    ['no basis at all', 'Phòng Văn hóa và Thông tin xây dựng Kế hoạch như sau:', []],
  ])('reads %s', (_name, bases, expected) => {
    expect(draftOf(planWith('', { bases })).legalBases).toEqual(expected);
  });
});

describe('signer blocks', () => {
  it.each<[string, string, PlanDraft['signer']]>([
    [
      'TM. with a deputy (KT.)',
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nTrần Văn Bình',
      {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        delegation: 'KT. CHỦ TỊCH',
        position: 'PHÓ CHỦ TỊCH',
        name: 'Trần Văn Bình',
      },
    ],
    [
      'TM. with the head signing',
      'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thị Hoa',
      { authority: 'TM. ỦY BAN NHÂN DÂN', delegation: null, position: 'CHỦ TỊCH', name: 'Lê Thị Hoa' },
    ],
    [
      'an acting head (Q.)',
      'Q. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐặng Minh Khoa',
      { authority: null, delegation: 'Q. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Đặng Minh Khoa' },
    ],
    [
      'by order (TL.)',
      'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nPhạm Quốc Huy',
      { authority: 'TL. CHỦ TỊCH', delegation: null, position: 'CHÁNH VĂN PHÒNG', name: 'Phạm Quốc Huy' },
    ],
    [
      'two-line position of an advisory body',
      'TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nCHỦ TỊCH UBND XÃ\nNguyễn Văn Hùng',
      {
        authority: 'TM. BAN CHỈ ĐẠO',
        delegation: null,
        position: 'TRƯỞNG BAN\nCHỦ TỊCH UBND XÃ',
        name: 'Nguyễn Văn Hùng',
      },
    ],
    [
      'a plain head',
      'TRƯỞNG PHÒNG\nNguyễn Văn An',
      { authority: null, delegation: null, position: 'TRƯỞNG PHÒNG', name: 'Nguyễn Văn An' },
    ],
  ])('reads %s', (_name, block, signer) => {
    const closing = `Trên đây là Kế hoạch của Phòng./.\n${SIGNATURE}\n${block}`;
    expect(draftOf(planWith('', { closing })).signer).toEqual(signer);
  });
});

describe('Nơi nhận', () => {
  it.each<[string, string, string[]]>([
    [
      '"(b/c)" and "Lưu: VT, ..."',
      'Nơi nhận:\n- Sở VHTTDL (b/c);\n- TT Huyện ủy, HĐND huyện (b/c);\n- Các xã, thị trấn;\n- Lưu: VT, VHTT.',
      ['Sở VHTTDL (b/c);', 'TT Huyện ủy, HĐND huyện (b/c);', 'Các xã, thị trấn;', 'Lưu: VT, VHTT.'],
    ],
    [
      'a recipient wrapped over two lines',
      'Nơi nhận:\n- Ban Thường vụ Huyện ủy, Thường trực\nHĐND huyện (b/c);\n- Lưu: VT.',
      ['Ban Thường vụ Huyện ủy, Thường trực HĐND huyện (b/c);', 'Lưu: VT.'],
    ],
    ['"Lưu" without a dash', 'Nơi nhận:\n- Như trên;\nLưu: VT, NV.', ['Như trên;', 'Lưu: VT, NV.']],
  ])('reads %s', (_name, block, recipients) => {
    const closing = `Trên đây là Kế hoạch của Phòng./.\n${block}\nTRƯỞNG PHÒNG\nNguyễn Văn An`;
    expect(draftOf(planWith('', { closing })).recipients).toEqual(recipients);
  });
});

describe('noise between pages', () => {
  const BODY =
    'II. NỘI DUNG\n1. Tuyên truyền sâu rộng về phong trào trên các phương tiện thông tin đại chúng.\n2. Tổ chức hội thi văn nghệ quần chúng.';

  it.each<[string, string]>([
    [
      'an e-signature block',
      `${DEFAULT_CLOSING}\nNgười ký: Phòng Văn hóa và Thông tin\nEmail: vhtt@camxuyen.gov.vn\nCơ quan: Huyện Cẩm Xuyên\nThời gian ký: 2020.03.27 14:26:14 +07:00`,
    ],
    ['a lone timestamp', `${DEFAULT_CLOSING}\n2020.03.27 14:26:14 +07:00`],
    [
      'an e-signature block read between the signer lines',
      DEFAULT_CLOSING.replace(
        'TRƯỞNG PHÒNG',
        'TRƯỞNG PHÒNG\nNgười ký: Nguyễn Văn An\nThời gian ký: 27.03.2020 14:26:14 +07:00',
      ),
    ],
  ])('drops %s and still reads the signer', (_name, closing) => {
    const draft = draftOf(planWith(BODY, { closing }));
    expect(draft.signer).toEqual({
      authority: null,
      delegation: null,
      position: 'TRƯỞNG PHÒNG',
      name: 'Nguyễn Văn An',
    });
    expect(JSON.stringify(draft)).not.toMatch(/14:26|@camxuyen/);
  });

  it.each<[string, string]>([
    ['"- 2 -"', '- 2 -'],
    ['"Trang 2/5"', 'Trang 2/5'],
    ['a bare number after a form feed', '\f2'],
    ['a bare number before a form feed', '2\f'],
  ])('drops the page number %s and joins the sentence it cut', (_name, page) => {
    const snippet = `II. NỘI DUNG\n1. Tuyên truyền sâu rộng về phong trào trên các phương tiện thông tin\n${page}\nđại chúng của huyện.\n2. Tổ chức hội thi.`;
    expect(sectionOf(draftOf(planWith(snippet)), 'II.').children[0]!.text).toBe(
      'Tuyên truyền sâu rộng về phong trào trên các phương tiện thông tin đại chúng của huyện.',
    );
  });

  it('keeps the row numbers of a table flattened one cell per line', () => {
    const table =
      'II. NỘI DUNG\nTT\nNội dung\nThời gian\n1\nHội thi văn nghệ\nTháng 4\n2\nHội thao\nTháng 5\n3\nTổng kết\nTháng 12';
    const text = allText(draftOf(planWith(table)).sections);
    for (const n of ['1', '2', '3']) expect(text).toMatch(new RegExp(`(^|\\s)${n}(\\s|$)`));
  });

  it('drops a lone page number between blank lines in the page sequence', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `- Nội dung thứ ${i + 1} của mục này.\n`).join('\n');
    const snippet = `II. NỘI DUNG\n${filler}\n\n\n27\n\n\n${filler}`;
    expect(allText(draftOf(planWith(snippet)).sections)).not.toMatch(/(^|\s)27(\s|$)/);
  });
});

describe('wrapped lines', () => {
  it.each<[string, string, string]>([
    [
      'a line ending on a connector',
      'II. NỘI DUNG\n1. Tổ chức tuyên truyền về ý nghĩa của\nphong trào trên địa bàn.',
      'Tổ chức tuyên truyền về ý nghĩa của phong trào trên địa bàn.',
    ],
    [
      'a continuation in lower case',
      'II. NỘI DUNG\n1. Tổ chức tuyên truyền về ý nghĩa, mục đích\nphong trào trên địa bàn.',
      'Tổ chức tuyên truyền về ý nghĩa, mục đích phong trào trên địa bàn.',
    ],
    [
      'a heading in capitals over two lines',
      'II. ĐỊNH HƯỚNG, MỤC TIÊU THỰC HIỆN PHONG TRÀO GIAI\nĐOẠN 2021-2025\n1. Mục tiêu chung.',
      'ĐỊNH HƯỚNG, MỤC TIÊU THỰC HIỆN PHONG TRÀO GIAI ĐOẠN 2021-2025',
    ],
  ])('joins %s', (_name, snippet, expected) => {
    expect(texts(draftOf(planWith(snippet)).sections)).toContain(expected);
  });

  it('does not join two sentences that each end', () => {
    const snippet = 'II. NỘI DUNG\n1. Tổ chức tuyên truyền.\nPhát động phong trào thi đua.';
    expect(sectionOf(draftOf(planWith(snippet)), 'II.').children[0]!.children).toHaveLength(1);
  });
});

it('reads the default wrapper without warnings about its parts', () => {
  const draft = draftOf(planWith('II. NỘI DUNG\n1. Tổ chức tuyên truyền.'));
  expect(draft.warnings).toEqual([]);
  expect(DEFAULT_HEAD).toContain('Số:');
});
