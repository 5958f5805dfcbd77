import { z } from 'zod';
import { Conference, PlanTarget, PlanTask, type DocumentSection } from './documents';

/** The size POST /api/plans/import accepts; a larger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const LooseSection: z.ZodType<DocumentSection> = z.object({
  label: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string().nullable(),
  get children() {
    return z.array(LooseSection);
  },
});

/**
 * The importer's DocumentDraft as read, before anyone checked it: the shape of the contract's DocumentDraft without its
 * "required" rules, since a half-understood plan comes back with empty title, place or signer for the user to fill.
 *
 */
export const ImportedDraft = z.object({
  kind: z.string(),
  issuer: z.object({ parent: z.string().nullable(), name: z.string() }),
  number: z.string().nullable(),
  symbol: z.string().nullable().optional(),
  place: z.string(),
  date: z.string().nullable(),
  title: z.string(),
  recipientsTo: z.array(z.string()).default([]),
  legalBases: z.array(z.string()).default([]),
  sections: z.array(LooseSection).default([]),
  signer: z.object({
    authority: z.string().nullable(),
    delegation: z.string().nullable(),
    position: z.string(),
    name: z.string(),
  }),
  recipients: z.array(z.string()).default([]),
  targets: z.array(PlanTarget).default([]),
  tasks: z.array(PlanTask).default([]),
  // Only carried into the saved draft (for the conference issue); a shape the contract refuses is dropped, not fatal.
  conference: Conference.nullish().catch(null),
  budget: z
    .object({
      source: z.string(),
      lines: z.array(z.object({ text: z.string(), amount: z.number().nullable() })).optional(),
    })
    .nullable()
    .default(null),
  warnings: z.array(z.object({ line: z.number().int(), message: z.string() })).default([]),
});
export type ImportedDraft = z.infer<typeof ImportedDraft>;

/** POST /api/plans/import?review=true: the draft and the text lines it was read from (warnings count from 1). */
export const ImportReview = z.object({ draft: ImportedDraft, lines: z.array(z.string()) });
export type ImportReview = z.infer<typeof ImportReview>;

/** What a name of the plan stands for in the issuing body's area (POST /api/plans/import/resolve). */
export const NameResolution = z.object({
  name: z.string(),
  kind: z.enum(['unit', 'collective', 'position', 'unmatched']),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  confidence: z.number(),
  mapped: z.boolean(),
  members: z.number().int(),
});
export type NameResolution = z.infer<typeof NameResolution>;

/** POST /api/plans/import: `?review=true` answers the draft with the lines it was read from. */
export const ImportQuery = z.object({ review: z.enum(['true', 'false']).optional() });

/** The issuing body whose area the names are looked up in (its code); the account's unit when absent. */
const AreaUnit = z.string().min(1).max(40).optional();

/** POST /api/plans/import/resolve. */
export const ResolveNamesBody = z.object({ unit: AreaUnit, names: z.array(z.string().max(300)).max(500) });
export type ResolveNamesBody = z.infer<typeof ResolveNamesBody>;

/** PUT /api/plans/import/mappings: a name stands for a unit (its code), or for nobody (null). */
export const SaveMappingBody = z.object({
  unit: AreaUnit,
  name: z.string().trim().min(1).max(300),
  target: z.string().min(1).max(40).nullable(),
  position: z.string().trim().max(300).nullable().optional(),
});
export type SaveMappingBody = z.infer<typeof SaveMappingBody>;
