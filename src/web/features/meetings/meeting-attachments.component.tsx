import { useQueryClient } from '@tanstack/react-query';
import type { MeetingAttachment } from '../../../contract/meetings.contract';
import { AttachmentList } from '../../components/attachment-list.component';
import { deleteMeetingAttachment, meetingKeys, uploadMeetingAttachment } from './use-meetings.query';

/** A meeting's minutes scans and photos (thumbnails open the full image); 上传附件 for who may edit. */
export function MeetingAttachments({ meetingId, attachments, canEdit }: { meetingId: number; attachments: MeetingAttachment[]; canEdit: boolean }) {
  const queryClient = useQueryClient();
  return (
    <AttachmentList
      attachments={attachments}
      canEdit={canEdit}
      upload={(file) => uploadMeetingAttachment(meetingId, file)}
      remove={deleteMeetingAttachment}
      onChanged={() => void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) })}
      uploadLabel="上传附件"
      emptyText="暂无附件"
      inputTestId="meeting-file-input"
    />
  );
}
