import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, checked, fileForm, upload } from '../../api/client';
import { importVi } from '../../i18n/import.vi';

export { ImportedDraft, ImportReview, MAX_IMPORT_BYTES, NameResolution } from '../../../contracts/imports';
import { ImportReview } from '../../../contracts/imports';

/** Sends a plan file for review; `onProgress` gets 0..1 while it uploads. */
export function uploadPlanFile(file: File, onProgress: (fraction: number) => void) {
  return checked(
    ImportReview,
    upload('/api/plans/import', {
      params: { query: { review: 'true' } },
      form: fileForm(file),
      onProgress,
      tooLargeMessage: importVi.file.tooLarge('> 20 MB'),
    }),
  );
}

const resolveKey = (unit: string | null) => ['plans', 'import', 'resolve', unit] as const;

/** The resolution of every name, refreshed when the names or the issuing unit change. */
export function useNameResolutions(unit: string | null, names: string[]) {
  return useQuery({
    queryKey: [...resolveKey(unit), names],
    queryFn: () => api.post('/api/plans/import/resolve', { body: { unit: unit ?? undefined, names } }),
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
      api.put('/api/plans/import/mappings', { body: { unit: unit ?? undefined, ...body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resolveKey(unit) }),
  });
}
