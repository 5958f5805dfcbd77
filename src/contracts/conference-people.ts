/** Conference contracts about people: delegates, invitations and RSVP, check-in, tham luận, awards. */
import { z } from 'zod';
import { IsoDate, Page } from './common';
import { ConferenceSession, Text, UnitRefInput } from './conference-fields';

// ---- delegates ----

export const DelegateLevel = z.enum(['province', 'district', 'commune', 'village', 'awardee', 'other']);
export const DelegateGroup = z.object({
  id: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  level: DelegateLevel.nullable(),
  rule: z.string().nullable(),
  quota: z.number().int().nullable(),
  expected: z.number().int().nullable(),
  pointId: z.number().int().nullable(),
  delegates: z.number().int(),
  present: z.number().int(),
});
export type DelegateGroup = z.infer<typeof DelegateGroup>;
export const DelegateGroupInput = z.object({
  title: Text(500).min(1, 'Thiếu tên nhóm đại biểu'),
  level: DelegateLevel.nullable().optional(),
  /** "Chủ tịch UBND các xã, thị trấn": expanded into one seat per unit by POST .../groups/:id/expand. */
  rule: Text(1000).nullable().optional(),
  quota: z.number().int().min(0).max(100_000).nullable().optional(),
  expected: z.number().int().min(0).max(100_000).nullable().optional(),
  pointId: z.number().int().positive().nullable().optional(),
});
export type DelegateGroupInput = z.infer<typeof DelegateGroupInput>;

/** The answer of POST /api/groups/:id/expand: seats made, how many of them named from the directory, lines left. */
export const ExpandGroupResult = z.object({
  created: z.number().int(),
  named: z.number().int(),
  /** Lines that made no seat, with why ("Các tập thể, cá nhân được khen thưởng": no unit list enumerates them). */
  skipped: z.array(z.string()),
});
export type ExpandGroupResult = z.infer<typeof ExpandGroupResult>;

export const Rsvp = z.enum(['pending', 'yes', 'no', 'substitute']);
export type Rsvp = z.infer<typeof Rsvp>;
export const AttendanceStatus = z.enum(['present', 'absent']);

