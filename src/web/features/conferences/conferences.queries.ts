import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BridgePointInput,
  ChecklistItemInput,
  ConferenceStatus,
  CreateConferenceBody,
  DelegateGroupInput,
  DelegateInput,
  GenerateInvitationsBody,
  ProgrammeBody,
  Rsvp,
  UpdateConferenceBody,
} from '../../../contracts/conferences';
import { api, fileForm, upload } from '../../api/client';
import { tasksVi } from '../../i18n/tasks.vi';

export interface ConferenceListParams {
  status?: ConferenceStatus;
  year?: number;
  limit: number;
  offset: number;
}

export interface DelegateListParams {
  q?: string;
  group?: number;
  point?: number;
  rsvp?: Rsvp;
  limit: number;
  offset: number;
}

/** `skipped`: why a rule made no seat (A2's answer adds it to the route table's {created, named}). */

export const conferenceDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['conferences', 'detail', id],
    queryFn: () => api.get('/api/conferences/{id}', { params: { path: { id } } }),
    retry: false,
  });

export function useConferenceList(params: ConferenceListParams) {
  return useQuery({
    queryKey: ['conferences', 'list', params],
    queryFn: () => api.get('/api/conferences', { params: { query: { ...params } } }),
    placeholderData: keepPreviousData,
  });
}

export function useConferenceDetail(id: number) {
  return useQuery(conferenceDetailQuery(id));
}

export function useDelegateList(conferenceId: number, params: DelegateListParams) {
  return useQuery({
    queryKey: ['conferences', 'delegates', conferenceId, params],
    queryFn: () =>
      api.get('/api/conferences/{id}/delegates', {
        params: { path: { id: conferenceId }, query: { ...params } },
      }),
    placeholderData: keepPreviousData,
  });
}

/** Every call of the organiser's pages, by route of the route table. */
export const conferenceApi = {
  create: (body: z.input<typeof CreateConferenceBody>) => api.post('/api/conferences', { body }),
  update: (id: number, body: z.input<typeof UpdateConferenceBody>) =>
    api.patch('/api/conferences/{id}', { params: { path: { id } }, body }),
  remove: (id: number) => api.delete('/api/conferences/{id}', { params: { path: { id } } }),
  cancel: (id: number, reason: string) =>
    api.post('/api/conferences/{id}/cancel', { params: { path: { id } }, body: { reason } }),

  createPoint: (conferenceId: number, body: z.input<typeof BridgePointInput>) =>
    api.post('/api/conferences/{id}/points', { params: { path: { id: conferenceId } }, body }),
  updatePoint: (id: number, body: Partial<z.input<typeof BridgePointInput>>) =>
    api.patch('/api/points/{id}', { params: { path: { id } }, body }),
  deletePoint: (id: number) => api.delete('/api/points/{id}', { params: { path: { id } } }),

  addChecklistItem: (conferenceId: number, body: ChecklistItemInput) =>
    api.post('/api/conferences/{id}/checklist', { params: { path: { id: conferenceId } }, body }),
  addChecklistTemplate: (conferenceId: number) =>
    api.post('/api/conferences/{id}/checklist/template', {
      params: { path: { id: conferenceId } },
    }),
  updateChecklistItem: (id: number, body: Partial<ChecklistItemInput>) =>
    api.patch('/api/checklist/{id}', { params: { path: { id } }, body }),
  deleteChecklistItem: (id: number) => api.delete('/api/checklist/{id}', { params: { path: { id } } }),

  saveProgramme: (conferenceId: number, body: z.input<typeof ProgrammeBody>) =>
    api.put('/api/conferences/{id}/programme', { params: { path: { id: conferenceId } }, body }),

  createGroup: (conferenceId: number, body: DelegateGroupInput) =>
    api.post('/api/conferences/{id}/groups', { params: { path: { id: conferenceId } }, body }),
  updateGroup: (id: number, body: Partial<DelegateGroupInput>) =>
    api.patch('/api/groups/{id}', { params: { path: { id } }, body }),
  deleteGroup: (id: number) => api.delete('/api/groups/{id}', { params: { path: { id } } }),
  expandGroup: (id: number) => api.post('/api/groups/{id}/expand', { params: { path: { id } } }),

  createDelegate: (conferenceId: number, body: DelegateInput) =>
    api.post('/api/conferences/{id}/delegates', { params: { path: { id: conferenceId } }, body }),
  updateDelegate: (id: number, body: Partial<DelegateInput>) =>
    api.patch('/api/delegates/{id}', { params: { path: { id } }, body }),
  deleteDelegate: (id: number) => api.delete('/api/delegates/{id}', { params: { path: { id } } }),
  importDelegates: (conferenceId: number, file: File) => {
    return upload('/api/conferences/{id}/delegates/import', {
      params: { path: { id: conferenceId } },
      form: fileForm(file),
      tooLargeMessage: tasksVi.report.payloadTooLarge,
    });
  },

  generateInvitations: (conferenceId: number, body: z.input<typeof GenerateInvitationsBody>) =>
    api.post('/api/conferences/{id}/invitations', { params: { path: { id: conferenceId } }, body }),
  remindInvitations: (conferenceId: number) =>
    api.post('/api/conferences/{id}/invitations/remind', {
      params: { path: { id: conferenceId } },
    }),
  reissueInvitation: (delegateId: number, email: boolean) =>
    api.post('/api/delegates/{id}/invitation/reissue', {
      params: { path: { id: delegateId } },
      body: { email },
    }),
  cancelInvitation: (delegateId: number) =>
    api.post('/api/delegates/{id}/invitation/cancel', { params: { path: { id: delegateId } } }),
};

/** A change to anything of a conference: the page, its lists and the delegate table are read again. */
export function useConferenceMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: { onSuccess?: (result: Result) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['conferences'] });
      options.onSuccess?.(result);
    },
  });
}

/** A file of the conference (DOCX, XLSX, PDF), fetched and saved by `download` (api/client) when called. */
export function useDownload() {
  return useMutation({ mutationFn: (fetchAndSave: () => Promise<void>) => fetchAndSave() });
}
