import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units } from './units';
import { documents } from './documents';
import { users } from './accounts';
import { bytea, plans } from './plans';

/**
 * A hội nghị (tổng kết, sơ kết, điển hình tiên tiến, ...), usually organised by a plan. `areaPath` is the area of the
 * host unit (as for plans), copied so scope checks need no join. `secret` signs the delegates' QR tokens (HMAC).
 */
export const conferences = pgTable(
  'conferences',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id').references(() => plans.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    areaUnitId: integer('area_unit_id')
      .notNull()
      .references(() => units.id),
    areaPath: text('area_path').notNull(),
    kind: text('kind').notNull().default('tong_ket'),
    title: text('title').notNull(),
    format: text('format').notNull().default('in_person'),
    date: date('date', { mode: 'string' }),
    dateRaw: text('date_raw'),
    /** [{ label, start: 'HH:MM', end: 'HH:MM' | null }] */
    sessions: jsonb('sessions').notNull().default([]),
    venue: text('venue'),
    capacity: integer('capacity'),
    chair: text('chair'),
    expectedAttendees: integer('expected_attendees'),
    status: text('status').notNull().default('planned'),
    /** { lines: [{ text, amount, source }] } */
    budget: jsonb('budget'),
    secret: text('secret').notNull(),
    invitationDocumentId: integer('invitation_document_id').references(() => documents.id),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('conferences_area_path_idx').on(sql`${t.areaPath} text_pattern_ops`),
    index('conferences_plan_idx').on(t.planId),
  ],
);

/** Công tác chuẩn bị: an item of the logistics checklist, a task for a unit. */
export const conferenceChecklist = pgTable(
  'conference_checklist',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    dueDate: date('due_date', { mode: 'string' }),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: integer('done_by').references(() => users.id),
    note: text('note'),
  },
  (t) => [index('conference_checklist_conf_idx').on(t.conferenceId, t.position)],
);

/** Điểm cầu: the main point (is_main) or a point at a unit; other units may join at it. */
export const conferencePoints = pgTable(
  'conference_points',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    isMain: boolean('is_main').notNull().default(false),
    unitId: integer('unit_id').references(() => units.id),
    /** The host unit's path (the conference's area path when the point has no unit), for check-in scope. */
    unitPath: text('unit_path').notNull(),
    room: text('room'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    /** untested | ok | failed */
    testStatus: text('test_status').notNull().default('untested'),
    testedAt: timestamp('tested_at', { withTimezone: true }),
    testNote: text('test_note'),
  },
  (t) => [index('conference_points_conf_idx').on(t.conferenceId, t.position)],
);

/** A unit attending at a point (its own or another unit's). `name` keeps the text when no unit matched. */
export const conferencePointUnits = pgTable(
  'conference_point_units',
  {
    id: serial('id').primaryKey(),
    pointId: integer('point_id')
      .notNull()
      .references(() => conferencePoints.id),
    unitId: integer('unit_id').references(() => units.id),
    name: text('name').notNull(),
  },
  (t) => [index('conference_point_units_point_idx').on(t.pointId)],
);

/** Chương trình: ordered items; clock times are computed from the session start and the minutes before. */
export const conferenceItems = pgTable(
  'conference_items',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    presenter: text('presenter'),
    presenterUnitId: integer('presenter_unit_id').references(() => units.id),
    minutes: integer('minutes'),
    /** Văn nghệ: the number of performances. */
    performances: integer('performances'),
    presentationId: integer('presentation_id'),
    note: text('note'),
  },
  (t) => [index('conference_items_conf_idx').on(t.conferenceId, t.position)],
);

/** Thành phần đại biểu: a group by level, with its composition rule ("Chủ tịch UBND các xã, thị trấn"). */
export const delegateGroups = pgTable(
  'delegate_groups',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** province | district | commune | village | awardee | other */
    level: text('level'),
    rule: text('rule'),
    quota: integer('quota'),
    expected: integer('expected'),
    pointId: integer('point_id').references(() => conferencePoints.id),
  },
  (t) => [index('delegate_groups_conf_idx').on(t.conferenceId, t.position)],
);

