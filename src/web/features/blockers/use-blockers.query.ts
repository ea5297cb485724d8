import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { BlockerDetail, BlockerList, RaiseBlockerInput } from '../../../contract/blockers.contract';

export const blockerKeys = {
  all: ['blockers'] as const,
  plan: (planId: number) => ['blockers', 'plan', planId] as const,
  detail: (id: number) => ['blockers', 'detail', id] as const,
};

/** The plan's blockers the user may see, newest first. */
export function usePlanBlockers(planId: number) {
  return useQuery({
    queryKey: blockerKeys.plan(planId),
    queryFn: () => api.get<BlockerList>(`/plans/${planId}/blockers`),
    enabled: planId > 0,
  });
}

export function useBlocker(id: number | null) {
  return useQuery({
    queryKey: blockerKeys.detail(id ?? 0),
    queryFn: () => api.get<BlockerDetail>(`/blockers/${id ?? 0}`),
    enabled: (id ?? 0) > 0,
  });
}

/** 反映堵点: a lead unit raises a blocker on its project. */
export function useRaiseBlocker(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RaiseBlockerInput) => api.post<BlockerDetail>(`/projects/${projectId}/blockers`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: blockerKeys.all }),
  });
}
