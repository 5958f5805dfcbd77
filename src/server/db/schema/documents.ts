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

/** An official document of an issuing body (an organization or unit); its drafts are versions. */
export const documents = pgTable(
  'documents',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** draft → issued (numbered from the register, frozen). */
    status: text('status').notNull().default('draft'),
    currentVersion: integer('current_version').notNull().default(1),
    /** The version frozen at issue; later versions of an issued plan are amendments and never replace it silently. */
    issuedVersion: integer('issued_version'),
    number: text('number'),
    issuedDate: date('issued_date', { mode: 'string' }),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_unit_idx').on(t.unitId)],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    version: integer('version').notNull(),
    draft: jsonb('draft').notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('document_versions_uq').on(t.documentId, t.version)],
);

/**
 * One number series per issuing body, year and confidentiality (NĐ 30/2020 Art. 15): numbers start at 01
 * on 1 January. `nextNumber` is taken and advanced by one atomic upsert.
 */
export const numberSeries = pgTable(
  'number_series',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    isConfidential: boolean('is_confidential').notNull().default(false),
    nextNumber: integer('next_number').notNull(),
  },
  (t) => [uniqueIndex('number_series_uq').on(t.unitId, t.year, t.isConfidential)],
);

/** Sổ đăng ký văn bản đi: the ten fields of Phụ lục IV, one row per issued document. */
export const registerEntries = pgTable(
  'register_entries',
  {
    id: serial('id').primaryKey(),
    seriesId: integer('series_id')
      .notNull()
      .references(() => numberSeries.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    sequence: integer('sequence').notNull(),
    /** 1. Số, ký hiệu */
    number: text('number').notNull(),
    /** 2. Ngày tháng */
    issuedDate: date('issued_date', { mode: 'string' }).notNull(),
    /** 3. Tên loại và trích yếu nội dung */
    kindAndTitle: text('kind_and_title').notNull(),
    /** 4. Người ký */
    signer: text('signer').notNull(),
    /** 5. Nơi nhận */
    recipients: text('recipients').notNull(),
    /** 6. Đơn vị, người nhận bản lưu */
    archiveHolder: text('archive_holder'),
    /** 7. Số lượng bản */
    copies: integer('copies'),
    /** 8. Ngày chuyển */
    sentDate: date('sent_date', { mode: 'string' }),
    /** 9. Ký nhận */
    receivedBy: text('received_by'),
    /** 10. Ghi chú */
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('register_entries_seq_uq').on(t.seriesId, t.sequence)],
);
