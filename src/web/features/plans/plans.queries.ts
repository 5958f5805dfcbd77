import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { IssueDocumentBody } from '../../../contracts/documents';
import {
  Cascade,
  PlanDashboard,
  PlanDetail,
  PlanSummary,
  Target,
  Task,
  type CascadeBody,
  type CascadeRespondBody,
  type CreatePlanBody,
  type PlanStatus,
  type PlanTransitionBody,
  type TargetInput,
  type TaskInput,
  type UpdatePlanBody,
  type UpdateTaskBody,
} from '../../../contracts/plans';
import { api } from '../../api-client';

export interface PlanListParams {
  unit?: string;
  status?: PlanStatus;
  year?: number;
  limit: number;
  offset: number;
}

const PlanList = z.object({ items: z.array(PlanSummary), total: z.number().int() });
const PlanVersion = z.object({ version: z.number().int(), createdAt: z.string(), draft: z.unknown() });

export const planDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['plans', 'detail', id],
    queryFn: () => api.get(`/plans/${id}`, { schema: PlanDetail }),
    retry: false,
  });

export function usePlanList(params: PlanListParams) {
  return useQuery({
    queryKey: ['plans', 'list', params],
    queryFn: () => api.get('/plans', { query: { ...params }, schema: PlanList }),
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
    queryFn: () => api.get(`/plans/${id}/versions/${version}`, { schema: PlanVersion }),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePlanDashboard(id: number) {
  return useQuery({
    queryKey: ['plans', 'dashboard', id],
    queryFn: () => api.get(`/plans/${id}/dashboard`, { schema: PlanDashboard }),
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
    mutationFn: (body: CreatePlanBody) => api.post('/plans', body, { schema: PlanDetail }),
    onSuccess: invalidate,
  });
}

export function useTransitionPlan(id: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: PlanTransitionBody) =>
      api.post(`/plans/${id}/transition`, body, { schema: PlanDetail }),
    onSuccess: invalidate,
  });
}

export function useIssuePlan(id: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: IssueDocumentBody) => api.post(`/plans/${id}/issue`, body, { schema: PlanDetail }),
    onSuccess: invalidate,
  });
}

/** The calls behind one save of a plan's edit page, in order (see plan-sync.ts). */
export const planApi = {
  update: (id: number, body: z.input<typeof UpdatePlanBody>) =>
    api.put(`/plans/${id}`, body, { schema: PlanDetail }),
  createTarget: (planId: number, body: TargetInput) =>
    api.post(`/plans/${planId}/targets`, body, { schema: Target }),
  updateTarget: (id: number, body: TargetInput) => api.patch(`/targets/${id}`, body, { schema: Target }),
  deleteTarget: (id: number) => api.delete(`/targets/${id}`),
  createTask: (planId: number, body: TaskInput) => api.post(`/plans/${planId}/tasks`, body, { schema: Task }),
  updateTask: (id: number, body: z.input<typeof UpdateTaskBody>) =>
    api.patch(`/tasks/${id}`, body, { schema: Task }),
  deleteTask: (id: number) => api.delete(`/tasks/${id}`),
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
    }) => api.post(`/targets/${id}/values`, { unit, value, note }, { schema: Target }),
    onSuccess: invalidate,
  });
}

export function useCreateCascade(planId: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: z.input<typeof CascadeBody>) =>
      api.post(`/plans/${planId}/cascade`, body, { schema: Cascade }),
    onSuccess: invalidate,
  });
}

/** Records a lower unit's issued document as its answer to a "report" cascade; the server checks the scope. */
export function useRespondToCascade(cascadeId: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: z.input<typeof CascadeRespondBody>) =>
      api.post(`/cascades/${cascadeId}/respond`, body, { schema: Cascade }),
    onSuccess: invalidate,
  });
}
