import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { GenerateDigestResult, LeaderPortfolio, LeaderUserList, ProjectLeaderList, XunDigestList } from '../../../contract/leaders.contract';

export const leaderKeys = {
  all: ['leaders'] as const,
  portfolio: (all: boolean, asOf: string | null) => ['leaders', 'portfolio', all, asOf] as const,
  digests: () => ['leaders', 'digests'] as const,
  project: (projectId: number) => ['leaders', 'project', projectId] as const,
  candidates: () => ['leaders', 'candidates'] as const,
};

/** 领导调度: my projects first (all projects with `all`), what changed this 旬 (the 旬 of `asOf`, default today), and blockers escalated to me. */
export function useLeaderPortfolio(all: boolean, asOf: string | null = null) {
  return useQuery({
    queryKey: leaderKeys.portfolio(all, asOf),
    queryFn: () => api.get<LeaderPortfolio>(withQuery('/me/leader-portfolio', { all: all ? 1 : undefined, asOf })),
    // keep the cards on screen while the switch loads the other list
    placeholderData: keepPreviousData,
  });
}

/** 旬调度摘要, newest first. */
export function useXunDigests() {
  return useQuery({ queryKey: leaderKeys.digests(), queryFn: () => api.get<XunDigestList>('/me/xun-digests') });
}

/** Generates the current 旬's digest (the server keeps one per 旬 and returns it if it exists). */
export function useGenerateDigest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<GenerateDigestResult>('/me/xun-digests/generate'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: leaderKeys.digests() }),
  });
}

/** 分管领导 of one project, with whether the user may change them (`permissions.canEdit`). */
export function useProjectLeaders(projectId: number) {
  return useQuery({
    queryKey: leaderKeys.project(projectId),
    queryFn: () => api.get<ProjectLeaderList>(`/projects/${projectId}/leaders`),
    enabled: projectId > 0,
  });
}

/** The leader users the 督查室 may pick from. */
export function useLeaderCandidates(enabled: boolean) {
  return useQuery({ queryKey: leaderKeys.candidates(), queryFn: () => api.get<LeaderUserList>('/leaders'), enabled });
}

export function useSetProjectLeaders(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: number[]) => api.put<ProjectLeaderList>(`/projects/${projectId}/leaders`, { userIds }),
    onSuccess: (data) => queryClient.setQueryData(leaderKeys.project(projectId), data),
  });
}
