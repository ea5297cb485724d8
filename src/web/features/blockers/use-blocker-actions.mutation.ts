import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { BlockerDetail, GreenChannelInput, GreenChannelRequest } from '../../../contract/blockers.contract';
import { blockerKeys } from './use-blockers.query';

/** Every action reloads all blocker queries when it settles, so a refusal or a conflict shows the current state. */
function useBlockerMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => void queryClient.invalidateQueries({ queryKey: blockerKeys.all }) });
}

/** 申请绿色通道: the lead unit asks a co-unit to act within N working days. */
export function useRequestGreenChannel(blockerId: number) {
  return useBlockerMutation((input: GreenChannelInput) => api.post<GreenChannelRequest>(`/blockers/${blockerId}/green-channel`, input));
}

/** 提请领导协调 (lead unit). */
export function useEscalateBlocker(blockerId: number) {
  return useBlockerMutation((version: number) => api.post<BlockerDetail>(`/blockers/${blockerId}/escalate`, { version }));
}

/** 标记已解决 / 关闭, each with its required text (lead unit or 督查室). */
export function useFinishBlocker(blockerId: number) {
  return useBlockerMutation(({ outcome, text, version }: { outcome: 'resolve' | 'close'; text: string; version: number }) =>
    api.post<BlockerDetail>(`/blockers/${blockerId}/${outcome}`, outcome === 'resolve' ? { resolution: text, version } : { reason: text, version }),
  );
}

export type GreenChannelAction = 'accept' | 'answer' | 'close';

/** 接收 / 答复 / 办结 a green-channel request (users of the addressed co-unit). */
export function useActOnGreenChannel() {
  return useBlockerMutation(({ requestId, action, text, version }: { requestId: number; action: GreenChannelAction; text?: string; version: number }) =>
    api.post<GreenChannelRequest>(`/green-channel/${requestId}/${action}`, { text, version }),
  );
}
