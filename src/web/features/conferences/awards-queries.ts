import { useQuery } from '@tanstack/react-query';
import type { AwardsBody } from '../../../contracts/conferences';
import { api, fileForm, upload } from '../../api/client';
import { tasksVi } from '../../i18n/tasks.vi';

export const awardsKey = (conferenceId: number) => ['conferences', 'awards', conferenceId] as const;

/** The calls of the awards tab, by the route table of the issue. */
export const awardsApi = {
  list: (conferenceId: number) =>
    api.get('/api/conferences/{id}/awards', { params: { path: { id: conferenceId } } }),
  save: (conferenceId: number, body: AwardsBody) =>
    api.put('/api/conferences/{id}/awards', { params: { path: { id: conferenceId } }, body }),
  import: (conferenceId: number, file: File) =>
    upload('/api/conferences/{id}/awards/import', {
      params: { path: { id: conferenceId } },
      form: fileForm(file),
      tooLargeMessage: tasksVi.report.payloadTooLarge,
    }),
};

export function useAwards(conferenceId: number) {
  return useQuery({ queryKey: awardsKey(conferenceId), queryFn: () => awardsApi.list(conferenceId) });
}