export const Delegate = z.object({
  id: z.number().int(),
  /** Null for a seat not yet named ("Chủ tịch UBND xã Cẩm Bình"). */
  name: z.string().nullable(),
  position: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  groupId: z.number().int().nullable(),
  pointId: z.number().int().nullable(),
  seat: z.string().nullable(),
  source: z.enum(['rule', 'import', 'manual']),
  rsvp: Rsvp,
  substituteName: z.string().nullable(),
  substitutePosition: z.string().nullable(),
  invitedAt: z.string().nullable(),
  emailedAt: z.string().nullable(),
  attendance: z
    .object({
      status: AttendanceStatus,
      at: z.string(),
      pointId: z.number().int().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type Delegate = z.infer<typeof Delegate>;
export const DelegateInput = z.object({
  name: Text(200).nullable().optional(),
  position: Text(300).nullable().optional(),
  unit: UnitRefInput.nullable().optional(),
  phone: Text(30).nullable().optional(),
  email: z.email('Thư điện tử không hợp lệ').max(200).nullable().optional(),
  groupId: z.number().int().positive().nullable().optional(),
  pointId: z.number().int().positive().nullable().optional(),
  seat: Text(50).nullable().optional(),
});
export type DelegateInput = z.infer<typeof DelegateInput>;
export const DelegateListQuery = z.object({
  q: Text(200).optional(),
  group: z.coerce.number().int().positive().optional(),
  point: z.coerce.number().int().positive().optional(),
  rsvp: Rsvp.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The answer of POST /api/conferences/:id/delegates/import (xlsx): rows imported, merged as duplicates, refused. */
export const DelegateImportResult = z.object({
  imported: z.number().int(),
  duplicates: z.array(z.object({ row: z.number().int(), name: z.string(), reason: z.string() })),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
export type DelegateImportResult = z.infer<typeof DelegateImportResult>;

// ---- invitations and RSVP ----

export const GenerateInvitationsBody = z.object({
  /** One page per delegate (seats included), or one per unit (its seats listed, answered by the unit). */
  mode: z.enum(['delegate', 'unit']).default('delegate'),
  /** Issue the giấy mời document (a number from the register); false keeps it a draft. */
  issue: z.boolean().default(true),
  /** Send e-mail where an address exists. */
  email: z.boolean().default(true),
  signer: z
    .object({ authority: Text(200).nullable(), position: Text(200).min(1), name: Text(200).min(1) })
    .optional(),
});
export type GenerateInvitationsBody = z.infer<typeof GenerateInvitationsBody>;
export const InvitationsSummary = z.object({
  documentId: z.number().int().nullable(),
  number: z.string().nullable(),
  invited: z.number().int(),
  emailed: z.number().int(),
  pending: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  substitute: z.number().int(),
});
export type InvitationsSummary = z.infer<typeof InvitationsSummary>;
/** The giấy mời files (DOCX, PDF): the delegates of a group or a point, a page per delegate or per unit. */
export const InvitationFileQuery = z.object({
  group: z.coerce.number().int().positive().optional(),
  point: z.coerce.number().int().positive().optional(),
  /** `unit`: a page per unit (its seats listed, the unit's QR code) instead of a page per delegate. */
  mode: z.enum(['delegate', 'unit']).default('delegate'),
});
/** The answer of POST /api/conferences/:id/invitations/remind: e-mails queued. */
export const RemindInvitationsResult = z.object({ queued: z.number().int() });
/** The `:token` of a personal link (a delegate's or a unit's). */
export const RsvpTokenParams = z.object({ token: z.string().min(1).max(2000) });

/** What the personal link shows: this delegate only. */
export const RsvpView = z.object({
  conference: z.object({
    title: z.string(),
    date: z.string().nullable(),
    dateRaw: z.string().nullable(),
    sessions: z.array(ConferenceSession),
    venue: z.string().nullable(),
    hostName: z.string(),
  }),
  delegate: z.object({
    name: z.string().nullable(),
    position: z.string().nullable(),
    unitName: z.string().nullable(),
    pointName: z.string().nullable(),
  }),
  rsvp: Rsvp,
  substituteName: z.string().nullable(),
  substitutePosition: z.string().nullable(),
  /** False once the conference has ended. */
  open: z.boolean(),
});
export type RsvpView = z.infer<typeof RsvpView>;
/** What a unit's link shows (giấy mời per unit): the conference and the unit's seats, each with its own link. */
export const RsvpUnitView = z.object({
  kind: z.literal('unit'),
  conference: RsvpView.shape.conference,
  unitName: z.string(),
  seats: z.array(
    z.object({
      name: z.string().nullable(),
      position: z.string().nullable(),
      pointName: z.string().nullable(),
      rsvp: Rsvp,
      substituteName: z.string().nullable(),
      /** The seat's personal token: /moi/<token> answers for that seat and shows its QR code. */
      token: z.string(),
    }),
  ),
  open: z.boolean(),
});
export type RsvpUnitView = z.infer<typeof RsvpUnitView>;
/** GET /api/rsvp/:token: a delegate's view, or a unit's (kind: 'unit'). */
export const RsvpAnyView = z.union([RsvpUnitView, RsvpView]);
export type RsvpAnyView = z.infer<typeof RsvpAnyView>;
export const RsvpBody = z
  .object({
    answer: z.enum(['yes', 'no', 'substitute']),
    substituteName: Text(200).optional(),
    substitutePosition: Text(300).optional(),
  })
  .refine((b) => b.answer !== 'substitute' || (b.substituteName ?? '') !== '', {
    message: 'Cần họ tên người đi thay',
    path: ['substituteName'],
  });
export type RsvpBody = z.infer<typeof RsvpBody>;

// ---- check-in and attendance ----

export const CheckinBody = z.object({
  /** The signed token of the QR code (or the personal link it carries). */
  token: Text(2000).min(1).optional(),
  /** Search check-in: the delegate picked by name (staff only). */
  delegateId: z.number().int().positive().optional(),
  conferenceId: z.number().int().positive().optional(),
  point: z.number().int().positive(),
  /** When the phone scanned it, for a queue synced after a network loss. */
  scannedAt: z.iso.datetime().optional(),
});
export type CheckinBody = z.infer<typeof CheckinBody>;
export const CheckinResult = z.object({
  /** checked_in: first time; already: this delegate was already present (the second scan is reported). */
  result: z.enum(['checked_in', 'already']),
  delegate: z.object({
    id: z.number().int(),
    name: z.string().nullable(),
    position: z.string().nullable(),
    unitName: z.string().nullable(),
    groupTitle: z.string().nullable(),
  }),
  at: z.string(),
  pointId: z.number().int().nullable(),
  pointName: z.string().nullable(),
});
export type CheckinResult = z.infer<typeof CheckinResult>;

/** GET /api/conferences/:id/checkin/search: delegates to check in by name (staff of the conference or a point). */
export const CheckinSearchQuery = z.object({
  q: z.string().trim().min(1, 'Nhập tên hoặc đơn vị để tìm').max(100),
  point: z.coerce.number().int().positive().optional(),
});
export const CheckinCandidate = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  position: z.string().nullable(),
  unitName: z.string().nullable(),
  groupTitle: z.string().nullable(),
  present: z.boolean(),
});
export type CheckinCandidate = z.infer<typeof CheckinCandidate>;
export const CheckinSearchResult = z.object({ items: z.array(CheckinCandidate) });
export type CheckinSearchResult = z.infer<typeof CheckinSearchResult>;

export const AbsenceBody = z.object({ reason: Text(1000).min(1, 'Cần lý do vắng') });

export const AttendanceCount = z.object({
  expected: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
});
export const Attendance = z.object({
  conferenceId: z.number().int(),
  total: AttendanceCount,
  byPoint: z.array(AttendanceCount.extend({ pointId: z.number().int().nullable(), name: z.string() })),
  byGroup: z.array(AttendanceCount.extend({ groupId: z.number().int().nullable(), title: z.string() })),
  updatedAt: z.string(),
});
export type Attendance = z.infer<typeof Attendance>;

// ---- presentations (tham luận) ----

export const PresentationStatus = z.enum(['assigned', 'submitted', 'approved', 'changes_requested']);
export const Presentation = z.object({
  id: z.number().int(),
  position: z.number().int(),
  topic: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  presenter: z.string().nullable(),
  minMinutes: z.number().int().nullable(),
  maxMinutes: z.number().int().nullable(),
  dueDate: z.string().nullable(),
  status: PresentationStatus,
  overdue: z.boolean(),
  file: z.object({ name: z.string(), type: z.string(), size: z.number().int() }).nullable(),
  submittedAt: z.string().nullable(),
  /** The programme item it is placed in. */
  itemId: z.number().int().nullable(),
  events: z.array(
    z.object({
      kind: z.enum(['submit', 'approve', 'request_changes', 'comment', 'remind']),
      text: z.string().nullable(),
      by: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type Presentation = z.infer<typeof Presentation>;
export const PresentationInput = z.object({
  topic: Text(1000).min(1, 'Thiếu chủ đề tham luận'),
  unit: UnitRefInput.nullable().optional(),
  presenter: Text(300).nullable().optional(),
  minMinutes: z.number().int().min(0).max(120).nullable().optional(),
  maxMinutes: z.number().int().min(0).max(120).nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
});
export type PresentationInput = z.infer<typeof PresentationInput>;
export const ReviewBody = z.object({
  verdict: z.enum(['approve', 'request_changes', 'comment']),
  comment: Text(5000).optional(),
});
/**
 * PATCH /api/presentations/:id: the fields to change; `position` moves it in the order (from 1); `itemId` places it
 * in a programme item of the same conference (null takes it out of the programme).
 */
export const UpdatePresentationBody = PresentationInput.partial().extend({
  position: z.number().int().min(1).max(10_000).optional(),
  itemId: z.number().int().positive().nullable().optional(),
});
export type UpdatePresentationBody = z.infer<typeof UpdatePresentationBody>;
export const PresentationList = z.array(Presentation);
/** The answer of POST /api/conferences/:id/presentations/remind: units notified. */
export const RemindPresentationsResult = z.object({ notified: z.number().int() });

// ---- award ceremony ----

export const AwardeeKind = z.enum(['collective', 'individual', 'household']);
export const Awardee = z.object({
  id: z.number().int(),
  batchId: z.number().int().nullable(),
  position: z.number().int(),
  kind: AwardeeKind,
  name: z.string(),
  detail: z.string().nullable(),
  awardForm: z.string(),
  decisionNumber: z.string().nullable(),
});
export type Awardee = z.infer<typeof Awardee>;
export const AwardBatch = z.object({
  id: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  presenter: z.string().nullable(),
  awardees: z.array(Awardee),
});
export type AwardBatch = z.infer<typeof AwardBatch>;
export const AwardBatchList = z.array(AwardBatch);
export const AwardeeInput = z.object({
  kind: AwardeeKind,
  name: Text(300).min(1, 'Thiếu tên'),
  detail: Text(500).nullable().optional(),
  awardForm: Text(300).min(1, 'Thiếu hình thức khen thưởng'),
  decisionNumber: Text(100).nullable().optional(),
});
/** PUT /api/conferences/:id/awards replaces the ordered batches. */
export const AwardsBody = z.object({
  batches: z
    .array(
      z.object({
        title: Text(500).min(1),
        presenter: Text(300).nullable().optional(),
        awardees: z.array(AwardeeInput).max(2000),
      }),
    )
    .max(100),
});
export type AwardsBody = z.infer<typeof AwardsBody>;
/** The answer of POST /api/conferences/:id/awards/import (xlsx): rows appended, rows refused with the reason. */
export const AwardImportResult = z.object({
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
export type AwardImportResult = z.infer<typeof AwardImportResult>;

export const DelegateList = Page(Delegate);
