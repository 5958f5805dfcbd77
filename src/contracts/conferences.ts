/** Conference contracts: the conference, its checklist, bridge points and programme, and the conference as read. */
import { z } from 'zod';
import { IsoDate, Page } from './common';
import {
  ConferenceBudget,
  ConferenceFormat,
  ConferenceKind,
  ConferenceSession,
  ConferenceStatus,
  ConferenceStep,
  ItemKind,
  Text,
  UnitRefInput,
} from './conference-fields';
import { DelegateGroup, InvitationsSummary, Presentation } from './conference-people';

export * from './conference-fields';
export * from './conference-people';

// ---- conference ----

export const ConferenceInput = z.object({
  title: Text(1000).min(1, 'Thiếu tên hội nghị'),
  kind: ConferenceKind.default('tong_ket'),
  format: ConferenceFormat.default('in_person'),
  date: IsoDate.nullable().optional(),
  /** The date as the plan wrote it when it names no single day ("trung tuần tháng 01/2022"). */
  dateRaw: Text(300).nullable().optional(),
  sessions: z.array(ConferenceSession).max(6).default([]),
  venue: Text(500).nullable().optional(),
  capacity: z.number().int().min(0).max(1_000_000).nullable().optional(),
  chair: Text(300).nullable().optional(),
  expectedAttendees: z.number().int().min(0).max(1_000_000).nullable().optional(),
  budget: ConferenceBudget.nullable().optional(),
});
export type ConferenceInput = z.infer<typeof ConferenceInput>;

/**
 * POST /api/conferences: `{ fromPlan: id }` creates the conference from the plan's conference facts (date, format,
 * points, groups, programme, presentations) for the user to complete; otherwise the fields are given.
 * `unit` is the host unit (code); the plan's unit, else the actor's own, when absent.
 */
export const CreateConferenceBody = z.union([
  z.object({ fromPlan: z.number().int().positive(), unit: Text(40).optional() }),
  ConferenceInput.extend({
    unit: Text(40).optional(),
    planId: z.number().int().positive().nullable().optional(),
  }),
]);
export type CreateConferenceBody = z.infer<typeof CreateConferenceBody>;

/**
 * A PATCH changes only what it names. In zod 4 `.partial()` keeps the defaults of the create schema, which would
 * fill in kind, format and sessions the request left out, so those are plain optional here.
 */
export const UpdateConferenceBody = ConferenceInput.partial().extend({
  kind: ConferenceKind.optional(),
  format: ConferenceFormat.optional(),
  sessions: z.array(ConferenceSession).max(6).optional(),
  status: ConferenceStep.optional(),
});
export type UpdateConferenceBody = z.infer<typeof UpdateConferenceBody>;

