import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan';
import type { DraftConference, DraftSection, DraftTarget, DraftTask } from './plan-draft';
import { conferencePlanWith, planWith } from './plan-snippet';

/** Labels as a tree: "II. [1. [a) [-]]]". */
function shape(sections: DraftSection[]): string {
  return sections
    .map((s) => (s.children.length > 0 ? `${s.label ?? '¶'} [${shape(s.children)}]` : (s.label ?? '¶')))
    .join(', ');
}

describe('section labels as printed', () => {
  it.each<[string, string, string]>([
    [
      'I. and II.',
      'II. NỘI DUNG\n1. Tuyên truyền.\nIII. TỔ CHỨC THỰC HIỆN\n1. Giao Phòng Nội vụ theo dõi.',
      'II. [1.], III. [1.]',
    ],
    ['a Roman numeral without its dot', 'II NỘI DUNG\n1. Tuyên truyền.', 'II [1.]'],
    [
      '1. then 1.1. then 1.2.',
      'II. NỘI DUNG\n1. Tuyên truyền\n1.1. Trên loa truyền thanh.\n1.2. Trên mạng xã hội.',
      'II. [1. [1.1., 1.2.]]',
    ],
    [
      '1.1 without the last dot',
      'II. NỘI DUNG\n1. Tuyên truyền\n1.1 Trên loa truyền thanh.\n1.2 Trên mạng xã hội.',
      'II. [1. [1.1, 1.2]]',
    ],
    [
      'a) under 1.',
      'II. NỘI DUNG\n1. Tuyên truyền\na) Trên loa truyền thanh.\nb) Trên mạng xã hội.',
      'II. [1. [a), b)]]',
    ],
    ['- under a)', 'II. NỘI DUNG\n1. Tuyên truyền\na) Trên loa:\n- Xã A.\n- Xã B.', 'II. [1. [a) [-, -]]]'],
    [
      '+ under -',
      'II. NỘI DUNG\n1. Tuyên truyền\n- Trên loa:\n+ Xã A.\n+ Xã B.\n- Trên mạng.',
      'II. [1. [- [+, +], -]]',
    ],
    ['* as a bullet', 'II. NỘI DUNG\n* Hình thức: trực tuyến.\n* Thời gian: tháng 5.', 'II. [*, *]'],
    [
      '"Phần I" above I.',
      'Phần I. ĐÁNH GIÁ KẾT QUẢ\nPhần II. NHIỆM VỤ NĂM 2024\nI. MỤC TIÊU\n1. Tuyên truyền.',
      'Phần I., Phần II. [I. [1.]]',
    ],
  ])('keeps %s', (_name, snippet, expected) => {
    const draft = parsePlanText(planWith(snippet, { before: '' }));
    expect(shape(draft.sections.filter((s) => s.label !== null))).toBe(expected);
  });

  it('warns about a numeral printed twice and keeps both', () => {
    const draft = parsePlanText(
      planWith('II. NỘI DUNG\n1. Tuyên truyền.\nII. TỔ CHỨC THỰC HIỆN\n1. Giao Phòng Nội vụ theo dõi.'),
    );
    expect(draft.sections.filter((s) => s.label === 'II.')).toHaveLength(2);
    expect(draft.warnings.map((w) => w.message)).toContain('Số mục “II.” bị lặp; giữ như bản gốc.');
  });
});

type TargetRow = [
  line: string,
  expected: Pick<DraftTarget, 'comparator' | 'value' | 'unit'> & { indicator?: string },
];

