import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type {
  IssueSupervisionNoticeInput,
  SupervisionNoticeAttachment,
  SupervisionNoticeDetail,
  SupervisionNoticeList,
  SupervisionNoticeListQuery,
} from '../../../contract/supervision-notices.contract';

export const supervisionKeys = {
  all: ['supervision-notices'] as const,
  plan: (planId: number, query: SupervisionNoticeListQuery) => ['supervision-notices', 'plan', planId, query] as const,
  detail: (id: number) => ['supervision-notices', 'detail', id] as const,
};

/** A plan's 督办单 the user may see (a unit: those addressed to it), newest number first; `projectId` narrows to one project. */
export function usePlanSupervisionNotices(planId: number, query: SupervisionNoticeListQuery = {}) {
  return useQuery({
    queryKey: supervisionKeys.plan(planId, query),
    queryFn: () =>
      api.get<SupervisionNoticeList>(
        withQuery(`/plans/${planId}/supervision-notices`, { status: query.status, unitId: query.unitId, projectId: query.projectId }),
      ),
    enabled: planId > 0,
  });
}

export function useSupervisionNotice(id: number | null) {
  return useQuery({
    queryKey: supervisionKeys.detail(id ?? 0),
    queryFn: () => api.get<SupervisionNoticeDetail>(`/supervision-notices/${id ?? 0}`),
    enabled: (id ?? 0) > 0,
  });
}

/** Every write reloads all 督办单 queries when it settles, so a refusal or a conflict shows the current state. */
function useNoticeMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.all }) });
}

/** 下发督办单 (督查室). */
export function useIssueSupervisionNotice(planId: number) {
  return useNoticeMutation((input: IssueSupervisionNoticeInput) => api.post<SupervisionNoticeDetail>(`/plans/${planId}/supervision-notices`, input));
}

/** 签收 (the addressed unit). */
export function useSignSupervisionNotice(id: number) {
  return useNoticeMutation((version: number) => api.post<SupervisionNoticeDetail>(`/supervision-notices/${id}/sign`, { version }));
}

/** 反馈办理情况 with evidence (the addressed unit). */
export function useRespondSupervisionNotice(id: number) {
  return useNoticeMutation((input: { response: string; evidence: string; version: number }) =>
    api.post<SupervisionNoticeDetail>(`/supervision-notices/${id}/respond`, input),
  );
}

/** 复核: 办结 or 退回 (督查室). */
export function useReviewSupervisionNotice(id: number) {
  return useNoticeMutation((input: { outcome: 'close' | 'return'; comment: string; deadline?: string | null; version: number }) =>
    api.post<SupervisionNoticeDetail>(`/supervision-notices/${id}/review`, input),
  );
}

export function uploadNoticeAttachment(noticeId: number, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<SupervisionNoticeAttachment>(`/supervision-notices/${noticeId}/attachments`, form);
}

export function deleteNoticeAttachment(id: number) {
  return api.delete<{ ok: true }>(`/supervision-notice-attachments/${id}`);
}
