import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { DocumentSection } from '../../../contracts/documents';
import { ErrorCode } from '../../../contracts/common';
import { Conference, PlanTarget, PlanTask } from '../../../contracts/documents';
import { api, ApiError, buildUrl } from '../../api-client';
import { importVi } from '../../i18n/import.vi';
import { vi } from '../../i18n/vi';

/** The size POST /api/plans/import accepts; a larger file is refused before it is sent. */
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
 * (Mirrors the server's answer; belongs in src/contracts once the import contract settles.)
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

function importError(status: number, body: unknown): ApiError {
  const envelope = z
    .object({ error: z.object({ code: ErrorCode, message: z.string(), details: z.unknown().optional() }) })
    .safeParse(body);
  if (envelope.success)
    return new ApiError(
      status,
      envelope.data.error.code,
      envelope.data.error.message,
      envelope.data.error.details,
    );
  // A proxy in front of the server may refuse a large body with its own page.
  if (status === 413) return new ApiError(status, 'PAYLOAD_TOO_LARGE', importVi.file.tooLarge('> 20 MB'));
  return new ApiError(status, 'INTERNAL', vi.errors.httpStatus(status));
}

/**
 * Sends a plan file and reads the answer. XMLHttpRequest rather than fetch, for the upload's progress
 * (`onProgress` gets 0..1); failures become ApiError like any other call.
 */
export function uploadPlanFile(file: File, onProgress: (fraction: number) => void): Promise<ImportReview> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl('/plans/import', { review: true }));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', vi.errors.network));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        // Not JSON: handled below as a bad answer or an HTTP error.
      }
      if (xhr.status < 200 || xhr.status >= 300) return reject(importError(xhr.status, body));
      const parsed = ImportReview.safeParse(body);
      if (parsed.success) return resolve(parsed.data);
      console.error('Answer does not match the contract', '/plans/import', parsed.error.issues);
      reject(new ApiError(xhr.status, 'BAD_RESPONSE', vi.errors.badResponse, parsed.error.issues));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

const resolveKey = (unit: string | null) => ['plans', 'import', 'resolve', unit] as const;

/** The resolution of every name, refreshed when the names or the issuing unit change. */
export function useNameResolutions(unit: string | null, names: string[]) {
  return useQuery({
    queryKey: [...resolveKey(unit), names],
    queryFn: () =>
      api.post(
        '/plans/import/resolve',
        { unit: unit ?? undefined, names },
        { schema: z.array(NameResolution) },
      ),
    enabled: names.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Remembers what a name means (a unit, or a position when `target` is null), then resolves the names again. */
export function useSaveMapping(unit: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; target: string | null; position: string | null }) =>
      api.put('/plans/import/mappings', { unit: unit ?? undefined, ...body }, { schema: NameResolution }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resolveKey(unit) }),
  });
}