describe('targets (chỉ tiêu)', () => {
  it.each<TargetRow>([
    [
      'Tỷ lệ gia đình văn hóa: 86% trở lên.',
      { indicator: 'Tỷ lệ gia đình văn hóa', comparator: '>=', value: 86, unit: '%' },
    ],
    [
      'Có ít nhất 01 mô hình điểm về văn hóa cơ sở.',
      { indicator: 'Mô hình điểm về văn hóa cơ sở', comparator: '>=', value: 1, unit: 'mô hình' },
    ],
    [
      'Tỷ lệ thôn, khu phố văn hóa: 100%.',
      { indicator: 'Tỷ lệ thôn, khu phố văn hóa', comparator: '=', value: 100, unit: '%' },
    ],
    [
      '100% cơ quan, đơn vị đạt chuẩn văn hóa.',
      { indicator: 'Cơ quan, đơn vị đạt chuẩn văn hóa', comparator: '=', value: 100, unit: '%' },
    ],
    ['Tỷ lệ hộ nghèo không quá 5%.', { indicator: 'Tỷ lệ hộ nghèo', comparator: '<=', value: 5, unit: '%' }],
    // "Phấn đấu" sets a floor: reaching more is meeting the target, so it reads as ≥ (but 100 % stays =).
    [
      'Phấn đấu 90% hộ gia đình đạt danh hiệu Gia đình văn hóa.',
      { indicator: 'Hộ gia đình đạt danh hiệu Gia đình văn hóa', comparator: '>=', value: 90, unit: '%' },
    ],
    [
      'Phấn đấu 100% thôn có nhà văn hóa.',
      { indicator: 'Thôn có nhà văn hóa', comparator: '=', value: 100, unit: '%' },
    ],
    [
      'Thu hút 45% trở lên số người dân tham gia hoạt động văn hóa.',
      { indicator: 'Số người dân tham gia hoạt động văn hóa', comparator: '>=', value: 45, unit: '%' },
    ],
    [
      'Phấn đấu đạt thêm 01 tiêu chí xây dựng nông thôn mới.',
      { indicator: 'Tiêu chí xây dựng nông thôn mới', comparator: '>=', value: 1, unit: 'tiêu chí' },
    ],
    [
      'Tổ chức tối thiểu 02 lớp tập huấn cho cán bộ văn hóa xã.',
      { indicator: 'Lớp tập huấn cho cán bộ văn hóa xã', comparator: '>=', value: 2, unit: 'lớp' },
    ],
    [
      'Giảm tỷ lệ hộ nghèo xuống dưới 3%.',
      { indicator: 'Tỷ lệ hộ nghèo', comparator: '<=', value: 3, unit: '%' },
    ],
    [
      'Mỗi xã xây dựng ít nhất 01 câu lạc bộ văn nghệ.',
      { indicator: 'Câu lạc bộ văn nghệ', comparator: '>=', value: 1, unit: 'câu lạc bộ' },
    ],
    [
      'Tỷ lệ gia đình văn hóa năm 2023 đạt 85,5% trở lên.',
      { indicator: 'Tỷ lệ gia đình văn hóa năm 2023', comparator: '>=', value: 85.5, unit: '%' },
    ],
    [
      'Số hộ gia đình văn hóa đạt 1.250 hộ.',
      { indicator: 'Số hộ gia đình văn hóa', comparator: '=', value: 1250, unit: 'hộ' },
    ],
    [
      'Có từ 2 đến 3 mô hình điểm.',
      { indicator: 'Mô hình điểm', comparator: '>=', value: 2, unit: 'mô hình' },
    ],
    [
      'Tổ chức 05 lớp tập huấn nghiệp vụ.',
      { indicator: 'Lớp tập huấn nghiệp vụ', comparator: '=', value: 5, unit: 'lớp' },
    ],
  ])('reads "%s"', (line, expected) => {
    const draft = parsePlanText(planWith(`II. CHỈ TIÊU\n1. ${line}\nIII. NỘI DUNG\n1. Tuyên truyền.`));
    expect(draft.targets).toHaveLength(1);
    expect(draft.targets[0]).toMatchObject({ text: line, ...expected });
  });
});

type TaskRow = [name: string, snippet: string, expected: Partial<DraftTask>[]];
const ORGANISING = 'III. TỔ CHỨC THỰC HIỆN';

