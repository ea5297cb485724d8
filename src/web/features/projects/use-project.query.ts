import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { LiaisonInput, ProjectDetail } from '../../../contract/projects.contract';
import { planKeys } from '../plans/use-plans.query';

export const projectKeys = {
  detail: (projectId: number) => ['projects', 'detail', projectId] as const,
};

/** One project with its plan and the signed-in user's `permissions` on it (which buttons to show). */
export function useProject(projectId: number) {
  return useQuery({
    queryKey: projectKeys.detail(projectId),
    queryFn: () => api.get<ProjectDetail>(`/projects/${projectId}`),
    enabled: projectId > 0,
  });
}

/** Saves the 项目联络人; a stale `version` answers 409 VERSION_CONFLICT. */
export function useUpdateLiaison(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LiaisonInput) => api.patch<ProjectDetail>(`/projects/${projectId}/liaison`, input),
    onSuccess: (project) => {
      queryClient.setQueryData<ProjectDetail>(projectKeys.detail(projectId), project);
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}
