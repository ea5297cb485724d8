import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { Me, Project, ProjectDetail } from '../../api/api.types';
import { planKeys } from '../plans/use-plans.query';

export const projectKeys = {
  detail: (projectId: number) => ['projects', 'detail', projectId] as const,
};

export function useProject(projectId: number) {
  return useQuery({
    queryKey: projectKeys.detail(projectId),
    queryFn: () => api.get<ProjectDetail>(`/projects/${projectId}`),
    enabled: projectId > 0,
  });
}

export interface LiaisonInput {
  liaisonName: string | null;
  liaisonPhone: string | null;
  version: number;
}

/** Saves the 项目联络人; a stale `version` answers 409 VERSION_CONFLICT. */
export function useUpdateLiaison(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LiaisonInput) => api.patch<Project>(`/projects/${projectId}/liaison`, input),
    onSuccess: (project) => {
      queryClient.setQueryData<ProjectDetail>(projectKeys.detail(projectId), (old) =>
        old ? { ...old, ...project } : old,
      );
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

/** Mirrors the server rule: admin, supervisor, or a user of one of the project's lead units. */
export function canEditLiaison(user: Me, project: Project): boolean {
  if (user.role === 'admin' || user.role === 'supervisor') return true;
  if (user.role !== 'unit_manager' && user.role !== 'unit_staff') return false;
  return project.units.some((unit) => unit.role === 'lead' && unit.id === user.unitId);
}
