import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { ListResponse } from '../../../contract/common.contract';
import type {
  Baseline,
  ChangeRequest,
  ChangeRequestListItem,
  ChangeRequestStatus,
  Milestone,
  MilestoneChanges,
  MilestoneInput,
  ProjectTargets,
  Target,
  TargetChanges,
  TargetInput,
  TargetReview,
  TrajectoryPoint,
  TrajectoryShape,
} from '../../../contract/targets.contract';

export const targetKeys = {
  all: ['targets'] as const,
  project: (projectId: number) => ['targets', 'project', projectId] as const,
  review: (planId: number) => ['targets', 'review', planId] as const,
  changes: (planId: number, status: ChangeRequestStatus | null) => ['targets', 'changes', planId, status] as const,
};

/** A project's targets and milestones with what the current user may do with them. */
export function useProjectTargets(projectId: number) {
  return useQuery({
    queryKey: targetKeys.project(projectId),
    queryFn: () => api.get<ProjectTargets>(`/projects/${projectId}/targets`),
    enabled: projectId > 0,
  });
}

/** Every project of a plan with its review counts, unconfirmed and low-confidence first. */
export function useTargetReview(planId: number) {
  return useQuery({
    queryKey: targetKeys.review(planId),
    queryFn: () => api.get<TargetReview>(`/plans/${planId}/target-review`),
    enabled: planId > 0,
  });
}

export function useChangeRequests(planId: number, status: ChangeRequestStatus | null, enabled = true) {
  return useQuery({
    queryKey: targetKeys.changes(planId, status),
    queryFn: () => api.get<ListResponse<ChangeRequestListItem>>(withQuery(`/plans/${planId}/change-requests`, { status })),
    enabled: enabled && planId > 0,
  });
}

/**
 * Every write here can change a project's items, the plan's review counts and the change list, so all of them are
 * reloaded — after a failure too, so a 409 VERSION_CONFLICT leaves the current versions on screen.
 */
function useTargetsMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}

interface Versioned {
  id: number;
  version: number;
}

export function useCreateTarget(projectId: number) {
  return useTargetsMutation((input: TargetInput) => api.post<Target>(`/projects/${projectId}/targets`, input));
}

export function useUpdateTarget() {
  return useTargetsMutation(({ id, ...change }: Partial<TargetInput> & Versioned) => api.patch<Target>(`/targets/${id}`, change));
}

export function useDeleteTarget() {
  return useTargetsMutation(({ id, version }: Versioned) => api.delete<{ ok: true }>(withQuery(`/targets/${id}`, { version })));
}

export interface TrajectoryInput extends Versioned {
  shape: TrajectoryShape;
  /** only for `custom`: cumulative value per month */
  months?: TrajectoryPoint[];
}

export function useSaveTrajectory() {
  return useTargetsMutation(({ id, ...body }: TrajectoryInput) => api.put<Target>(`/targets/${id}/trajectory`, body));
}

export function useConfirmTarget() {
  return useTargetsMutation(({ id, version }: Versioned) => api.post<Target>(`/targets/${id}/confirm`, { version }));
}

export function useCreateMilestone(projectId: number) {
  return useTargetsMutation((input: MilestoneInput) => api.post<Milestone>(`/projects/${projectId}/milestones`, input));
}

export function useUpdateMilestone() {
  return useTargetsMutation(({ id, ...change }: Partial<MilestoneInput> & Versioned) => api.patch<Milestone>(`/milestones/${id}`, change));
}

export function useDeleteMilestone() {
  return useTargetsMutation(({ id, version }: Versioned) => api.delete<{ ok: true }>(withQuery(`/milestones/${id}`, { version })));
}

export function useConfirmMilestone() {
  return useTargetsMutation(({ id, version }: Versioned) => api.post<Milestone>(`/milestones/${id}/confirm`, { version }));
}

/** 全部确认: every proposed item of one project. */
export function useConfirmAll() {
  return useTargetsMutation((projectId: number) => api.post<{ targets: Target[]; milestones: Milestone[] }>(`/projects/${projectId}/confirm-all`));
}

export function useLockBaseline(planId: number) {
  return useTargetsMutation(() => api.post<Baseline>(`/plans/${planId}/baseline/lock`));
}

export type ChangeRequestInput =
  | { itemType: 'target'; id: number; changes: TargetChanges; reason: string }
  | { itemType: 'milestone'; id: number; changes: MilestoneChanges; reason: string };

/** 申请变更 after the lock: the 督查室 approves or rejects it. */
export function useRequestChange() {
  return useTargetsMutation(({ itemType, id, changes, reason }: ChangeRequestInput) =>
    api.post<ChangeRequest>(`/${itemType === 'target' ? 'targets' : 'milestones'}/${id}/change-requests`, {
      changes,
      reason,
    }),
  );
}

export interface ChangeDecision {
  id: number;
  decision: 'approve' | 'reject';
  /** required to reject */
  reason?: string;
}

export function useDecideChange() {
  return useTargetsMutation(({ id, decision, reason }: ChangeDecision) =>
    api.post<ChangeRequest>(`/change-requests/${id}/${decision}`, reason ? { reason } : {}),
  );
}
