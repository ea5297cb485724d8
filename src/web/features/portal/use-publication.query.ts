import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ItemPublicationBody, PlanPublicationBody, PublicationResult } from '../../../contract/portal-publication.contract';

/** 向公众公开 / 取消公开: a plan, an accepted weekly update or one of its photos (督查室). Pages refetch after. */
export function usePublication(kind: 'plans' | 'weekly' | 'attachments', id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanPublicationBody | ItemPublicationBody) => api.put<PublicationResult>(`/${kind}/${id}/publication`, input),
    onSettled: () => queryClient.invalidateQueries(),
  });
}
