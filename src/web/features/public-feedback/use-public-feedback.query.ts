import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { ManagedPublicComment, ManagedPublicCommentList, PublicCommentQuery } from '../../../contract/public-comments.contract';
import type { RatingFollowUp, RatingFollowUpList, SatisfactionSummary } from '../../../contract/satisfaction.contract';

export const feedbackKeys = {
  all: ['public-feedback'] as const,
  comments: (planId: number, query: PublicCommentQuery) => ['public-feedback', 'comments', planId, query] as const,
  satisfaction: (planId: number, period: string | undefined) => ['public-feedback', 'satisfaction', planId, period ?? ''] as const,
  followUps: (planId: number) => ['public-feedback', 'follow-ups', planId] as const,
  mine: ['public-feedback', 'my-follow-ups'] as const,
};

/** 群众留言 of a plan in the user's scope (the 督查室: all; a lead unit: the public ones of its projects). */
export function usePlanPublicComments(planId: number, query: PublicCommentQuery) {
  return useQuery({
    queryKey: feedbackKeys.comments(planId, query),
    queryFn: () => api.get<ManagedPublicCommentList>(withQuery(`/plans/${planId}/public-comments`, { status: query.status, projectId: query.projectId })),
    enabled: planId > 0,
  });
}

export function useSatisfaction(planId: number, period: string | undefined) {
  return useQuery({
    queryKey: feedbackKeys.satisfaction(planId, period),
    queryFn: () => api.get<SatisfactionSummary>(withQuery(`/plans/${planId}/satisfaction`, { period })),
    enabled: planId > 0,
  });
}

export function usePlanFollowUps(planId: number) {
  return useQuery({
    queryKey: feedbackKeys.followUps(planId),
    queryFn: () => api.get<RatingFollowUpList>(`/plans/${planId}/rating-follow-ups`),
    enabled: planId > 0,
  });
}

/** 我的待办: the open 回访整改 tasks of my unit. */
export function useMyFollowUps() {
  return useQuery({ queryKey: feedbackKeys.mine, queryFn: () => api.get<RatingFollowUpList>('/me/rating-follow-ups') });
}

/** Every write reloads all feedback queries when it settles, so a refusal or a conflict shows the current state. */
function useFeedbackMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => void queryClient.invalidateQueries({ queryKey: feedbackKeys.all }) });
}

export function useModerateComment() {
  return useFeedbackMutation((input: { id: number; action: 'approve' | 'reject' | 'reply'; text?: string; version: number }) => {
    const body =
      input.action === 'reject'
        ? { reason: input.text, version: input.version }
        : input.action === 'reply'
          ? { reply: input.text, version: input.version }
          : { version: input.version };
    return api.post<ManagedPublicComment>(`/public-comments/${input.id}/${input.action}`, body);
  });
}

export function useCloseFollowUp() {
  return useFeedbackMutation((input: { id: number; response: string; version: number }) =>
    api.post<RatingFollowUp>(`/rating-follow-ups/${input.id}/close`, { response: input.response, version: input.version }),
  );
}
