import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Presentation, type PresentationInput, type ReviewBody } from '../../../contracts/conferences';
import { api, ApiError, buildUrl } from '../../api-client';
import { vi } from '../../i18n/vi';
import { postForm } from '../tasks/post-form';

const RemindResult = z.object({ notified: z.number().int() });

export const presentationsKey = (conferenceId: number) =>
  ['conferences', 'presentations', conferenceId] as const;

/** DELETE, answering like the JSON client (api-client has no DELETE). */
async function apiDelete(path: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path), {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: ApiError['code']; message?: string; details?: unknown };
  } | null;
  if (body?.error?.code && body.error.message)
    throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  throw new ApiError(response.status, 'INTERNAL', vi.errors.httpStatus(response.status));
}

export const fileForm = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

/** The calls of the tham luận tab, by the route table of the issue. */
export const presentationsApi = {
  presentations: (conferenceId: number) =>
    api.get(`/conferences/${conferenceId}/presentations`, { schema: z.array(Presentation) }),
  createPresentation: (conferenceId: number, body: PresentationInput) =>
    api.post(`/conferences/${conferenceId}/presentations`, body, { schema: Presentation }),
  deletePresentation: (id: number) => apiDelete(`/presentations/${id}`),
  uploadPresentation: (id: number, file: File) =>
    postForm(`/presentations/${id}/file`, fileForm(file), Presentation),
  review: (id: number, body: z.input<typeof ReviewBody>) =>
    api.post(`/presentations/${id}/review`, body, { schema: Presentation }),
  remind: (conferenceId: number) =>
    api.post(`/conferences/${conferenceId}/presentations/remind`, {}, { schema: RemindResult }),
};

export function usePresentations(conferenceId: number, initial: Presentation[]) {
  return useQuery({
    queryKey: presentationsKey(conferenceId),
    queryFn: () => presentationsApi.presentations(conferenceId),
    initialData: initial,
    initialDataUpdatedAt: 0,
  });
}

/** A change made from the tham luận or awards tab: the conference page (its counts, its programme) and the lists are read again. */
export function useCeremonyMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['conferences'] }),
  });
}
