import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  BridgePoint,
  ChecklistItem,
  ConferenceDetail,
  ConferenceSummary,
  Delegate,
  DelegateGroup,
  DelegateImportResult,
  DelegateInvitation,
  InvitationsSummary,
  ProgrammeItem,
  type BridgePointInput,
  type ChecklistItemInput,
  type ConferenceStatus,
  type CreateConferenceBody,
  type DelegateGroupInput,
  type DelegateInput,
  type GenerateInvitationsBody,
  type ProgrammeBody,
  type Rsvp,
  type UpdateConferenceBody,
} from '../../../contracts/conferences';
import { api, fetchFile, saveFile } from '../../api-client';
import { postForm } from '../tasks/post-form';

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

const ConferenceList = z.object({ items: z.array(ConferenceSummary), total: z.number().int() });
const DelegateList = z.object({ items: z.array(Delegate), total: z.number().int() });
/** `skipped`: why a rule made no seat (A2's answer adds it to the route table's {created, named}). */
const ExpandResult = z.object({
  created: z.number().int(),
  named: z.number().int(),
  skipped: z.array(z.string()).optional(),
});
const RemindResult = z.object({ queued: z.number().int() });

export const conferenceDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['conferences', 'detail', id],
    queryFn: () => api.get(`/conferences/${id}`, { schema: ConferenceDetail }),
    retry: false,
  });

export function useConferenceList(params: ConferenceListParams) {
  return useQuery({
    queryKey: ['conferences', 'list', params],
    queryFn: () => api.get('/conferences', { query: { ...params }, schema: ConferenceList }),
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
      api.get(`/conferences/${conferenceId}/delegates`, { query: { ...params }, schema: DelegateList }),
    placeholderData: keepPreviousData,
  });
}

/** Every call of the organiser's pages, by route of the route table. */
export const conferenceApi = {
  create: (body: z.input<typeof CreateConferenceBody>) =>
    api.post('/conferences', body, { schema: ConferenceDetail }),
  update: (id: number, body: z.input<typeof UpdateConferenceBody>) =>
    api.patch(`/conferences/${id}`, body, { schema: ConferenceDetail }),
  remove: (id: number) => api.delete(`/conferences/${id}`),
  cancel: (id: number, reason: string) =>
    api.post(`/conferences/${id}/cancel`, { reason }, { schema: ConferenceDetail }),

  createPoint: (conferenceId: number, body: z.input<typeof BridgePointInput>) =>
    api.post(`/conferences/${conferenceId}/points`, body, { schema: BridgePoint }),
  updatePoint: (id: number, body: Partial<z.input<typeof BridgePointInput>>) =>
    api.patch(`/points/${id}`, body, { schema: BridgePoint }),
  deletePoint: (id: number) => api.delete(`/points/${id}`),

  addChecklistItem: (conferenceId: number, body: ChecklistItemInput) =>
    api.post(`/conferences/${conferenceId}/checklist`, body, { schema: ChecklistItem }),
  addChecklistTemplate: (conferenceId: number) =>
    api.post(`/conferences/${conferenceId}/checklist/template`, {}, { schema: z.array(ChecklistItem) }),
  updateChecklistItem: (id: number, body: Partial<ChecklistItemInput>) =>
    api.patch(`/checklist/${id}`, body, { schema: ChecklistItem }),
  deleteChecklistItem: (id: number) => api.delete(`/checklist/${id}`),

  saveProgramme: (conferenceId: number, body: z.input<typeof ProgrammeBody>) =>
    api.put(`/conferences/${conferenceId}/programme`, body, { schema: z.array(ProgrammeItem) }),

  createGroup: (conferenceId: number, body: DelegateGroupInput) =>
    api.post(`/conferences/${conferenceId}/groups`, body, { schema: DelegateGroup }),
  updateGroup: (id: number, body: Partial<DelegateGroupInput>) =>
    api.patch(`/groups/${id}`, body, { schema: DelegateGroup }),
  deleteGroup: (id: number) => api.delete(`/groups/${id}`),
  expandGroup: (id: number) => api.post(`/groups/${id}/expand`, {}, { schema: ExpandResult }),

  createDelegate: (conferenceId: number, body: DelegateInput) =>
    api.post(`/conferences/${conferenceId}/delegates`, body, { schema: Delegate }),
  updateDelegate: (id: number, body: Partial<DelegateInput>) =>
    api.patch(`/delegates/${id}`, body, { schema: Delegate }),
  deleteDelegate: (id: number) => api.delete(`/delegates/${id}`),
  importDelegates: (conferenceId: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return postForm(`/conferences/${conferenceId}/delegates/import`, form, DelegateImportResult);
  },

  generateInvitations: (conferenceId: number, body: z.input<typeof GenerateInvitationsBody>) =>
    api.post(`/conferences/${conferenceId}/invitations`, body, { schema: InvitationsSummary }),
  remindInvitations: (conferenceId: number) =>
    api.post(`/conferences/${conferenceId}/invitations/remind`, {}, { schema: RemindResult }),
  reissueInvitation: (delegateId: number, email: boolean) =>
    api.post(`/delegates/${delegateId}/invitation/reissue`, { email }, { schema: DelegateInvitation }),
  cancelInvitation: (delegateId: number) =>
    api.post(`/delegates/${delegateId}/invitation/cancel`, {}, { schema: DelegateInvitation }),
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

/** A file of the conference (DOCX, XLSX, PDF) fetched with the session and handed to the browser. */
export function useDownload() {
  return useMutation({
    mutationFn: async (file: {
      path: string;
      fallbackName: string;
      query?: Record<string, string | number | undefined>;
    }) => saveFile(await fetchFile(file.path, { query: file.query, fallbackName: file.fallbackName })),
  });
}
