import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface AuditFilterValues {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  actor: '',
  action: '',
  entityType: '',
  entityId: '',
  from: '',
  to: '',
};

export function useAuditLog(filters: AuditFilterValues, page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['audit', filters, page, pageSize],
    queryFn: () =>
      api.get('/api/audit', {
        params: { query: { ...filters, limit: pageSize, offset: (page - 1) * pageSize } },
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
