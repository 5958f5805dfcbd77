import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { IssueDocumentBody } from '../../../contracts/documents';
import type {
  CascadeBody,
  CascadeRespondBody,
  CreatePlanBody,
  PlanStatus,
  PlanTransitionBody,
  TargetInput,
  TaskInput,
  UpdatePlanBody,
} from '../../../contracts/plans';
import type { UpdateTaskBody } from '../../../contracts/tasks';
import { api, checked } from '../../api/client';

export interface PlanListParams {
  unit?: string;
  status?: PlanStatus;
  year?: number;
  limit: number;
  offset: number;
}

// GET /api/plans/{id}/versions/{version} declares no response schema: its answer is checked here.
const PlanVersion = z.object({ version: z.number().int(), createdAt: z.string(), draft: z.unknown() });

export const planDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['plans', 'detail', id],
    queryFn: () => api.get('/api/plans/{id}', { params: { path: { id } } }),
    retry: false,
  });

export function usePlanList(params: PlanListParams) {
  return useQuery({
    queryKey: ['plans', 'list', params],
    queryFn: () => api.get('/api/plans', { params: { query: { ...params } } }),
    placeholderData: keepPreviousData,
  });
}

export function usePlanDetail(id: number) {
  return useQuery(planDetailQuery(id));
}

/** One stored version's draft; versions never change, so they are fetched once. */
export function usePlanVersion(id: number, version: number | null) {
  return useQuery({
    queryKey: ['plans', 'version', id, version],
    queryFn: () =>
      checked(
        PlanVersion,
        api.get('/api/plans/{id}/versions/{version}', { params: { path: { id, version: version! } } }),
      ),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePlanDashboard(id: number) {
  return useQuery({
    queryKey: ['plans', 'dashboard', id],
    queryFn: () => api.get('/api/plans/{id}/dashboard', { params: { path: { id } } }),
  });
}

/** Every change to a plan, its tasks, targets or cascades refreshes the plan pages (and the task lists). */
function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['plans'] }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['documents'] }),
    ]);
}

export function useCreatePlan() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => api.post('/api/plans', { body }),
    onSuccess: invalidate,
  });
}

export function useTransitionPlan(id: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: PlanTransitionBody) =>
      api.post('/api/plans/{id}/transition', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

export function useIssuePlan(id: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: IssueDocumentBody) =>
      api.post('/api/plans/{id}/issue', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

/** The calls behind one save of a plan's edit page, in order (see plan-sync.ts). */
export const planApi = {
  update: (id: number, body: z.input<typeof UpdatePlanBody>) =>
    api.put('/api/plans/{id}', { params: { path: { id } }, body }),
  createTarget: (planId: number, body: TargetInput) =>
    api.post('/api/plans/{id}/targets', { params: { path: { id: planId } }, body }),
  updateTarget: (id: number, body: TargetInput) =>
    api.patch('/api/targets/{id}', { params: { path: { id } }, body }),
  deleteTarget: (id: number) => api.delete('/api/targets/{id}', { params: { path: { id } } }),
  createTask: (planId: number, body: TaskInput) =>
    api.post('/api/plans/{id}/tasks', { params: { path: { id: planId } }, body }),
  updateTask: (id: number, body: z.input<typeof UpdateTaskBody>) =>
    api.patch('/api/tasks/{id}', { params: { path: { id } }, body }),
  deleteTask: (id: number) => api.delete('/api/tasks/{id}', { params: { path: { id } } }),
};

export function useSaveTask(planId: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (change: { id: null; body: TaskInput } | { id: number; body: Partial<TaskInput> }) =>
      change.id === null
        ? planApi.createTask(planId, change.body)
        : planApi.updateTask(change.id, change.body),
    onSuccess: invalidate,
  });
}

export function useDeleteTask() {
  const invalidate = useInvalidatePlans();
  return useMutation({ mutationFn: planApi.deleteTask, onSuccess: invalidate });
}

export function useReportTargetValue() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({
      id,
      unit,
      value,
      note,
    }: {
      id: number;
      unit: string;
      value: number;
      note: string | null;
    }) => api.post('/api/targets/{id}/values', { params: { path: { id } }, body: { unit, value, note } }),
    onSuccess: invalidate,
  });
}

export function useCreateCascade(planId: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: z.input<typeof CascadeBody>) =>
      api.post('/api/plans/{id}/cascade', { params: { path: { id: planId } }, body }),
    onSuccess: invalidate,
  });
}

/** Records a lower unit's issued document as its answer to a "report" cascade; the server checks the scope. */
export function useRespondToCascade(cascadeId: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: z.input<typeof CascadeRespondBody>) =>
      api.post('/api/cascades/{id}/respond', { params: { path: { id: cascadeId } }, body }),
    onSuccess: invalidate,
  });
}
