import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { Instruction, InstructionList, MyInstructionList, NewInstruction } from '../../../contract/leaders.contract';
import { leaderKeys } from './use-leaders.query';

export const instructionKeys = {
  all: ['instructions'] as const,
  project: (projectId: number) => ['instructions', 'project', projectId] as const,
  mine: () => ['instructions', 'mine'] as const,
};

/** After any instruction change the lists and the leader's counts are stale. */
function useInvalidateInstructions() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: instructionKeys.all });
    void queryClient.invalidateQueries({ queryKey: leaderKeys.all });
  };
}

/** 领导批示 of one project, newest first, with whether the user may write one (`permissions.canInstruct`). */
export function useProjectInstructions(projectId: number) {
  return useQuery({
    queryKey: instructionKeys.project(projectId),
    queryFn: () => api.get<InstructionList>(`/projects/${projectId}/instructions`),
    enabled: projectId > 0,
  });
}

/** Instructions still in hand: to answer (unit), to close (leader who wrote them), all (督查室). */
export function useMyInstructions() {
  return useQuery({ queryKey: instructionKeys.mine(), queryFn: () => api.get<MyInstructionList>('/me/instructions') });
}

/** 批示: a leader writes an instruction on a project, optionally on one of its blockers or updates. */
export function useCreateInstruction(projectId: number) {
  const invalidate = useInvalidateInstructions();
  return useMutation({
    mutationFn: (input: NewInstruction) => api.post<Instruction>(`/projects/${projectId}/instructions`, input),
    onSuccess: invalidate,
  });
}

/** 答复: the lead unit says what was done, with evidence. */
export function useAnswerInstruction() {
  const invalidate = useInvalidateInstructions();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; text: string; evidence: string; version: number }) => api.post<Instruction>(`/instructions/${id}/answer`, body),
    onSettled: invalidate,
  });
}

/** 办结: the author or the 督查室 closes an answered instruction. */
export function useCloseInstruction() {
  const invalidate = useInvalidateInstructions();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => api.post<Instruction>(`/instructions/${id}/close`, { version }),
    onSettled: invalidate,
  });
}
