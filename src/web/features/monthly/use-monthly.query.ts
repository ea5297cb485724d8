import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { MonthlyReport, MonthlyTexts } from '../../../contract/reports.contract';

export const monthlyKeys = {
  report: (projectId: number, month: string) => ['monthly', projectId, month] as const,
};

/** The month's report, or a draft made from the month's accepted weekly updates when none is saved. */
export function useMonthly(projectId: number, month: string) {
  return useQuery({
    queryKey: monthlyKeys.report(projectId, month),
    queryFn: () => api.get<MonthlyReport>(`/projects/${projectId}/monthly/${month}`),
    enabled: projectId > 0,
  });
}

type Action = { kind: 'save'; texts: MonthlyTexts; photoIds: number[] } | { kind: 'submit' } | { kind: 'accept' } | { kind: 'return'; comment: string };

/** Save texts and chosen photos (PUT with version), submit, and the 督查室's accept/return; each answers the fresh report. */
export function useMonthlyAction(report: MonthlyReport) {
  const queryClient = useQueryClient();
  const key = monthlyKeys.report(report.projectId, report.month);
  return useMutation({
    mutationFn: (action: Action) => {
      const id = report.id ?? 0;
      switch (action.kind) {
        case 'save':
          return api.put<MonthlyReport>(`/projects/${report.projectId}/monthly/${report.month}`, {
            ...action.texts,
            photoIds: action.photoIds,
            version: report.version,
          });
        case 'submit':
          return api.post<MonthlyReport>(`/monthly/${id}/submit`, { version: report.version });
        case 'accept':
          return api.post<MonthlyReport>(`/monthly/${id}/accept`, { version: report.version });
        case 'return':
          return api.post<MonthlyReport>(`/monthly/${id}/return`, { comment: action.comment, version: report.version });
      }
    },
    onSuccess: (fresh) => queryClient.setQueryData(key, fresh),
  });
}
