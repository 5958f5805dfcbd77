import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentDraft, IssueDocumentBody } from '../../../contracts/documents';
import { api } from '../../api/client';

export interface DocumentListParams {
  unit?: string;
  status?: 'draft' | 'issued';
  limit: number;
  offset: number;
}

export const documentListQuery = (params: DocumentListParams) =>
  queryOptions({
    queryKey: ['documents', 'list', params],
    queryFn: () => api.get('/api/documents', { params: { query: { ...params } } }),
  });

export const documentDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['documents', 'detail', id],
    queryFn: () => api.get('/api/documents/{id}', { params: { path: { id } } }),
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
    queryFn: () => api.get('/api/documents/register', { params: { query: { unit, year } } }),
  });
}

/** POST for a new draft (with its issuing unit), PUT for a new version of a saved one. */
export function useSaveDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, unit, draft }: { id: number | null; unit: string | null; draft: DocumentDraft }) =>
      id === null
        ? api.post('/api/documents', { params: { query: { unit: unit ?? undefined } }, body: draft })
        : api.put('/api/documents/{id}', { params: { path: { id } }, body: draft }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'] }),
  });
}

export function useIssueDocument(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueDocumentBody) =>
      api.post('/api/documents/{id}/issue', { params: { path: { id } }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'] }),
  });
}
