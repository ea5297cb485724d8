import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { DashboardResponse } from '../../../contract/dashboard.contract';

export const dashboardKeys = {
  dashboard: (planId: number, asOf: string | null) => ['dashboard', planId, asOf] as const,
};

/** 督查大屏 of a plan as of a date (null: the plan's as-of, its last day for a year that is over). */
export function useDashboard(planId: number, asOf: string | null, refetchInterval?: number) {
  return useQuery({
    queryKey: dashboardKeys.dashboard(planId, asOf),
    queryFn: () => api.get<DashboardResponse>(withQuery(`/plans/${planId}/dashboard`, { asOf })),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
