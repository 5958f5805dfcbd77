import type { DocModel } from './model';

/** Small documents of each kind, for the conformance tests and the golden files. */
const base: DocModel = {
  kind: 'KH',
  issuer: { parent: 'UBND XÃ CẨM XUYÊN', name: 'BAN CHỈ ĐẠO PHONG TRÀO TDĐKXDĐSVH' },
  number: '4/KH-BCĐ',
  place: 'Cẩm Xuyên',
  date: '2026-01-05',
  title: 'Thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026',
  recipientsTo: [],
  legalBases: [
    'Căn cứ Kế hoạch số 03/KH-UBND ngày 05/01/2026 của UBND tỉnh',
    'Căn cứ tình hình thực tế của địa phương;',
  ],
  sections: [
    { label: null, title: null, text: 'Ban Chỉ đạo xây dựng Kế hoạch như sau:', children: [] },
    {
      label: 'I.',
      title: 'Mục đích, yêu cầu',
      text: null,
      children: [
        {
          label: '1.',
          title: 'Mục đích',
          text: null,
          children: [{ label: '-', title: null, text: 'Tăng cường sự lãnh đạo của cấp ủy.', children: [] }],
        },
        {
          label: '2.',
          title: null,
          text: 'Các thôn xây dựng kế hoạch trước ngày 25/01/2026.',
          children: [{ label: 'a)', title: null, text: 'Thôn 1.', children: [] }],
        },
      ],
    },
  ],
  signer: {
    authority: 'TM. ỦY BAN NHÂN DÂN',
    delegation: 'KT. CHỦ TỊCH',
    position: 'Phó Chủ tịch',
    name: 'Phạm Văn Thắng',
  },
  recipients: ['Sở Văn hóa, Thể thao và Du lịch (b/c)', '- Các thôn;', 'Lưu: VT, VHXH'],
};

export const SAMPLES: Record<'KH' | 'GM' | 'QĐ' | 'BC' | 'TTr' | 'BB' | 'CV' | 'TB', DocModel> = {
  KH: base,
  GM: {
    ...base,
    kind: 'GM',
    number: '12/GM-UBND',
    title: 'Dự Hội nghị tổng kết Phong trào năm 2025',
    legalBases: [],
    sections: [],
    recipients: [],
    invitation: {
      host: 'Ủy ban nhân dân xã Cẩm Xuyên',
      invitee: 'Ông Nguyễn Văn An, Trưởng thôn 1',
      event: 'Hội nghị tổng kết Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2025',
      chair: 'Đồng chí Phạm Văn Thắng, Phó Chủ tịch UBND xã',
      time: '01 buổi, bắt đầu từ 07 giờ 30 phút, ngày 15/01/2026',
      place: 'Hội trường UBND xã Cẩm Xuyên',
      closing: 'Rất mong Ông (Bà) tham dự đúng thời gian./.',
    },
  },
  QĐ: {
    ...base,
    kind: 'QĐ',
    number: '25/QĐ-UBND',
    title: 'Về việc khen thưởng các tập thể, cá nhân có thành tích trong Phong trào năm 2025',
    sections: [],
    signer: { authority: null, delegation: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Phạm Văn Thắng' },
    decision: {
      authorityLine: 'Chủ tịch Ủy ban nhân dân xã Cẩm Xuyên',
      articles: [
        { text: 'Tặng Giấy khen cho 02 tập thể và 03 cá nhân (có danh sách kèm theo).', items: [] },
        { text: 'Quyết định này có hiệu lực kể từ ngày ký.', items: [] },
      ],
      attachment: {
        title: 'Danh sách tập thể, cá nhân được khen thưởng',
        columns: ['STT', 'Tên tập thể, cá nhân', 'Thành tích'],
        rows: [
          ['1', 'Thôn 1', 'Xuất sắc'],
          ['2', 'Bà Lê Thị Mai', 'Tiêu biểu'],
        ],
      },
    },
  },
  BC: { ...base, kind: 'BC', number: '30/BC-UBND', title: 'Kết quả thực hiện Phong trào năm 2025' },
  TTr: {
    ...base,
    kind: 'TTr',
    number: '7/TTr-UBND',
    title: 'Đề nghị khen thưởng năm 2025',
    recipientsTo: ['Ủy ban nhân dân tỉnh Hà Tĩnh'],
  },
  BB: {
    ...base,
    kind: 'BB',
    number: '2/BB-BCĐ',
    title: 'Họp Ban Chỉ đạo Phong trào',
    legalBases: [],
    minutes: {
      startTime: '08 giờ 00 phút, ngày 10/01/2026',
      endTime: '11 giờ 00 phút cùng ngày',
      place: 'Phòng họp UBND xã',
      attendees: ['Thành viên Ban Chỉ đạo', 'Trưởng các thôn'],
      chair: 'Phạm Văn Thắng',
      secretary: 'Trần Văn Hùng',
    },
  },
  CV: {
    ...base,
    kind: 'CV',
    number: '45/UBND-VHXH',
    title: 'Triển khai bình xét danh hiệu Gia đình văn hóa năm 2025',
    legalBases: [],
    recipientsTo: ['Trưởng các thôn', 'Ban công tác Mặt trận các thôn'],
  },
  TB: { ...base, kind: 'TB', number: '3/TB-UBND', title: 'Kết luận của Chủ tịch UBND xã tại cuộc họp' },
};
