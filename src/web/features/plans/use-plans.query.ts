import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { ListResponse } from '../../../contract/common.contract';
import type { Plan, PlanDetail, PlanRhythmBody } from '../../../contract/plans.contract';
import type { Project } from '../../../contract/projects.contract';
import type { UnitRole } from '../../../contract/units.contract';
import type { StatusFilter } from '../weekly/weekly-labels';

/** What the 清单总览 list is filtered by; mirrors the URL query (?q=&unitId=&role=). */
export interface ProjectFilters {
  q: string;
  unitId: number | null;
  role: UnitRole | null;
  /** 状态 filter, applied on the page to the ledger's status (not sent with the project list) */
  status: StatusFilter | null;
}

export const planKeys = {
  all: ['plans'] as const,
  list: () => ['plans', 'list'] as const,
  detail: (planId: number) => ['plans', 'detail', planId] as const,
  projects: (planId: number, filters: Omit<ProjectFilters, 'status'>) => ['plans', 'projects', planId, filters] as const,
};

/** All plans, newest year first. */
export function usePlans() {
  return useQuery({
    queryKey: planKeys.list(),
    queryFn: () => api.get<ListResponse<Plan>>('/plans'),
  });
}

/** One plan with its version, 报送时限 and the signed-in user's `permissions` on it. */
export function usePlan(planId: number) {
  return useQuery({
    queryKey: planKeys.detail(planId),
    queryFn: () => api.get<PlanDetail>(`/plans/${planId}`),
    enabled: planId > 0,
  });
}

/** PUT the plan's 报送时限 (督查室); a stale `version` answers 409. Deadlines shown anywhere are refetched after. */
export function useUpdatePlanRhythm(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanRhythmBody) => api.put<PlanDetail>(`/plans/${planId}/rhythm`, input),
    onSettled: () => queryClient.invalidateQueries(),
  });
}

/** The plan's projects, filtered on the server; keeps the last list on screen while a new filter loads. */
export function usePlanProjects(planId: number, filters: ProjectFilters) {
  return useQuery({
    queryKey: planKeys.projects(planId, { q: filters.q, unitId: filters.unitId, role: filters.role }),
    queryFn: () =>
      api.get<ListResponse<Project>>(
        withQuery(`/plans/${planId}/projects`, {
          q: filters.q.trim(),
          unitId: filters.unitId,
          role: filters.unitId ? filters.role : null,
        }),
      ),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  });
}
