import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody } from '../../../contracts/auth';
import { api } from '../../api/client';
import { meQuery } from '../auth/auth.queries';

export interface UserListParams {
  unit?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

export function useUserList(params: UserListParams) {
  return useQuery({
    queryKey: ['users', 'list', params],
    queryFn: () => api.get('/api/users', { params: { query: { ...params } } }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post('/api/users', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBody }) =>
      api.patch('/api/users/{id}', { params: { path: { id } }, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
}
