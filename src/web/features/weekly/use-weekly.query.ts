import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey, withQuery } from '../../api/http-client';
import type { Attachment, CoUnitNote, ReviewQueueItem, TodoResponse, WeeklyDraftInput, WeeklyTimeline, WeeklyUpdate } from '../../../contract/weekly.contract';
import type { WeeklyImportResult } from '../../../contract/ledger.contract';

export const weeklyKeys = {
  all: ['weekly'] as const,
  todo: () => ['weekly', 'todo'] as const,
  update: (projectId: number, week: string) => ['weekly', 'update', projectId, week] as const,
  timeline: (projectId: number) => ['weekly', 'timeline', projectId] as const,
  reviewQueue: (planId: number) => ['weekly', 'review-queue', planId] as const,
};

/** 我的待办: this week's projects of the signed-in unit. */
export function useTodo() {
  return useQuery({ queryKey: weeklyKeys.todo(), queryFn: () => api.get<TodoResponse>('/me/todo') });
}

/** One project's update of one week; a fresh form has `id: null` and `version: 0`. */
export function useWeeklyUpdate(projectId: number, week: string) {
  return useQuery({
    queryKey: weeklyKeys.update(projectId, week),
    queryFn: () => api.get<WeeklyUpdate>(withQuery(`/projects/${projectId}/weekly`, { week })),
    enabled: projectId > 0 && week !== '',
  });
}

export function useTimeline(projectId: number) {
  return useQuery({
    queryKey: weeklyKeys.timeline(projectId),
    queryFn: () => api.get<WeeklyTimeline>(`/projects/${projectId}/timeline`),
    enabled: projectId > 0,
  });
}

export function useReviewQueue(planId: number) {
  return useQuery({
    queryKey: weeklyKeys.reviewQueue(planId),
    queryFn: () => api.get<{ items: ReviewQueueItem[] }>(`/plans/${planId}/review-queue`),
    enabled: planId > 0,
  });
}

/** Save a draft; `idempotencyKey` is the save's own (kept by the caller while it retries the same content). */
export function saveWeeklyDraft(projectId: number, week: string, input: WeeklyDraftInput, idempotencyKey: string): Promise<WeeklyUpdate> {
  return api.put<WeeklyUpdate>(`/projects/${projectId}/weekly/${week}`, input, { idempotencyKey });
}

export function uploadAttachment(updateId: number, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<Attachment>(`/weekly/${updateId}/attachments`, form);
}

export function deleteAttachment(attachmentId: number): Promise<void> {
  return api.delete<void>(`/attachments/${attachmentId}`);
}

/** `updateId` overrides the hook's id when a fresh form got its id just before the action. */
type WeeklyAction = ({ kind: 'submit'; version: number } | { kind: 'correct' } | { kind: 'return'; comment: string } | { kind: 'accept'; comment?: string }) & {
  updateId?: number;
};

/** The actions that create a submission or a revision: each click sends a fresh Idempotency-Key. */
const IDEMPOTENT_ACTIONS = new Set<WeeklyAction['kind']>(['submit', 'correct']);

/** 提交 / 更正 / 退回 / 通过: every answer is the update as it now stands, put straight into the cache. */
export function useWeeklyAction(updateId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: WeeklyAction) => {
      const { kind, updateId: actionId, ...body } = action;
      const options = IDEMPOTENT_ACTIONS.has(kind) ? { idempotencyKey: newIdempotencyKey() } : {};
      return api.post<WeeklyUpdate>(`/weekly/${actionId ?? updateId ?? 0}/${kind}`, body, options);
    },
    onSuccess: (update) => {
      queryClient.setQueryData(weeklyKeys.update(update.projectId, update.week), update);
      void queryClient.invalidateQueries({ queryKey: weeklyKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['ledger'] });
    },
  });
}

/** 协办单位说明: one note per co-unit and week. */
export function useSaveCoNote(projectId: number, week: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; version: number }) => api.put<CoUnitNote>(`/projects/${projectId}/co-notes/${week}`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: weeklyKeys.all }),
  });
}

/** 上传Excel周报: all or nothing; a 422 carries `details.errors` by sheet, row and column. */
export function useWeeklyImport(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<WeeklyImportResult>(`/plans/${planId}/weekly-import`, form);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: weeklyKeys.all }),
  });
}
