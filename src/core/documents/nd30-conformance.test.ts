import { describe, expect, it } from 'vitest';
import { renderDocx } from './build-docx';
import { inspectDocx } from './inspect-docx';
import { SAMPLES } from './samples';
import { QUOC_HIEU, TIEU_NGU } from './docx-header';

/** Each rule of the element table of NĐ 30/2020 (Phụ lục I), read back from the DOCX XML. */
describe('NĐ 30/2020 conformance of a Kế hoạch', async () => {
  const docx = await inspectDocx(await renderDocx(SAMPLES.KH));

  it('is A4 portrait with margins top 20, bottom 20, left 30, right 15 mm', () => {
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(docx.document)![1]!;
    expect(mar).toMatch(/w:top="1134"/);
    expect(mar).toMatch(/w:bottom="1134"/);
    expect(mar).toMatch(/w:left="1701"/);
    expect(mar).toMatch(/w:right="850"/);
  });

  it('sets Times New Roman for the whole document', () => {
    expect(docx.styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
  });

  it('prints the Quốc hiệu upper case bold 12 pt and the Tiêu ngữ bold 13 pt with a rule as long as it', () => {
    expect(docx.find(QUOC_HIEU)).toMatchObject({ sizes: [12], isBold: true, align: 'center' });
    const tieuNgu = docx.find(TIEU_NGU);
    expect(tieuNgu).toMatchObject({ sizes: [13], isBold: true, align: 'center' });
    const ruleAfter = docx.paragraphs[docx.paragraphs.indexOf(tieuNgu) + 1]!;
    expect(ruleAfter.hasBottomBorder).toBe(true);
  });

  it('prints the parent body upright and the issuing body bold, both upper case 12 pt, with a shorter rule', () => {
    expect(docx.find('UBND XÃ CẨM XUYÊN')).toMatchObject({ sizes: [12], isBold: false });
    const issuer = docx.find('BAN CHỈ ĐẠO PHONG TRÀO TDĐKXDĐSVH');
    expect(issuer).toMatchObject({ sizes: [12], isBold: true });
    const ruleAfter = docx.paragraphs[docx.paragraphs.indexOf(issuer) + 1]!;
    expect(ruleAfter.hasBottomBorder).toBe(true);
    expect(ruleAfter.leftIndent).toBeGreaterThan(0);
  });

  it('pads the number under 10 and the day under 10 and months 1–2, the place-date line italic', () => {
    expect(docx.find('Số: 04/KH-BCĐ')).toMatchObject({ sizes: [13], isBold: false });
    expect(docx.find('Cẩm Xuyên, ngày 05 tháng 01 năm 2026')).toMatchObject({ isItalic: true, sizes: [14] });
  });

  it('prints the type name and trích yếu bold 14 pt centred, with a rule under', () => {
    expect(docx.find('KẾ HOẠCH')).toMatchObject({ sizes: [14], isBold: true, align: 'center' });
    const title = docx.find(SAMPLES.KH.title);
    expect(title).toMatchObject({ sizes: [14], isBold: true, align: 'center' });
    expect(docx.paragraphs[docx.paragraphs.indexOf(title) + 1]!.hasBottomBorder).toBe(true);
  });

  it('prints căn cứ in italics, each ending ";" and the last "."', () => {
    expect(docx.find('Căn cứ Kế hoạch số 03/KH-UBND ngày 05/01/2026 của UBND tỉnh;').isItalic).toBe(true);
    expect(docx.find('Căn cứ tình hình thực tế của địa phương.').isItalic).toBe(true);
  });

  it('justifies the body at 14 pt with a 1.27 cm first-line indent, 6 pt before, 1.15 lines', () => {
    const p = docx.find('- Tăng cường sự lãnh đạo của cấp ủy.');
    expect(p).toMatchObject({
      align: 'both',
      firstLineIndent: 720,
      sizes: [14],
      line: { value: 276, rule: 'auto' },
    });
    expect(p.spacingBefore).toBeGreaterThanOrEqual(120);
  });

  it('prints headings by level: I. bold upper case, 1. bold when titled, a) and - plain', () => {
    expect(docx.find('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ isBold: true });
    expect(docx.find('1. Mục đích')).toMatchObject({ isBold: true });
    expect(docx.find('2. Các thôn xây dựng kế hoạch trước ngày 25/01/2026.')).toMatchObject({
      isBold: false,
    });
    expect(docx.find('a) Thôn 1.')).toMatchObject({ isBold: false, isItalic: false });
  });

  it('numbers pages in the top margin, centred, not on page 1', () => {
    expect(docx.document).toMatch(/<w:titlePg\s*\/>|<w:titlePg w:val="(true|1)"\s*\/>/);
    const headers = Object.values(docx.headers);
    const withNumber = headers.filter((h) => /PAGE/.test(h));
    expect(withNumber).toHaveLength(1);
    expect(withNumber[0]).toMatch(/<w:jc w:val="center"/);
    expect(docx.document).toMatch(/<w:headerReference w:type="first"/);
    expect(headers.some((h) => !/PAGE/.test(h))).toBe(true);
  });

  it('closes with Nơi nhận bold italic 12 pt, its list 11 pt ending "- Lưu: VT, VHXH."', () => {
    expect(docx.find('Nơi nhận:')).toMatchObject({ sizes: [12], isBold: true, isItalic: true });
    expect(docx.find('- Sở Văn hóa, Thể thao và Du lịch (b/c);')).toMatchObject({ sizes: [11] });
    expect(docx.find('- Các thôn;')).toMatchObject({ sizes: [11] });
    expect(docx.find('- Lưu: VT, VHXH.')).toMatchObject({ sizes: [11] });
  });

  it('signs with TM./KT. and the position upper case bold, room for the seal, the name bold', () => {
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Văn Thắng']) {
      expect(docx.find(line)).toMatchObject({ isBold: true, sizes: [14], align: 'center' });
    }
    const at = docx.paragraphs.indexOf(docx.find('PHÓ CHỦ TỊCH'));
    expect(docx.paragraphs.slice(at + 1, at + 4).every((p) => p.text === '')).toBe(true);
  });
});

describe('kinds with their own layout', () => {
  it('puts a công văn’s V/v under its number, with no type name, and Kính gửi as a list', async () => {
    const docx = await inspectDocx(await renderDocx(SAMPLES.CV));
    expect(docx.find('Số: 45/UBND-VHXH')).toBeTruthy();
    expect(docx.find(/^V\/v Triển khai bình xét/)).toMatchObject({ sizes: [12], isBold: false });
    expect(docx.paragraphs.some((p) => p.text === SAMPLES.CV.title && p.isBold)).toBe(false);
    expect(docx.find('Kính gửi:')).toBeTruthy();
    expect(docx.find('- Trưởng các thôn;')).toBeTruthy();
    expect(docx.find('- Ban công tác Mặt trận các thôn.')).toBeTruthy();
  });

  it('writes a giấy mời as Mẫu 1.7: trân trọng kính mời, Tới dự, Chủ trì, Thời gian, Địa điểm', async () => {
    const docx = await inspectDocx(await renderDocx(SAMPLES.GM));
    expect(docx.find('GIẤY MỜI').isBold).toBe(true);
    expect(docx.find(/^Ủy ban nhân dân xã Cẩm Xuyên trân trọng kính mời: Ông Nguyễn Văn An/)).toBeTruthy();
    expect(docx.find(/^Tới dự Hội nghị tổng kết/)).toBeTruthy();
    for (const label of ['Chủ trì: ', 'Thời gian: 01 buổi', 'Địa điểm: Hội trường'])
      expect(docx.find(new RegExp(`^${label}`))).toBeTruthy();
  });

  it('writes a quyết định with its authority line, QUYẾT ĐỊNH:, Điều 1., Điều 2. and the attached list on its own page', async () => {
    const docx = await inspectDocx(await renderDocx(SAMPLES.QĐ));
    expect(docx.find('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN').isBold).toBe(true);
    expect(docx.find('QUYẾT ĐỊNH:').isBold).toBe(true);
    expect(docx.find(/^Điều 1\. Tặng Giấy khen/)).toBeTruthy();
    expect(docx.find(/^Điều 2\. Quyết định này/)).toBeTruthy();
    expect(docx.find('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG').pageBreakBefore).toBe(true);
    expect(
      docx.find(
        '(Kèm theo Quyết định số 25/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Cẩm Xuyên)',
      ).isItalic,
    ).toBe(true);
    expect(docx.find('Bà Lê Thị Mai')).toBeTruthy();
  });

  it('writes a tờ trình with Kính gửi on one line', async () => {
    const docx = await inspectDocx(await renderDocx(SAMPLES.TTr));
    expect(docx.find('Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh.').align).toBe('center');
    expect(docx.find('TỜ TRÌNH').isBold).toBe(true);
  });

  it('writes a biên bản as Mẫu 1.9 with start and end time, attendees, chair, secretary and two signatures', async () => {
    const docx = await inspectDocx(await renderDocx(SAMPLES.BB));
    expect(docx.find(/^Thời gian bắt đầu: 08 giờ 00 phút/)).toBeTruthy();
    expect(docx.find('- Trưởng các thôn')).toBeTruthy();
    expect(docx.find('Thư ký (người ghi biên bản): Trần Văn Hùng')).toBeTruthy();
    expect(docx.find(/^Cuộc họp kết thúc vào 11 giờ 00 phút/)).toBeTruthy();
    expect(docx.find('THƯ KÝ').isBold).toBe(true);
    expect(docx.find('CHỦ TỌA').isBold).toBe(true);
  });

  it('writes báo cáo and thông báo with their type names', async () => {
    expect((await inspectDocx(await renderDocx(SAMPLES.BC))).find('BÁO CÁO').isBold).toBe(true);
    expect((await inspectDocx(await renderDocx(SAMPLES.TB))).find('THÔNG BÁO').isBold).toBe(true);
  });
});
