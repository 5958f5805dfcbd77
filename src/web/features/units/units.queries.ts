import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitSummary } from '../../../contracts/units';
import type { CreateUnitBody, UnitLevel, UpdateUnitBody } from '../../../contracts/units';
import { api } from '../../api/client';

export interface UnitListParams {
  parent?: string;
  /** Every unit below this one, at any depth. */
  within?: string;
  level?: UnitLevel;
  at?: string;
  q?: string;
  scope?: 'all' | 'view' | 'capture';
  limit?: number;
  offset?: number;
}

export const unitListQuery = (params: UnitListParams) =>
  queryOptions({
    queryKey: ['units', 'list', params],
    queryFn: () => api.get('/api/units', { params: { query: { ...params } } }),
    staleTime: 60_000,
  });

export const unitDetailQuery = (code: string, at: string | undefined) =>
  queryOptions({
    queryKey: ['units', 'detail', code, at ?? null],
    queryFn: () => api.get('/api/units/{code}', { params: { path: { code: code }, query: { at } } }),
    staleTime: 60_000,
    retry: false,
  });

export function useUnitList(params: UnitListParams, enabled = true) {
  return useQuery({ ...unitListQuery(params), enabled, placeholderData: keepPreviousData });
}

export function useUnitDetail(code: string, at: string | undefined) {
  return useQuery(unitDetailQuery(code, at));
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => api.post('/api/units', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UpdateUnitBody }) =>
      api.patch('/api/units/{code}', { params: { path: { code: code } }, body }),
    // The unit's page, its parent's page (counts, children list), tree branches and searches showing it:
    // all live under ['units'], and only the ones on screen refetch at once.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}

/** A date at which a unit existed, for links to units whose code may since have been reused. */
export function dateUnitWasValid(unit: UnitSummary): string | undefined {
  return unit.validTo ?? undefined;
}
