import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ChangeRequest, ProjectTargets } from '../../../contract/targets.contract';
import { targetKeys } from '../targets/use-targets.query';
import { changeItemName } from './change-item-name.util';

/** What a change request is about, for people: the target's or milestone's name and the target's unit. */
export interface ChangeItemInfo {
  name: string;
  unit: string;
}

/**
 * A change request carries only the changed fields, not the name or unit of its item, so the items of the projects
 * on screen are loaded (shared with the project pages' cache) to name them.
 */
export function useChangeItems(changes: ChangeRequest[]): (change: ChangeRequest) => ChangeItemInfo {
  const projectIds = [...new Set(changes.map((change) => change.projectId))];
  const results = useQueries({
    queries: projectIds.map((projectId) => ({
      queryKey: targetKeys.project(projectId),
      queryFn: () => api.get<ProjectTargets>(`/projects/${projectId}/targets`),
      staleTime: 30_000,
    })),
  });
  const targets = new Map(results.flatMap((result) => result.data?.targets ?? []).map((target) => [target.id, target]));
  const milestones = new Map(results.flatMap((result) => result.data?.milestones ?? []).map((milestone) => [milestone.id, milestone]));

  return (change) => {
    const target = change.targetId !== null ? targets.get(change.targetId) : undefined;
    const milestone = change.milestoneId !== null ? milestones.get(change.milestoneId) : undefined;
    const before = change.before;
    const name =
      typeof before.label === 'string' || typeof before.title === 'string'
        ? changeItemName(change)
        : (target?.label ?? milestone?.title ?? changeItemName(change));
    // The unit the value was promised in: the old one if the request changes it, else the target's current one.
    const unit = typeof before.unit === 'string' ? before.unit : (target?.unit ?? '');
    return { name, unit };
  };
}
