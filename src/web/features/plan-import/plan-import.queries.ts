import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ErrorCode } from '../../../contracts/common';
import { api, ApiError, buildUrl, CSRF_HEADERS } from '../../api-client';
import { importVi } from '../../i18n/import.vi';
import { vi } from '../../i18n/vi';

export { ImportedDraft, ImportReview, MAX_IMPORT_BYTES, NameResolution } from '../../../contracts/imports';
import { ImportReview, NameResolution } from '../../../contracts/imports';

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
    for (const [name, value] of Object.entries(CSRF_HEADERS)) xhr.setRequestHeader(name, value);
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