export const ChecklistItem = z.object({
  id: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;
export const ChecklistItemInput = z.object({
  text: Text(1000).min(1, 'Thiếu nội dung công việc'),
  unit: UnitRefInput.nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
  done: z.boolean().optional(),
  note: Text(2000).nullable().optional(),
});
export type ChecklistItemInput = z.infer<typeof ChecklistItemInput>;
/** The whole checklist, in order (the answer of adding the template). */
export const ChecklistItems = z.array(ChecklistItem);

// ---- bridge points ----

export const PointTestStatus = z.enum(['untested', 'ok', 'failed']);
export const BridgePoint = z.object({
  id: z.number().int(),
  position: z.number().int(),
  name: z.string(),
  isMain: z.boolean(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  room: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  testStatus: PointTestStatus,
  testedAt: z.string().nullable(),
  testNote: z.string().nullable(),
  /** Units attending here: the host and those joining at its point. */
  units: z.array(z.object({ unitId: z.number().int().nullable(), name: z.string() })),
  delegates: z.number().int(),
  present: z.number().int(),
});
export type BridgePoint = z.infer<typeof BridgePoint>;
export const BridgePointInput = z.object({
  name: Text(300).min(1, 'Thiếu tên điểm cầu'),
  isMain: z.boolean().default(false),
  unit: UnitRefInput.nullable().optional(),
  room: Text(300).nullable().optional(),
  contactName: Text(200).nullable().optional(),
  contactPhone: Text(30).nullable().optional(),
  testStatus: PointTestStatus.optional(),
  testNote: Text(1000).nullable().optional(),
  /** Units joining at this point (besides its host). */
  units: z.array(UnitRefInput).max(500).default([]),
});
export type BridgePointInput = z.infer<typeof BridgePointInput>;
/** PATCH /api/points/:id: only what it names (no defaults, see UpdateConferenceBody). */
export const UpdateBridgePointBody = BridgePointInput.partial().extend({
  isMain: z.boolean().optional(),
  units: z.array(UnitRefInput).max(500).optional(),
});
export type UpdateBridgePointBody = z.infer<typeof UpdateBridgePointBody>;

// ---- programme ----

export const ProgrammeItem = z.object({
  id: z.number().int(),
  position: z.number().int(),
  kind: ItemKind,
  title: z.string(),
  presenter: z.string().nullable(),
  presenterUnitId: z.number().int().nullable(),
  minutes: z.number().int().nullable(),
  performances: z.number().int().nullable(),
  presentationId: z.number().int().nullable(),
  note: z.string().nullable(),
  /** Clock times computed from the first session's start and the minutes of the items before. */
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
});
export type ProgrammeItem = z.infer<typeof ProgrammeItem>;
export const ProgrammeItemInput = z.object({
  kind: ItemKind,
  title: Text(1000).min(1, 'Thiếu nội dung'),
  presenter: Text(300).nullable().optional(),
  presenterUnit: UnitRefInput.nullable().optional(),
  minutes: z.number().int().min(0).max(600).nullable().optional(),
  performances: z.number().int().min(0).max(100).nullable().optional(),
  presentationId: z.number().int().positive().nullable().optional(),
  note: Text(2000).nullable().optional(),
});
export type ProgrammeItemInput = z.infer<typeof ProgrammeItemInput>;
/** PUT /api/conferences/:id/programme replaces the whole ordered list. */
export const ProgrammeBody = z.object({ items: z.array(ProgrammeItemInput).max(200) });
/** The programme as read, in order, with its clock times. */
export const Programme = z.array(ProgrammeItem);

// ---- the conference as read ----

export const ConferenceSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: ConferenceKind,
  format: ConferenceFormat,
  status: ConferenceStatus,
  date: z.string().nullable(),
  dateRaw: z.string().nullable(),
  venue: z.string().nullable(),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  planId: z.number().int().nullable(),
  delegates: z.number().int(),
  present: z.number().int(),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummary>;

export const ConferenceDetail = ConferenceSummary.extend({
  sessions: z.array(ConferenceSession),
  capacity: z.number().int().nullable(),
  chair: z.string().nullable(),
  expectedAttendees: z.number().int().nullable(),
  budget: ConferenceBudget.nullable(),
  budgetTotal: z.number(),
  plan: z.object({ id: z.number().int(), title: z.string(), number: z.string().nullable() }).nullable(),
  checklist: z.array(ChecklistItem),
  points: z.array(BridgePoint),
  groups: z.array(DelegateGroup),
  programme: z.array(ProgrammeItem),
  presentations: z.array(Presentation),
  invitations: InvitationsSummary,
  /** What the plan said that did not fit a field (bridge-point sentences, unmatched names). */
  warnings: z.array(z.string()),
  /** Why it was cancelled (status `cancelled`), as its editor wrote it. */
  cancelReason: z.string().nullable(),
  /**
   * canDelete: an editor, and nothing has left the office yet (no giấy mời, nobody checked in); otherwise
   * canCancel: an editor of a conference not ended or cancelled.
   */
  permissions: z.object({
    canEdit: z.boolean(),
    canCheckIn: z.boolean(),
    canDelete: z.boolean(),
    canCancel: z.boolean(),
  }),
  /**
   * What this account may do now, by the server's conference policy (exactly what the API accepts): edit (PATCH
   * fields and parts), moveTo (the steps a PATCH `{ status }` accepts besides the current one), nextStep (the step
   * after this one, when allowed), cancel, delete.
   */
  allowedActions: z.object({
    edit: z.boolean(),
    moveTo: z.array(ConferenceStep),
    nextStep: ConferenceStep.nullable(),
    cancel: z.boolean(),
    delete: z.boolean(),
  }),
});
export type ConferenceDetail = z.infer<typeof ConferenceDetail>;

/** POST /api/conferences/:id/cancel: the reason is kept and shown on the conference page. */
export const CancelConferenceBody = z.object({
  reason: z.string().trim().min(1, 'Cần ghi lý do hủy hội nghị').max(1000),
});
export type CancelConferenceBody = z.infer<typeof CancelConferenceBody>;

/** POST /api/delegates/:id/invitation/reissue: a new personal link (the old one stops working). */
export const ReissueInvitationBody = z.object({
  /** E-mail the new link to the delegate's address, when it has one. */
  email: z.boolean().default(true),
});
export type ReissueInvitationBody = z.infer<typeof ReissueInvitationBody>;

/** The answer of re-issuing or cancelling a delegate's invitation. */
export const DelegateInvitation = z.object({
  delegateId: z.number().int(),
  tokenVersion: z.number().int(),
  invited: z.boolean(),
  /** The new personal link (re-issue only). */
  link: z.string().nullable(),
  emailed: z.boolean(),
});
export type DelegateInvitation = z.infer<typeof DelegateInvitation>;

export const ConferenceListQuery = z.object({
  status: ConferenceStatus.optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ConferenceList = Page(ConferenceSummary);
