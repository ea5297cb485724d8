import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { WorkdayScheduleInput, WorkdayYear, WorkdayYearList } from '../../../contract/workdays.contract';

export const workdayKeys = { list: () => ['workdays', 'list'] as const };

/** Every year with a schedule. Not refetched on focus: a refetch would replace a draft the admin is editing. */
export function useWorkdayYears() {
  return useQuery({
    queryKey: workdayKeys.list(),
    queryFn: () => api.get<WorkdayYearList>('/workdays'),
    refetchOnWindowFocus: false,
  });
}

function useInvalidateWorkdays() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: workdayKeys.list() });
}

/** PUT a year's schedule; a stale `version` answers 409 and the draft is kept until the admin reloads. */
export function useSaveWorkdayYear() {
  const invalidate = useInvalidateWorkdays();
  return useMutation({
    mutationFn: ({ year, ...input }: WorkdayScheduleInput & { year: number }) => api.put<WorkdayYear>(`/workdays/${year}`, input),
    onSuccess: invalidate,
  });
}

/** DELETE the edited copy: the year goes back to the shipped schedule (or to none). */
export function useResetWorkdayYear() {
  const invalidate = useInvalidateWorkdays();
  return useMutation({
    mutationFn: (year: number) => api.delete<WorkdayYear>(`/workdays/${year}`),
    onSuccess: invalidate,
  });
}
