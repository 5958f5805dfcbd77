import { describe, expect, it } from 'vitest';
import { inspectDocx } from '../documents/inspect-docx';
import { mcLine, renderRunOfShow, whoIsInvited, type RunOfShowItem } from './run-of-show-docx';

const item = (over: Partial<RunOfShowItem>): RunOfShowItem => ({
  kind: 'other',
  title: 'Mục',
  presenter: null,
  minutes: null,
  performances: null,
  startsAt: null,
  endsAt: null,
  note: null,
  presentations: [],
  ...over,
});

describe('the run-of-show', () => {
  it.each([
    ['Đ/c Phó Chủ tịch UBND huyện', 'đồng chí Phó Chủ tịch UBND huyện'],
    ['đồng chí Nguyễn Văn A', 'đồng chí Nguyễn Văn A'],
    ['Phòng Nội vụ', 'đại diện Phòng Nội vụ'],
    ['Văn phòng HĐND-UBND huyện', 'đại diện Văn phòng HĐND-UBND huyện'],
    [null, 'đồng chí …'],
  ])('invites %s as "%s"', (presenter, text) => {
    expect(whoIsInvited(presenter)).toBe(text);
  });

  it.each([
    [
      { kind: 'khai_mac', presenter: 'Đ/c Phó Chủ tịch UBND huyện' },
      'Trân trọng kính mời đồng chí Phó Chủ tịch UBND huyện lên phát biểu khai mạc Hội nghị.',
    ],
    [{ kind: 'khai_mac' }, 'Trân trọng kính mời đồng chí … lên phát biểu khai mạc Hội nghị.'],
    [
      { kind: 'van_nghe', performances: 4 },
      'Mở đầu chương trình, mời đại biểu thưởng thức chương trình văn nghệ chào mừng Hội nghị gồm 4 tiết mục.',
    ],
    [
      { kind: 'bao_cao', title: 'Báo cáo kết quả năm 2023', presenter: 'Phòng VH&TT huyện' },
      'Trân trọng kính mời đại diện Phòng VH&TT huyện trình bày báo cáo kết quả năm 2023.',
    ],
    [
      { kind: 'phat_bieu_chi_dao', presenter: 'Lãnh đạo tỉnh' },
      'Trân trọng kính mời đồng chí Lãnh đạo tỉnh phát biểu chỉ đạo Hội nghị.',
    ],
    [
      { kind: 'be_mac', presenter: 'Đ/c Chủ tịch' },
      'Trân trọng kính mời đồng chí Chủ tịch phát biểu bế mạc Hội nghị.',
    ],
    [
      { kind: 'other', title: 'Thông qua danh sách đại biểu' },
      'Tiếp theo chương trình: thông qua danh sách đại biểu.',
    ],
  ] as [Partial<RunOfShowItem>, string][])('writes the MC line of %j', (over, line) => {
    expect(mcLine(item(over))).toBe(line);
  });

  it('counts the tham luận it calls', () => {
    const presentations = [1, 2, 3].map((i) => ({
      topic: `T${i}`,
      unitName: `Đơn vị ${i}`,
      presenter: null,
      maxMinutes: 7,
    }));
    expect(mcLine(item({ kind: 'tham_luan', presentations }))).toContain('nghe 3 tham luận');
  });

  it('prints an undated conference with its date as the plan wrote it, in Times New Roman 13–14', async () => {
    const bytes = await renderRunOfShow({
      hostName: 'Ủy ban nhân dân huyện Phước Sơn',
      title: 'Hội nghị tổng kết phong trào năm 2021',
      date: null,
      dateRaw: 'trung tuần tháng 01/2022',
      venue: null,
      sessions: [],
      chair: null,
      items: [item({ kind: 'chao_co', title: 'Chào cờ', minutes: 5 })],
    });
    const docx = await inspectDocx(bytes);
    expect(docx.find('ỦY BAN NHÂN DÂN HUYỆN PHƯỚC SƠN').isBold).toBe(true);
    expect(docx.find('Thời gian: trung tuần tháng 01/2022.').isItalic).toBe(true);
    expect(docx.find('5 phút')).toBeTruthy();
    expect(docx.find(/^MC: Kính mời toàn thể đại biểu đứng dậy/)).toBeTruthy();
    expect(docx.document).toMatch(/w:pgMar[^>]*w:left="1701"/);
    expect(docx.paragraphs.flatMap((p) => p.sizes).every((s) => s === 13 || s === 14)).toBe(true);
  });
});
