import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Presentation } from '../../../contracts/conferences';
import type { PresentationInput, ReviewBody } from '../../../contracts/conferences';
import { api, fileForm, upload } from '../../api/client';
import { tasksVi } from '../../i18n/tasks.vi';

export const presentationsKey = (conferenceId: number) =>
  ['conferences', 'presentations', conferenceId] as const;

/** The calls of the tham luận tab, by the route table of the issue. */
export const presentationsApi = {
  presentations: (conferenceId: number) =>
    api.get('/api/conferences/{id}/presentations', { params: { path: { id: conferenceId } } }),
  createPresentation: (conferenceId: number, body: PresentationInput) =>
    api.post('/api/conferences/{id}/presentations', { params: { path: { id: conferenceId } }, body }),
  deletePresentation: (id: number) => api.delete('/api/presentations/{id}', { params: { path: { id } } }),
  uploadPresentation: (id: number, file: File) =>
    upload('/api/presentations/{id}/file', {
      params: { path: { id } },
      form: fileForm(file),
      tooLargeMessage: tasksVi.report.payloadTooLarge,
    }),
  review: (id: number, body: z.input<typeof ReviewBody>) =>
    api.post('/api/presentations/{id}/review', { params: { path: { id } }, body }),
  remind: (conferenceId: number) =>
    api.post('/api/conferences/{id}/presentations/remind', {
      params: { path: { id: conferenceId } },
    }),
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
