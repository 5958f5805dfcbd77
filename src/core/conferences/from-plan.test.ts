import { describe, expect, it } from 'vitest';
import seed000 from '../import/golden/seed-000.expected.json' with { type: 'json' };
import seed002 from '../import/golden/seed-002.expected.json' with { type: 'json' };
import seed004 from '../import/golden/seed-004.expected.json' with { type: 'json' };
import { conferenceSpecOf, type PlanConferenceFacts } from './from-plan';

const specOf = (seed: { title: string; conference?: unknown; budget?: { source: string } | null }) =>
  conferenceSpecOf(seed.title, seed.conference as PlanConferenceFacts, seed.budget ?? null);

describe('a conference from its plan', () => {
  it('reads seed 002: date, groups by level, 8 items, 3 tham luận of 5–7 minutes due 5 days before', () => {
    const spec = specOf(seed002);
    expect(spec.title).toBe(
      'Hội nghị tổng kết phong trào thi đua yêu nước năm 2023 và phát động phong trào thi đua yêu nước năm 2024',
    );
    expect(spec).toMatchObject({ kind: 'tong_ket', format: 'in_person', date: '2024-03-22' });
    expect(spec.expectedAttendees).toBe(325);
    expect(spec.sessions).toEqual([]);
    expect(spec.groups.map((g) => g.level)).toEqual(['province', 'district', 'commune', 'awardee']);
    expect(spec.groups[3]!.rule).toBeNull();
    expect(spec.groups[0]!.rule).toBe(
      'Lãnh đạo UBND tỉnh\nLãnh đạo Sở Nội vụ; Lãnh đạo và công chức Phòng Thi đua - Khen thưởng tỉnh',
    );
    expect(spec.items.map((i) => i.kind)).toEqual([
      'van_nghe',
      'tuyen_bo_ly_do',
      'khai_mac',
      'bao_cao',
      'tham_luan',
      'khen_thuong',
      'phat_bieu_chi_dao',
      'phat_dong',
    ]);
    expect(spec.items[4]!.minutes).toBe(21);
    expect(spec.presentations).toHaveLength(3);
    expect(spec.presentations[2]).toEqual({
      topic: 'Tham luận của Ủy ban nhân dân xã Xuân Sơn',
      unitName: 'Ủy ban nhân dân xã Xuân Sơn',
      minMinutes: 5,
      maxMinutes: 7,
      dueDate: '2024-03-17',
    });
    expect(spec.budget).toEqual({
      lines: [
        {
          text: `Kinh phí tổ chức ${spec.title}`,
          amount: null,
          source: 'Quỹ Thi đua - Khen thưởng hằng năm của huyện',
        },
      ],
    });
  });

  it('reads seed 000: online, the district point as the main one, Phước Lộc joining at Phước Công', () => {
    const spec = specOf(seed000);
    expect(spec.format).toBe('online');
    expect(spec.date).toBeNull();
    expect(spec.dateRaw).toContain('trung tuần tháng 01/2022');
    expect(spec.mainPointName).toBe('Điểm cầu huyện');
    expect(spec.points).toEqual([
      { name: 'Điểm cầu xã, thị trấn', host: null, units: [] },
      { name: 'Điểm cầu xã Phước Công', host: 'xã Phước Công', units: ['Xã Phước Công', 'Xã Phước Lộc'] },
      { name: 'Điểm cầu xã Phước Kim', host: 'xã Phước Kim', units: ['Xã Phước Kim', 'Xã Phước Thành'] },
    ]);
    expect(spec.groups.map((g) => [g.level, g.point])).toEqual([
      ['district', 'main'],
      ['commune', 0],
    ]);
    expect(spec.items).toHaveLength(8);
    expect(spec.items[3]).toMatchObject({ kind: 'tham_luan', minutes: 28 });
    expect(spec.items[0]!.presenter).toBe('Văn phòng HĐND-UBND huyện');
    expect(spec.presentations.map((p) => p.topic)).toEqual([
      'Tham luận của Hộ gia đình',
      'Tham luận của Cơ quan hành chính',
      'Tham luận của Đơn vị sự nghiệp',
      'Tham luận của Địa phương',
    ]);
  });

  it('reads seed 004: an điển hình tiên tiến conference over a full day with 11 items', () => {
    const spec = specOf(seed004);
    expect(spec.title).toBe('Hội nghị điển hình tiên tiến ngành Văn hóa và Thể thao Hà Nội');
    expect(spec.kind).toBe('dien_hinh');
    expect(spec.sessions.map((s) => `${s.label} ${s.start}`)).toEqual(['Sáng 07:30', 'Chiều 13:30']);
    expect(spec.items).toHaveLength(11);
    expect(spec.items.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['chao_co', 'van_nghe', 'phat_dong', 'khen_thuong', 'be_mac', 'other']),
    );
    expect(spec.presentations.map((p) => p.unitName)).toEqual([
      'Phòng Quản lý Thể dục thể thao',
      'Phòng Quản lý Di sản',
    ]);
    expect(spec.budget).toBeNull();
  });

  it('keeps a start time and its session, and plan budget lines with their source', () => {
    const spec = conferenceSpecOf(
      'Kế hoạch tổ chức Hội nghị sơ kết',
      {
        ...(seed002.conference as PlanConferenceFacts),
        startTime: '14:00',
        session: 'afternoon',
      },
      { source: 'ngân sách xã', lines: [{ text: 'Khánh tiết', amount: 2_000_000 }] },
    );
    expect(spec.kind).toBe('so_ket');
    expect(spec.sessions).toEqual([{ label: 'Chiều', start: '14:00', end: null }]);
    expect(spec.budget).toEqual({
      lines: [{ text: 'Khánh tiết', amount: 2_000_000, source: 'ngân sách xã' }],
    });
  });

  it('makes an empty conference of a plan without conference facts', () => {
    const spec = conferenceSpecOf('Tổ chức Hội nghị tập huấn', null, null);
    expect(spec).toMatchObject({ title: 'Hội nghị tập huấn', kind: 'tap_huan', items: [], points: [] });
  });
});
