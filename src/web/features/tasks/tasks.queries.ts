import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TaskStatus } from '../../../contracts/plans';
import { api, upload } from '../../api/client';
import { tasksVi } from '../../i18n/tasks.vi';
import type { TaskListParams } from './task-filters';

/** `total` stops at 10,000; `totalCapped` says more tasks matched. */

export type TaskPageParams = TaskListParams & { limit: number; offset: number };

export const taskListQuery = (params: TaskPageParams) =>
  queryOptions({
    queryKey: ['tasks', 'list', params],
    queryFn: () => api.get('/api/tasks', { params: { query: { ...params } } }),
  });

export function useTaskList(params: TaskPageParams, enabled = true) {
  return useQuery({ ...taskListQuery(params), enabled, placeholderData: keepPreviousData });
}

export const taskDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['tasks', 'detail', id],
    queryFn: () => api.get('/api/tasks/{id}', { params: { path: { id } } }),
    retry: false,
  });

export function useTaskDetail(id: number) {
  return useQuery(taskDetailQuery(id));
}

/** The plans a unit's tasks can come from, for the plan filter. */
export function usePlanOptions(unit: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'options', unit ?? null],
    queryFn: () => api.get('/api/plans', { params: { query: { unit, limit: 200 } } }),
    staleTime: 5 * 60_000,
  });
}

export function useUnitDashboard(code: string) {
  return useQuery({
    queryKey: ['dashboards', 'unit', code],
    queryFn: () => api.get('/api/dashboards/units/{code}', { params: { path: { code: code } } }),
    retry: false,
  });
}

export interface TaskChange {
  status?: TaskStatus;
  /** A number sets progress by hand; null returns to progress from the status. */
  progress?: number | null;
}

/** Everything shown about tasks (lists, calendar, dashboards, plans) may change with one task. */
function useRefreshTasks() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['dashboards'] }),
      queryClient.invalidateQueries({ queryKey: ['plans'] }),
    ]);
}

export function useUpdateTask(id: number) {
  const refresh = useRefreshTasks();
  return useMutation({
    mutationFn: (change: TaskChange) =>
      api.patch('/api/tasks/{id}', { params: { path: { id } }, body: change }),
    onSuccess: refresh,
  });
}

export interface ReportInput {
  text: string;
  status: TaskStatus | null;
  progress: number | null;
  files: File[];
}

export function useSendReport(id: number) {
  const refresh = useRefreshTasks();
  return useMutation({
    mutationFn: ({ text, status, progress, files }: ReportInput) => {
      const form = new FormData();
      form.append('text', text);
      if (status) form.append('status', status);
      if (progress !== null) form.append('progress', String(progress));
      for (const file of files) form.append('files', file, file.name);
      return upload('/api/tasks/{id}/reports', {
        params: { path: { id } },
        form,
        tooLargeMessage: tasksVi.report.payloadTooLarge,
      });
    },
    onSuccess: refresh,
  });
}

export function useAddComment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.post('/api/tasks/{id}/comments', { params: { path: { id } }, body: { text } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks', 'detail', id] }),
  });
}
