/** The fields conference contracts share: kinds, sessions, budget lines, unit references. */
import { z } from 'zod';

/** Loại hội nghị. */
export const ConferenceKind = z.enum(['tong_ket', 'so_ket', 'dien_hinh', 'phat_dong', 'tap_huan', 'other']);
export type ConferenceKind = z.infer<typeof ConferenceKind>;
/** trực tiếp, trực tuyến, kết hợp. */
export const ConferenceFormat = z.enum(['in_person', 'online', 'hybrid']);
export type ConferenceFormat = z.infer<typeof ConferenceFormat>;
/** dự kiến → đã gửi giấy mời → đang diễn ra → đã kết thúc; or đã hủy (cancelled, with a reason, from any step before the end). */
export const ConferenceStatus = z.enum(['planned', 'invited', 'running', 'ended', 'cancelled']);
export type ConferenceStatus = z.infer<typeof ConferenceStatus>;
/** The four steps a PATCH moves through; `cancelled` is reached only by POST …/cancel with a reason. */
export const ConferenceStep = ConferenceStatus.exclude(['cancelled']);
export type ConferenceStep = z.infer<typeof ConferenceStep>;

/** Trimmed text up to `max` characters. */
export const Text = (max: number) => z.string().trim().max(max);
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM');

/** Buổi: "Sáng" 07:30–11:30. */
export const ConferenceSession = z.object({
  label: Text(100).min(1),
  start: Clock,
  end: Clock.nullable().optional(),
});
export type ConferenceSession = z.infer<typeof ConferenceSession>;

export const ConferenceBudgetLine = z.object({
  text: Text(500).min(1),
  amount: z.number().min(0).max(1e15).nullable(),
  /** Nguồn kinh phí: "Quỹ Thi đua - Khen thưởng", "ngân sách huyện", "xã hội hóa". */
  source: Text(300).nullable().optional(),
});
export const ConferenceBudget = z.object({ lines: z.array(ConferenceBudgetLine).max(200) });
export type ConferenceBudget = z.infer<typeof ConferenceBudget>;

/** Programme item kinds, in the order a conference usually runs them. */
export const ItemKind = z.enum([
  'van_nghe',
  'chao_co',
  'tuyen_bo_ly_do',
  'khai_mac',
  'bao_cao',
  'tham_luan',
  'thao_luan',
  'phat_bieu_chi_dao',
  'khen_thuong',
  'phat_dong',
  'be_mac',
  'other',
]);
export type ItemKind = z.infer<typeof ItemKind>;

/** A unit given by id, code or name (names are resolved in the host's area; unmatched names are kept as text). */
export const UnitRefInput = z.union([z.number().int().positive(), Text(300).min(1)]);