describe('tasks', () => {
  it.each<TaskRow>([
    [
      'a labelled block',
      'II. NHIỆM VỤ\n1. Tổ chức Hội thi văn nghệ quần chúng\n- Thực hiện: Phòng Văn hóa và Thông tin.\n- Phối hợp thực hiện: Phòng Nội vụ, UBND các xã, thị trấn.\n- Thời gian thực hiện: Quý III năm 2023.',
      [
        {
          text: 'Tổ chức Hội thi văn nghệ quần chúng',
          lead: ['Phòng Văn hóa và Thông tin'],
          support: ['Phòng Nội vụ', 'UBND các xã, thị trấn'],
          deadline: { raw: 'Quý III năm 2023', from: '2023-07-01', to: '2023-09-30' },
        },
      ],
    ],
    [
      'a labelled block with "Đơn vị chủ trì"',
      'II. NHIỆM VỤ\n1. Kiểm tra việc thực hiện phong trào\n- Đơn vị chủ trì: Ban Chỉ đạo huyện.\n- Đơn vị phối hợp: Ủy ban MTTQ Việt Nam huyện.\n- Thời gian: Tháng 10/2023.',
      [
        {
          lead: ['Ban Chỉ đạo huyện'],
          support: ['Ủy ban MTTQ Việt Nam huyện'],
          deadline: { raw: 'Tháng 10/2023', from: '2023-10-01', to: '2023-10-31' },
        },
      ],
    ],
    [
      'numbered unit paragraphs with bullets',
      `${ORGANISING}\n1. Phòng Văn hóa và Thông tin:\n- Chịu trách nhiệm chuẩn bị nội dung Hội nghị.\n- Tham mưu khen thưởng.\n2. Phòng Nội vụ: Thẩm định hồ sơ khen thưởng trước ngày 15/11/2023.`,
      [
        { text: 'Chịu trách nhiệm chuẩn bị nội dung Hội nghị.', lead: ['Phòng Văn hóa và Thông tin'] },
        { text: 'Tham mưu khen thưởng.', lead: ['Phòng Văn hóa và Thông tin'] },
        {
          text: 'Thẩm định hồ sơ khen thưởng trước ngày 15/11/2023.',
          lead: ['Phòng Nội vụ'],
          deadline: { raw: 'trước ngày 15/11/2023', from: null, to: '2023-11-14' },
        },
      ],
    ],
    [
      '"Giao … chủ trì, phối hợp với …"',
      `${ORGANISING}\nGiao Phòng Văn hóa - Thông tin chủ trì, phối hợp với Phòng Nội vụ tổ chức Hội nghị tổng kết.`,
      [{ lead: ['Phòng Văn hóa - Thông tin'], support: ['Phòng Nội vụ'] }],
    ],
    [
      '"Đề nghị …" outside TỔ CHỨC THỰC HIỆN',
      'II. NỘI DUNG\n1. Tuyên truyền.\nĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện phối hợp tuyên truyền, vận động Nhân dân tham gia.',
      [{ lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện'] }],
    ],
    [
      '"… gửi về Sở trước ngày 18/8/2020"',
      `${ORGANISING}\n1. UBND các huyện, thị xã gửi báo cáo kết quả về Sở trước ngày 18/8/2020.`,
      [
        {
          lead: ['UBND các huyện, thị xã'],
          deadline: { raw: 'trước ngày 18/8/2020', from: null, to: '2020-08-17' },
        },
      ],
    ],
    [
      '"Phòng Văn hóa và Thông tin" after "phối hợp với" as one unit',
      `${ORGANISING}\n1. Phòng Nội vụ:\n- Phối hợp với Phòng Văn hóa và Thông tin huyện hoàn thiện hồ sơ khen thưởng.`,
      [{ lead: ['Phòng Nội vụ'], support: ['Phòng Văn hóa và Thông tin huyện'] }],
    ],
    [
      '"các tổ chức chính trị - xã hội" kept whole',
      `${ORGANISING}\n1. Phòng Nội vụ:\n- Phối hợp với Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội rà soát hồ sơ.`,
      [{ lead: ['Phòng Nội vụ'], support: ['Ủy ban MTTQ Việt Nam huyện', 'các tổ chức chính trị - xã hội'] }],
    ],
    [
      '"các tổ chức chính trị, xã hội" kept whole',
      `${ORGANISING}\nGiao Phòng Văn hóa - Thông tin chủ trì, phối hợp với Phòng Nội vụ và các tổ chức chính trị, xã hội tổ chức hội nghị.`,
      [{ lead: ['Phòng Văn hóa - Thông tin'], support: ['Phòng Nội vụ', 'các tổ chức chính trị, xã hội'] }],
    ],
    [
      'a list of units split at commas and "và"',
      `${ORGANISING}\n1. Ủy ban MTTQ, Hội Liên hiệp Phụ nữ, Huyện đoàn và Hội Nông dân huyện: Vận động hội viên tham gia phong trào.`,
      [{ lead: ['Ủy ban MTTQ', 'Hội Liên hiệp Phụ nữ', 'Huyện đoàn', 'Hội Nông dân huyện'] }],
    ],
    [
      'a department with a comma in its name',
      `${ORGANISING}\n1. Sở Văn hóa, Thể thao và Du lịch: Hướng dẫn nghiệp vụ.`,
      [{ lead: ['Sở Văn hóa, Thể thao và Du lịch'] }],
    ],
    [
      'a closing paragraph that does not start "Trên đây" is not a task',
      `${ORGANISING}\n1. Phòng Nội vụ: Thẩm định hồ sơ khen thưởng.\nUBND huyện đề nghị các cơ quan, đơn vị liên quan phối hợp thực hiện./.`,
      [{ text: 'Thẩm định hồ sơ khen thưởng.', lead: ['Phòng Nội vụ'] }],
    ],
    [
      'a closing "Trong quá trình thực hiện" paragraph is not a task',
      `${ORGANISING}\n1. Phòng Nội vụ: Thẩm định hồ sơ khen thưởng.\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Phòng Văn hóa và Thông tin để tổng hợp./.`,
      [{ text: 'Thẩm định hồ sơ khen thưởng.', lead: ['Phòng Nội vụ'] }],
    ],
  ])('reads %s', (_name, snippet, expected) => {
    const draft = parsePlanText(
      planWith(snippet, { closing: 'Nơi nhận:\n- Lưu: VT.\nTRƯỞNG PHÒNG\nNguyễn Văn An' }),
    );
    expect(draft.tasks).toHaveLength(expected.length);
    expected.forEach((task, i) => expect(draft.tasks[i]).toMatchObject(task));
  });
});

type ConferenceRow = [name: string, snippet: string, expected: Partial<DraftConference>];

describe('conference facts', () => {
  it.each<ConferenceRow>([
    [
      '"07 giờ 30 phút" and a date',
      'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 07 giờ 30 phút, ngày 15/01/2024.',
      { startTime: '07:30', date: '2024-01-15' },
    ],
    [
      '"7h30"',
      'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 7h30 ngày 20/12/2023.',
      { startTime: '07:30', date: '2023-12-20' },
    ],
    [
      '"14 giờ" in the afternoon',
      'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 14 giờ, chiều ngày 20/12/2023.',
      { startTime: '14:00', session: 'afternoon' },
    ],
    [
      '"buổi sáng"',
      'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: buổi sáng ngày 20/12/2023.',
      { startTime: null, session: 'morning', date: '2023-12-20' },
    ],
    [
      'a whole day',
      'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 01 ngày, tháng 5/2020.',
      { session: 'full_day', date: null, dateRaw: '01 ngày, tháng 5/2020' },
    ],
    ['"trực tuyến"', 'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Hình thức: Hội nghị trực tuyến.', { format: 'online' }],
    [
      '"trực tiếp kết hợp trực tuyến"',
      'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Hình thức tổ chức: trực tiếp kết hợp trực tuyến.',
      { format: 'hybrid' },
    ],
    [
      'a venue',
      'II. THỜI GIAN, ĐỊA ĐIỂM\n1. Địa điểm: Tại Hội trường UBND huyện.',
      { venue: 'Hội trường UBND huyện' },
    ],
    [
      '"Dự kiến khoảng 325 đại biểu"',
      'II. THÀNH PHẦN\nDự kiến khoảng 325 đại biểu.',
      { expectedAttendees: 325 },
    ],
    [
      '"Tổng số đại biểu dự kiến: 150 người"',
      'II. THÀNH PHẦN\nTổng số đại biểu dự kiến: 150 người.',
      { expectedAttendees: 150 },
    ],
    [
      "a unit attending at another unit's bridge point",
      'II. ĐỊA ĐIỂM\n1. Địa điểm: Phòng họp trực tuyến UBND huyện.\nRiêng 02 xã: Xã Phước Lộc dự họp trực tuyến tại điểm cầu xã Phước Công; xã Phước Thành dự họp trực tuyến tại điểm cầu xã Phước Kim.',
      {
        bridgePoints: [
          { name: 'Điểm cầu xã Phước Công', units: ['Xã Phước Công', 'Xã Phước Lộc'] },
          { name: 'Điểm cầu xã Phước Kim', units: ['Xã Phước Kim', 'Xã Phước Thành'] },
        ],
      },
    ],
    [
      'programme items with presenters',
      'II. CHƯƠNG TRÌNH HỘI NGHỊ\n1. Tuyên bố lý do, giới thiệu đại biểu (Văn phòng HĐND-UBND huyện);\n2. Báo cáo tổng kết (Phòng VH&TT huyện);\n3. Thảo luận.',
      {
        agenda: [
          { order: 1, title: 'Tuyên bố lý do, giới thiệu đại biểu', presenter: 'Văn phòng HĐND-UBND huyện' },
          { order: 2, title: 'Báo cáo tổng kết', presenter: 'Phòng VH&TT huyện' },
          { order: 3, title: 'Thảo luận', presenter: null },
        ],
      },
    ],
  ])('reads %s', (_name, snippet, expected) => {
    const conference = parsePlanText(conferencePlanWith(snippet)).conference;
    expect(conference).toMatchObject(expected);
  });

  it.each<[string, string, Partial<NonNullable<DraftConference['presentations']>>]>([
    ['"từ 5 đến 7 phút"', 'Mỗi tham luận trình bày từ 5 đến 7 phút.', { minMinutes: 5, maxMinutes: 7 }],
    [
      '"không quá 10 phút"',
      'Mỗi tham luận trình bày không quá 10 phút.',
      { minMinutes: null, maxMinutes: 10 },
    ],
    [
      '"trước ngày tổ chức Hội nghị 05 ngày"',
      'Các đơn vị gửi tham luận về Phòng Nội vụ trước ngày tổ chức Hội nghị 05 ngày.',
      { dueDaysBefore: 5 },
    ],
    [
      'a count in the programme',
      'Báo cáo tham luận của các tập thể điển hình tiên tiến (Dự kiến 03 tập thể).',
      { count: 3 },
    ],
  ])('reads presentations: %s', (_name, line, expected) => {
    const conference = parsePlanText(conferencePlanWith(`II. THAM LUẬN\n1. ${line}`)).conference;
    expect(conference?.presentations).toMatchObject(expected);
  });

  it('leaves conference facts out of a plan that organises no conference', () => {
    expect(
      parsePlanText(planWith('II. THỜI GIAN\n1. Thời gian: 7h30 ngày 20/12/2023.')).conference,
    ).toBeNull();
  });
});
