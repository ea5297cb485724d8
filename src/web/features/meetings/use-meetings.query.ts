import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ActionItem, MeetingAttachment, MeetingDetail, MeetingInput, MeetingList, MyActionItemList } from '../../../contract/meetings.contract';

export const meetingKeys = {
  all: ['meetings'] as const,
  plan: (planId: number) => ['meetings', 'plan', planId] as const,
  detail: (id: number) => ['meetings', 'detail', id] as const,
  mine: ['meetings', 'my-action-items'] as const,
};

/** The plan's meetings the user may see, newest first, with what the user may record (`permissions`, `recordableProjectIds`). */
export function usePlanMeetings(planId: number) {
  return useQuery({
    queryKey: meetingKeys.plan(planId),
    queryFn: () => api.get<MeetingList>(`/plans/${planId}/meetings`),
    enabled: planId > 0,
  });
}

export function useMeeting(id: number | null) {
  return useQuery({
    queryKey: meetingKeys.detail(id ?? 0),
    queryFn: () => api.get<MeetingDetail>(`/meetings/${id ?? 0}`),
    enabled: (id ?? 0) > 0,
  });
}

/** 交办事项 of my unit, overdue first. */
export function useMyActionItems() {
  return useQuery({ queryKey: meetingKeys.mine, queryFn: () => api.get<MyActionItemList>('/me/action-items') });
}

/** 记录会议 */
export function useCreateMeeting(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingInput) => api.post<MeetingDetail>(`/plans/${planId}/meetings`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

/** 办结 with 办结情况/佐证 */
export function useCloseActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, evidence, version }: { id: number; evidence: string; version: number }) =>
      api.post<ActionItem>(`/action-items/${id}/close`, { evidence, version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

export function uploadMeetingAttachment(meetingId: number, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<MeetingAttachment>(`/meetings/${meetingId}/attachments`, form);
}

export function deleteMeetingAttachment(id: number) {
  return api.delete<{ ok: true }>(`/meeting-attachments/${id}`);
}
