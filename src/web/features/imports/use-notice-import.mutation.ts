import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ImportCommitResult, ImportPreview, NoticeDraft, NoticeDraftBody, NoticeTextBody } from '../../../contract/imports.contract';

/** What the clerk gives the reader: a notice file, or text pasted from a web page, WeChat or a spreadsheet. */
export type NoticeSource = { kind: 'file'; file: File } | { kind: 'text'; body: NoticeTextBody };

/** Reads the notice into a draft for the correction grid; writes nothing. */
export function useReadNotice() {
  return useMutation({
    mutationFn: (source: NoticeSource) => {
      if (source.kind === 'text') return api.post<NoticeDraft>('/imports/notice/read-text', source.body);
      const form = new FormData();
      form.append('file', source.file, source.file.name);
      return api.upload<NoticeDraft>('/imports/notice/read', form);
    },
  });
}

/** What the corrected draft would create or change; writes nothing. */
export function useDraftPreview() {
  return useMutation({
    mutationFn: (body: NoticeDraftBody) => api.post<ImportPreview>('/imports/notice/draft-preview', body),
  });
}

/** Imports the corrected draft in one transaction, then refreshes everything that lists plans, projects or units. */
export function useDraftCommit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeDraftBody) => api.post<ImportCommitResult>('/imports/notice/draft-commit', body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
        queryClient.invalidateQueries({ queryKey: ['units'] }),
      ]),
  });
}
