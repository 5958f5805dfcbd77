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

/**
 * Administrative units, villages and organizations in one effective-dated tree.
 * A code may be reused across versions (the 2025 reform reused commune codes), so the row id is the identity
 * and (code, valid_from) is unique. `path` holds the ids from the root down, "/12/345/", for subtree queries.
 */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    level: text('level').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    shortName: text('short_name'),
    /** The group of its documents' ký hiệu its administrator set ("UBND", "SVHTTDL"); null = from its name. */
    symbol: text('symbol'),
    parentId: integer('parent_id'),
    path: text('path').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    searchKey: text('search_key').notNull(),
    /** The name in canonical tone placement, lower case (core/vn-text unitToneKey), to rank a marked query. */
    toneKey: text('tone_key').notNull().default(''),
    isOfficial: boolean('is_official').notNull().default(false),
    /** The page layout its documents use (margins, body size), within NĐ 30's ranges; null = the default. */
    documentLayout: jsonb('document_layout'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_code_valid_from_uq').on(t.code, sql`coalesce(${t.validFrom}, '0001-01-01'::date)`),
    index('units_parent_idx').on(t.parentId),
    index('units_path_idx').on(sql`${t.path} text_pattern_ops`),
    index('units_level_idx').on(t.level),
    index('units_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    index('units_search_prefix_idx').on(sql`${t.searchKey} text_pattern_ops`),
  ],
);

/** Succession: which earlier units a unit was formed from, and whether wholly or in part. */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    id: serial('id').primaryKey(),
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => units.id),
    successorId: integer('successor_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('unit_successions_pair_uq').on(t.predecessorId, t.successorId),
    index('unit_successions_successor_idx').on(t.successorId),
  ],
);
