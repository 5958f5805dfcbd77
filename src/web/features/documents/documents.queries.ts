import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  DocumentDetail,
  DocumentSummary,
  RegisterEntry,
  type DocumentDraft,
  type IssueDocumentBody,
} from '../../../contracts/documents';
import { api } from '../../api-client';

export interface DocumentListParams {
  unit?: string;
  status?: 'draft' | 'issued';
  limit: number;
  offset: number;
}

const DocumentList = z.object({ items: z.array(DocumentSummary), total: z.number().int() });

export const documentListQuery = (params: DocumentListParams) =>
  queryOptions({
    queryKey: ['documents', 'list', params],
    queryFn: () => api.get('/documents', { query: { ...params }, schema: DocumentList }),
  });

export const documentDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['documents', 'detail', id],
    queryFn: () => api.get(`/documents/${id}`, { schema: DocumentDetail }),
    retry: false,
  });

export function useDocumentList(params: DocumentListParams) {
  return useQuery({ ...documentListQuery(params), placeholderData: keepPreviousData });
}

export function useDocumentDetail(id: number) {
  return useQuery(documentDetailQuery(id));
}

export function useRegister(unit: string | undefined, year: number) {
  return useQuery({
    queryKey: ['documents', 'register', unit ?? null, year],
    queryFn: () => api.get('/documents/register', { query: { unit, year }, schema: z.array(RegisterEntry) }),
  });
}

/** POST for a new draft (with its issuing unit), PUT for a new version of a saved one. */
export function useSaveDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, unit, draft }: { id: number | null; unit: string | null; draft: DocumentDraft }) =>
      id === null
        ? api.post('/documents', draft, { query: { unit }, schema: DocumentSummary })
        : api.put(`/documents/${id}`, draft, { schema: DocumentSummary }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'] }),
  });
}

export function useIssueDocument(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueDocumentBody) =>
      api.post(`/documents/${id}/issue`, body, { schema: DocumentSummary }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'] }),
  });
}
