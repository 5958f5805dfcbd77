import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { AwardBatch, AwardImportResult, type AwardsBody } from '../../../contracts/conferences';
import { api } from '../../api-client';
import { postForm } from '../tasks/post-form';
import { fileForm } from './presentations-queries';

export const awardsKey = (conferenceId: number) => ['conferences', 'awards', conferenceId] as const;

/** The calls of the awards tab, by the route table of the issue. */
export const awardsApi = {
  list: (conferenceId: number) =>
    api.get(`/conferences/${conferenceId}/awards`, { schema: z.array(AwardBatch) }),
  save: (conferenceId: number, body: AwardsBody) =>
    api.put(`/conferences/${conferenceId}/awards`, body, { schema: z.array(AwardBatch) }),
  import: (conferenceId: number, file: File) =>
    postForm(`/conferences/${conferenceId}/awards/import`, fileForm(file), AwardImportResult),
};

export function useAwards(conferenceId: number) {
  return useQuery({ queryKey: awardsKey(conferenceId), queryFn: () => awardsApi.list(conferenceId) });
}
