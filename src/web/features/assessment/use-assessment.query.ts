import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { AssessmentResponse, AssessmentRubric, AssessmentRubricInput } from '../../../contract/assessment.contract';

export const assessmentKeys = {
  all: (planId: number) => ['assessment', planId] as const,
  table: (planId: number, month: string | null) => ['assessment', planId, 'table', month] as const,
  rubric: (planId: number) => ['assessment', planId, 'rubric'] as const,
};

/** The league table of a plan for a month (null: the plan's as-of month). */
export function useAssessment(planId: number, month: string | null) {
  return useQuery({
    queryKey: assessmentKeys.table(planId, month),
    queryFn: () => api.get<AssessmentResponse>(withQuery(`/plans/${planId}/assessment`, { month })),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  });
}

export function useAssessmentRubric(planId: number, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.rubric(planId),
    queryFn: () => api.get<AssessmentRubric>(`/plans/${planId}/assessment-rubric`),
    enabled: enabled && planId > 0,
  });
}

/** The 督查室 saves the rubric; the table is scored again with it. */
export function useSaveRubric(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentRubricInput) => api.put<AssessmentRubric>(`/plans/${planId}/assessment-rubric`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: assessmentKeys.all(planId) }),
  });
}
