import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ImportCommitResult, ImportPreview } from '../../api/api.types';

function noticeForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** Parses the notice and compares it with what is stored; writes nothing. */
export function usePreviewNotice() {
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportPreview>('/imports/notice/preview', noticeForm(file)),
  });
}

/** Imports the same file in one transaction, then refreshes everything that lists plans, projects or units. */
export function useCommitNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportCommitResult>('/imports/notice/commit', noticeForm(file)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
        queryClient.invalidateQueries({ queryKey: ['units'] }),
      ]),
  });
}
