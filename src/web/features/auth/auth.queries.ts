import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { Account } from '../../../contracts/auth';
import type { ChangePasswordBody, LoginBody } from '../../../contracts/auth';
import { api, isApiError } from '../../api/client';

/** The signed-in account, or null when there is no session. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Account | null> => {
    try {
      return await api.get('/api/me');
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

/** For pages under the signed-in layout, where the route guard has already loaded the account. */
export function useMe(): Account {
  const { data } = useSuspenseQuery(meQuery);
  if (!data) throw new Error('useMe() used outside the signed-in layout');
  return data;
}

export function isAdmin(account: Account): boolean {
  return account.role === 'system_admin' || account.role === 'unit_admin';
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api.post('/api/auth/login', { body }),
    onSuccess: (account) => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, account);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api.post('/api/me/password', { body }),
  });
}
