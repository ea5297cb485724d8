import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { forbidden, notFound } from '../../errors';
import { storeUpload } from '../../storage/stored-upload';
import { canEditMeeting } from '../../policies/meeting.policy';
import { visibleFilter } from './meeting-visibility';
import { meetingAttachmentView } from './meeting-views';
import { deleteMeetingAttachmentRow, findMeeting, findMeetingAttachment, insertMeetingAttachment } from './meetings.repo';

async function readableMeeting(ctx: AppContext, actor: Actor, meetingId: number) {
  const meeting = await findMeeting(ctx.db, meetingId);
  if (!meeting || !(await visibleFilter(ctx, actor, [meetingId]))(meeting)) throw notFound('会议');
  return meeting;
}

/** Attach a minutes scan or photo to a meeting; the type is read from the bytes (same rules as weekly files), images get a thumbnail. */
export async function addMeetingAttachment(ctx: AppContext, actor: Actor, meetingId: number, file: { data: Buffer; fileName: string }) {
  const meeting = await readableMeeting(ctx, actor, meetingId);
  if (!canEditMeeting(actor, meeting)) throw forbidden('只有会议的记录人、主办单位或督查室可以上传会议附件。');
  const stored = await storeUpload(ctx, file);
  const { fileName: safeName, mime, size } = stored;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const attachmentId = await insertMeetingAttachment(trx, {
      meeting_id: meeting.id,
      storage_key: stored.storageKey,
      thumb_key: stored.thumbKey,
      file_name: safeName,
      mime,
      size,
      uploaded_by: actor.username,
      created_at: nowIso(),
    });
    await writeAudit(trx, actor, {
      action: 'upload',
      entity: 'meeting_attachment',
      entityId: attachmentId,
      summary: `上传会议附件“${safeName}”（${meeting.date} 会议）`,
      after: { meetingId: meeting.id, fileName: safeName, mime, size },
    });
    return attachmentId;
  });
  return meetingAttachmentView({ id, file_name: safeName, mime, size, thumb_key: stored.thumbKey });
}

async function loadAttachment(ctx: AppContext, actor: Actor, id: number) {
  const attachment = await findMeetingAttachment(ctx.db, id);
  if (!attachment) throw notFound('附件');
  const meeting = await readableMeeting(ctx, actor, attachment.meeting_id).catch(() => {
    throw notFound('附件');
  });
  return { attachment, meeting };
}

export async function readMeetingAttachment(ctx: AppContext, actor: Actor, id: number, variant: 'file' | 'thumb') {
  const { attachment } = await loadAttachment(ctx, actor, id);
  if (variant === 'thumb' && !attachment.thumb_key) throw notFound('缩略图');
  const data = await ctx.storage.get(variant === 'thumb' ? attachment.thumb_key! : attachment.storage_key);
  return { data, mime: variant === 'thumb' ? 'image/jpeg' : attachment.mime, fileName: attachment.file_name };
}

export async function deleteMeetingAttachment(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  const { attachment, meeting } = await loadAttachment(ctx, actor, id);
  if (!canEditMeeting(actor, meeting)) throw forbidden('只有会议的记录人、主办单位或督查室可以删除会议附件。');
  await ctx.db.transaction().execute(async (trx) => {
    await deleteMeetingAttachmentRow(trx, id);
    await writeAudit(trx, actor, {
      action: 'delete',
      entity: 'meeting_attachment',
      entityId: id,
      summary: `删除会议附件“${attachment.file_name}”`,
      before: { meetingId: meeting.id, fileName: attachment.file_name },
    });
  });
  await ctx.storage.remove(attachment.storage_key);
  if (attachment.thumb_key) await ctx.storage.remove(attachment.thumb_key);
}
