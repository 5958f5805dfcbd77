import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Presentation, type PresentationInput, type ReviewBody } from '../../../contracts/conferences';
import { api } from '../../api-client';
import { postForm } from '../tasks/post-form';

const RemindResult = z.object({ notified: z.number().int() });

export const presentationsKey = (conferenceId: number) =>
  ['conferences', 'presentations', conferenceId] as const;

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
  deletePresentation: (id: number) => api.delete(`/presentations/${id}`),
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
