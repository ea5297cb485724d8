import { useQueryClient } from '@tanstack/react-query';
import type { SupervisionNoticeAttachment } from '../../../contract/supervision-notices.contract';
import { AttachmentList } from '../../components/attachment-list.component';
import { deleteNoticeAttachment, supervisionKeys, uploadNoticeAttachment } from './use-supervision-notices.query';

/** A 督办单's evidence files (photos open full size); 上传佐证材料 for the addressed unit before it responds. */
export function SupervisionEvidence({ noticeId, attachments, canEdit }: { noticeId: number; attachments: SupervisionNoticeAttachment[]; canEdit: boolean }) {
  const queryClient = useQueryClient();
  return (
    <AttachmentList
      attachments={attachments}
      canEdit={canEdit}
      upload={(file) => uploadNoticeAttachment(noticeId, file)}
      remove={deleteNoticeAttachment}
      onChanged={() => void queryClient.invalidateQueries({ queryKey: supervisionKeys.detail(noticeId) })}
      uploadLabel="上传佐证材料"
      emptyText="暂无佐证材料"
      inputTestId="supervision-file-input"
    />
  );
}
