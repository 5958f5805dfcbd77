import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan';
import type { DraftTask } from './plan-draft';
import { planWith } from './plan-snippet';

const ORGANISING = 'III. TỔ CHỨC THỰC HIỆN';

const HEADER = 'TT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\nGhi chú';
type TableRow = [name: string, table: string, expected: Partial<DraftTask>[], warning?: string];

describe('task tables flattened one cell per line', () => {
  it.each<TableRow>([
    [
      'one cell per line',
      `${HEADER}\n1\nTổ chức Hội thi văn nghệ quần chúng\nPhòng Văn hóa và Thông tin\nPhòng Nội vụ, UBND các xã, thị trấn\nQuý III/2023\n2\nKiểm tra việc thực hiện phong trào\nBan Chỉ đạo huyện\nỦy ban MTTQ Việt Nam huyện\nTháng 10/2023`,
      [
        {
          text: 'Tổ chức Hội thi văn nghệ quần chúng',
          lead: ['Phòng Văn hóa và Thông tin'],
          support: ['Phòng Nội vụ', 'UBND các xã, thị trấn'],
          deadline: { raw: 'Quý III/2023', from: '2023-07-01', to: '2023-09-30' },
        },
        {
          lead: ['Ban Chỉ đạo huyện'],
          support: ['Ủy ban MTTQ Việt Nam huyện'],
          deadline: { raw: 'Tháng 10/2023', from: '2023-10-01', to: '2023-10-31' },
        },
      ],
    ],
    [
      'cells wrapped over several lines',
      `${HEADER}\n1\nTuyên truyền về phong trào trên hệ thống loa truyền thanh của\nhuyện và các xã\nTrung tâm Văn hóa -\nTruyền thông huyện\nUBND các xã,\nthị trấn\nCả năm 2023`,
      [
        {
          text: 'Tuyên truyền về phong trào trên hệ thống loa truyền thanh của huyện và các xã',
          lead: ['Trung tâm Văn hóa - Truyền thông huyện'],
          support: ['UBND các xã, thị trấn'],
          deadline: { raw: 'Cả năm 2023', from: '2023-01-01', to: '2023-12-31' },
        },
      ],
    ],
    [
      'a missing empty support cell',
      `${HEADER}\n1\nThẩm định hồ sơ khen thưởng\nPhòng Nội vụ\nTrước ngày 15/11/2023`,
      [
        {
          lead: ['Phòng Nội vụ'],
          support: [],
          deadline: { raw: 'Trước ngày 15/11/2023', from: null, to: '2023-11-14' },
        },
      ],
    ],
    [
      'columns in another order, upper case, without diacritics',
      'STT\nDON VI CHU TRI\nNOI DUNG\nTHOI GIAN HOAN THANH\n1\nPhòng Nội vụ\nTổng hợp hồ sơ đề nghị khen thưởng\nTháng 11/2023',
      [{ text: 'Tổng hợp hồ sơ đề nghị khen thưởng', lead: ['Phòng Nội vụ'] }],
    ],
    [
      'a sub-body in brackets kept, a role in brackets dropped',
      `${HEADER}\n1\nXét chọn tập thể, cá nhân khen thưởng\nPhòng Nội vụ (Ban Thi đua - Khen thưởng huyện)\nPhòng Văn hóa và Thông tin (thường trực)\nTháng 12/2023`,
      [
        {
          lead: ['Phòng Nội vụ (Ban Thi đua - Khen thưởng huyện)'],
          support: ['Phòng Văn hóa và Thông tin'],
        },
      ],
    ],
    [
      'a row whose cells do not fit the columns',
      `${HEADER}\n1\nTổ chức Hội thi\nTháng 5/2023\nPhòng Nội vụ\nUBND các xã\nBan Chỉ đạo huyện\nĐoàn Thanh niên`,
      [
        {
          text: 'Tổ chức Hội thi Tháng 5/2023 Phòng Nội vụ UBND các xã Ban Chỉ đạo huyện Đoàn Thanh niên',
          lead: [],
        },
      ],
      'Bảng phân công, hàng 1: số ô không khớp với 5 cột của bảng; cần nhập đơn vị và thời gian.',
    ],
  ])('reads %s', (_name, table, expected, warning) => {
    const draft = parsePlanText(planWith(`${ORGANISING}\n1. Phân công nhiệm vụ như sau:\n${table}`));
    const fromTable = draft.tasks.filter((t) => t.text !== 'Phân công nhiệm vụ như sau:');
    expect(fromTable).toHaveLength(expected.length);
    expected.forEach((task, i) => expect(fromTable[i]).toMatchObject(task));
    if (warning) expect(draft.warnings.map((w) => w.message)).toContain(warning);
  });

  it('reads an appendix table after the signature and keeps the signer', () => {
    const appendix = `PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n(Kèm theo Kế hoạch số 12/KH-VHTT ngày 10/3/2023)\n${HEADER}\n1\nTổ chức Hội thi văn nghệ\nPhòng Văn hóa và Thông tin\nPhòng Nội vụ\nQuý III/2023`;
    const draft = parsePlanText(
      planWith('II. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện theo Phụ lục kèm theo.', {
        closing: `Nơi nhận:\n- Lưu: VT.\nTRƯỞNG PHÒNG\nNguyễn Văn An\n${appendix}`,
      }),
    );
    expect(draft.signer).toMatchObject({ position: 'TRƯỞNG PHÒNG', name: 'Nguyễn Văn An' });
    expect(draft.tasks.at(-1)).toMatchObject({
      lead: ['Phòng Văn hóa và Thông tin'],
      support: ['Phòng Nội vụ'],
    });
  });
});

describe('schedule items', () => {
  it.each<[string, string, Partial<DraftTask>]>([
    [
      'an activity under THỜI GIAN',
      'II. THỜI GIAN TỔNG KẾT\n1. Hội nghị Tổng kết cấp xã: Tổ chức từ tháng 02/2021 đến tháng 4/2021.',
      {
        lead: [],
        deadline: { raw: 'từ tháng 02/2021 đến tháng 4/2021', from: '2021-02-01', to: '2021-04-30' },
      },
    ],
    [
      'a time first under "Tiến độ thực hiện"',
      'II. TIẾN ĐỘ THỰC HIỆN\n- Tháng 6/2023: Sơ kết 6 tháng thực hiện phong trào.',
      { lead: [], deadline: { raw: 'Tháng 6/2023', from: '2023-06-01', to: '2023-06-30' } },
    ],
    [
      'an event line outside a schedule heading',
      'II. NỘI DUNG\n1. Hội thi tuyên truyền cấp huyện: dự kiến tổ chức vào tháng 9/2023.',
      { lead: [], deadline: { raw: 'vào tháng 9/2023', from: '2023-09-01', to: '2023-09-30' } },
    ],
  ])('reads %s as a task with no lead', (_name, snippet, expected) => {
    const draft = parsePlanText(planWith(snippet));
    expect(draft.tasks).toHaveLength(1);
    expect(draft.tasks[0]).toMatchObject(expected);
    expect(draft.warnings.some((w) => w.message.includes('chưa rõ đơn vị chủ trì'))).toBe(true);
  });

  it('leaves "Thời gian:" and "Địa điểm:" facts alone', () => {
    const draft = parsePlanText(
      planWith('II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: tháng 5/2023.\n2. Địa điểm: Hội trường UBND huyện.'),
    );
    expect(draft.tasks).toEqual([]);
  });
});
