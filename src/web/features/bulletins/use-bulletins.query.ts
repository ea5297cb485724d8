import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { Bulletin, BulletinList, BulletinPatch } from '../../../contract/bulletins.contract';

export const bulletinKeys = {
  all: ['bulletins'] as const,
  list: (planId: number) => ['bulletins', 'list', planId] as const,
  detail: (id: number) => ['bulletins', 'detail', id] as const,
};

/** A plan's bulletins, newest month first; units and leaders get the issued ones only. */
export function useBulletins(planId: number) {
  return useQuery({
    queryKey: bulletinKeys.list(planId),
    queryFn: () => api.get<BulletinList>(`/plans/${planId}/bulletins`),
    enabled: planId > 0,
  });
}

export function useBulletin(id: number | null) {
  return useQuery({
    queryKey: bulletinKeys.detail(id ?? 0),
    queryFn: () => api.get<Bulletin>(`/bulletins/${id ?? 0}`),
    enabled: (id ?? 0) > 0,
  });
}

/** Compiles the month's draft from the ledger and the month's reports (督查室). */
export function useCompileBulletin(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (month: string) => api.post<Bulletin>(`/plans/${planId}/bulletins`, { month }),
    onSuccess: (bulletin) => {
      queryClient.setQueryData(bulletinKeys.detail(bulletin.id), bulletin);
      void queryClient.invalidateQueries({ queryKey: bulletinKeys.list(planId) });
    },
  });
}

/** Saves title, 文号 and paragraphs; a stale `version` answers 409 VERSION_CONFLICT. */
export function useEditBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: BulletinPatch) => api.patch<Bulletin>(`/bulletins/${id}`, patch),
    onSuccess: (bulletin) => queryClient.setQueryData(bulletinKeys.detail(id), bulletin),
  });
}

export function useIssueBulletin(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<Bulletin>(`/bulletins/${id}/issue`, { version }),
    onSuccess: (bulletin) => {
      queryClient.setQueryData(bulletinKeys.detail(id), bulletin);
      void queryClient.invalidateQueries({ queryKey: bulletinKeys.all });
    },
  });
}

/** The GB/T 9704 .docx, served with a Content-Disposition so a plain link downloads it. */
export function bulletinDocxUrl(id: number): string {
  return `/api/v1/bulletins/${id}.docx`;
}

/** `2024-06` → `2024年6月`. */
export function formatMonth(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
