import { describe, expect, it } from 'vitest';
import { historyLine } from './history-lines';

describe('historyLine', () => {
  it('names each changed field in plain words', () => {
    expect(
      historyLine({
        action: 'task.update',
        before: { status: 'not_started', progress: 0, progressMode: 'status' },
        after: { status: 'in_progress', progress: 60, progressMode: 'manual' },
      }),
    ).toEqual({
      title: 'Cập nhật nhiệm vụ',
      changes: [
        'Trạng thái: Chưa triển khai → Đang thực hiện',
        'Tiến độ: 0% → 60%',
        'Cách tính tiến độ: Theo trạng thái → Tự nhập',
      ],
    });
  });

  it('leaves out fields that did not change and fields the page does not show', () => {
    expect(
      historyLine({
        action: 'task.update',
        before: { status: 'done', updatedAt: '2025-07-01' },
        after: { status: 'done', updatedAt: '2025-07-02' },
      }).changes,
    ).toEqual([]);
  });

  it('writes a deadline with its due day and parties by position and unit', () => {
    expect(
      historyLine({
        action: 'task.update',
        before: { deadline: { raw: 'Quý II/2025', to: '2025-06-30' } },
        after: {
          deadline: { raw: 'Tháng 9/2025', to: '2025-09-30' },
          lead: [{ unitName: 'UBND xã Cẩm Xuyên', position: 'Công chức Văn hóa - Xã hội', name: 'x' }],
        },
      }).changes,
    ).toEqual([
      'Thời hạn: Quý II/2025 (30/06/2025) → Tháng 9/2025 (30/09/2025)',
      'Chủ trì: Công chức Văn hóa - Xã hội – UBND xã Cẩm Xuyên',
    ]);
  });

  it('lists what a report said, set and attached, as the server records it', () => {
    expect(
      historyLine({
        action: 'task.report',
        before: null,
        after: {
          report: 3,
          text: 'Đã tổ chức 2 buổi tuyên truyền.',
          status: 'in_progress',
          progress: null,
          files: ['bien-ban.pdf', 'anh.jpg'],
        },
      }),
    ).toEqual({
      title: 'Gửi báo cáo tiến độ',
      changes: [
        'Nội dung: Đã tổ chức 2 buổi tuyên truyền.',
        'Trạng thái: Đang thực hiện',
        'Tệp đính kèm: bien-ban.pdf; anh.jpg',
      ],
    });
  });

  it('reads the stored shape of an update: deadline as text, parties as names', () => {
    expect(
      historyLine({
        action: 'task.update',
        before: { deadline: 'Quý II', lead: ['Phòng Văn hóa - Xã hội'], support: [] },
        after: { deadline: 'Tháng 9', lead: ['Phòng Văn hóa - Xã hội'], support: ['Đoàn Thanh niên'] },
      }).changes,
    ).toEqual(['Thời hạn: Quý II → Tháng 9', 'Phối hợp: (trống) → Đoàn Thanh niên']);
  });

  it.each([
    ['task.create', 'Tạo nhiệm vụ'],
    ['task.report', 'Gửi báo cáo tiến độ'],
    ['task.comment', 'Gửi ý kiến'],
    ['task.reminder', 'Nhắc hạn'],
    ['task.archive', 'Thao tác: task.archive'],
  ])('calls %s "%s"', (action, title) => {
    expect(historyLine({ action, before: null, after: null }).title).toBe(title);
  });
});