/**
 * A delegate: a named person, or a seat named by its post ("Chủ tịch UBND xã Cẩm Bình") until the unit names who
 * comes. `dedupeKey` (folded name + unit, or the phone/e-mail) is unique per conference. `tokenVersion` is signed
 * into the QR token; raising it revokes the printed one.
 */
export const delegates = pgTable(
  'delegates',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    groupId: integer('group_id').references(() => delegateGroups.id),
    pointId: integer('point_id').references(() => conferencePoints.id),
    name: text('name'),
    position: text('position'),
    unitId: integer('unit_id').references(() => units.id),
    unitName: text('unit_name'),
    phone: text('phone'),
    email: text('email'),
    seat: text('seat'),
    /** rule | import | manual */
    source: text('source').notNull().default('manual'),
    dedupeKey: text('dedupe_key').notNull(),
    tokenVersion: integer('token_version').notNull().default(1),
    /** pending | yes | no | substitute */
    rsvp: text('rsvp').notNull().default('pending'),
    substituteName: text('substitute_name'),
    substitutePosition: text('substitute_position'),
    rsvpAt: timestamp('rsvp_at', { withTimezone: true }),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('delegates_dedupe_idx').on(t.conferenceId, t.dedupeKey),
    index('delegates_conf_group_idx').on(t.conferenceId, t.groupId),
    index('delegates_conf_point_idx').on(t.conferenceId, t.pointId),
  ],
);

/** One row per delegate who came (or was marked absent with a reason): the primary key makes check-in idempotent. */
export const attendance = pgTable(
  'attendance',
  {
    delegateId: integer('delegate_id')
      .primaryKey()
      .references(() => delegates.id),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    pointId: integer('point_id').references(() => conferencePoints.id),
    /** present | absent */
    status: text('status').notNull(),
    reason: text('reason'),
    /** qr | search | manual */
    method: text('method'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUser: integer('by_user').references(() => users.id),
  },
  (t) => [index('attendance_conf_idx').on(t.conferenceId, t.pointId)],
);

/** Tham luận: assigned to a unit or a person; the text is uploaded, reviewed, and placed in the programme. */
export const presentations = pgTable(
  'presentations',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    position: integer('position').notNull(),
    topic: text('topic').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    unitName: text('unit_name'),
    presenter: text('presenter'),
    minMinutes: integer('min_minutes'),
    maxMinutes: integer('max_minutes'),
    dueDate: date('due_date', { mode: 'string' }),
    /** assigned | submitted | approved | changes_requested */
    status: text('status').notNull().default('assigned'),
    fileName: text('file_name'),
    fileType: text('file_type'),
    fileSize: integer('file_size'),
    file: bytea('file'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
  },
  (t) => [index('presentations_conf_idx').on(t.conferenceId, t.position)],
);

/** The record of a tham luận: submissions, reviews (duyệt / yêu cầu sửa) and comments. */
export const presentationEvents = pgTable(
  'presentation_events',
  {
    id: serial('id').primaryKey(),
    presentationId: integer('presentation_id')
      .notNull()
      .references(() => presentations.id),
    /** submit | approve | request_changes | comment | remind */
    kind: text('kind').notNull(),
    text: text('text'),
    byUser: integer('by_user').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('presentation_events_idx').on(t.presentationId, t.at)],
);

/** Khen thưởng at the ceremony: batches called in order, each with who presents it. */
export const awardBatches = pgTable(
  'award_batches',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    presenter: text('presenter'),
  },
  (t) => [index('award_batches_conf_idx').on(t.conferenceId, t.position)],
);

export const awardees = pgTable(
  'awardees',
  {
    id: serial('id').primaryKey(),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    batchId: integer('batch_id').references(() => awardBatches.id),
    position: integer('position').notNull(),
    /** collective | individual | household */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Chức vụ, đơn vị, or address (for a household). */
    detail: text('detail'),
    /** "Giấy khen của Chủ tịch UBND huyện", "Bằng khen của Chủ tịch UBND tỉnh", ... */
    awardForm: text('award_form').notNull(),
    decisionNumber: text('decision_number'),
    delegateId: integer('delegate_id').references(() => delegates.id),
  },
  (t) => [index('awardees_conf_idx').on(t.conferenceId, t.batchId, t.position)],
);
