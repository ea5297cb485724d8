import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { ModerateProposalInput, Proposal, Solicitation, SolicitationInput } from '../../../contract/solicitations.contract';
import type { BallotPaper, Candidate, CandidateInput, VoteSession, VoteSessionInput } from '../../../contract/votes.contract';

/** Server state of next year's list (issue 12): 征集, 候选项目, 票决, and the deputy's ballot papers. */
export const nextYearKeys = {
  all: ['next-year'] as const,
  solicitations: ['next-year', 'solicitations'] as const,
  proposals: (id: number) => ['next-year', 'proposals', id] as const,
  candidates: (year: number) => ['next-year', 'candidates', year] as const,
  sessions: ['next-year', 'sessions'] as const,
  ballots: ['next-year', 'ballots'] as const,
};

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: nextYearKeys.all });
}

export const useSolicitations = () => useQuery({ queryKey: nextYearKeys.solicitations, queryFn: () => api.get<{ items: Solicitation[] }>('/solicitations') });

export const useProposals = (solicitationId: number | null) =>
  useQuery({
    queryKey: nextYearKeys.proposals(solicitationId ?? 0),
    queryFn: () => api.get<{ items: Proposal[] }>(`/solicitations/${solicitationId}/proposals`),
    enabled: solicitationId !== null,
  });

export function useCreateSolicitation() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (input: SolicitationInput) => api.post<Solicitation>('/solicitations', input), onSuccess: done });
}

export function useModerateProposal() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, ...input }: ModerateProposalInput & { id: number }) => api.post<Proposal>(`/proposals/${id}/moderate`, input),
    onSuccess: done,
  });
}

export const useCandidates = (year: number) =>
  useQuery({ queryKey: nextYearKeys.candidates(year), queryFn: () => api.get<{ items: Candidate[] }>(withQuery('/vote-candidates', { year })) });

export function useSaveCandidate() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (input: CandidateInput & { id?: number; version?: number }) => {
      const { id, version, year, proposalId, ...fields } = input;
      return id
        ? api.patch<Candidate>(`/vote-candidates/${id}`, { ...fields, version })
        : api.post<Candidate>('/vote-candidates', { year, proposalId, ...fields });
    },
    onSuccess: done,
  });
}

export function useDeleteCandidate() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (c: Candidate) => api.delete(withQuery(`/vote-candidates/${c.id}`, { version: c.version })), onSuccess: done });
}

export function useOrderCandidates() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (input: { year: number; ids: number[] }) => api.put<{ items: Candidate[] }>('/vote-candidates/order', input),
    onSuccess: done,
  });
}

export const useVoteSessions = () => useQuery({ queryKey: nextYearKeys.sessions, queryFn: () => api.get<{ items: VoteSession[] }>('/vote-sessions') });

export function useCreateVoteSession() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (input: VoteSessionInput) => api.post<VoteSession>('/vote-sessions', input), onSuccess: done });
}

export type VoteStep = 'open' | 'close' | 'publish';

export function useVoteStep() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ session, step }: { session: VoteSession; step: VoteStep }) =>
      api.post<VoteSession>(`/vote-sessions/${session.id}/${step}`, { version: session.version }),
    onSuccess: done,
  });
}

export function useResolveTie() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ session, candidateIds, note }: { session: VoteSession; candidateIds: number[]; note: string }) =>
      api.post<VoteSession>(`/vote-sessions/${session.id}/resolve-tie`, { candidateIds, note, version: session.version }),
    onSuccess: done,
  });
}

export function usePlanDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: number) => api.post<{ planId: number; projectCount: number }>(`/vote-sessions/${sessionId}/plan-draft`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: nextYearKeys.all });
      void client.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

export const useMyBallots = () => useQuery({ queryKey: nextYearKeys.ballots, queryFn: () => api.get<{ items: BallotPaper[] }>('/me/ballots') });

export function useCastBallot() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ sessionId, candidateIds }: { sessionId: number; candidateIds: number[] }) =>
      api.post<{ submittedAt: string; candidateIds: number[] }>(`/vote-sessions/${sessionId}/ballot`, { candidateIds }),
    onSuccess: done,
  });
}
