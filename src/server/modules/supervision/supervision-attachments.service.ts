import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { isUserOfUnit } from '../../policies/policy-actor';
import { canRespondSupervisionNotice } from '../../policies/supervision-notice.policy';
import { storeUpload } from '../../storage/stored-upload';
import { deleteNoticeAttachmentRow, findNoticeAttachment, insertNoticeAttachment } from './supervision-notices.repo';
import { loadReadableNotice } from './supervision-notices.service';
import { noticeAttachmentView, noticeNumber } from './supervision-views';

/** Evidence files of a 督办单's response: checked and stored like weekly and meeting files (type by content, ≤10 MB, thumbnails). */
async function writableNotice(ctx: AppContext, actor: Actor, noticeId: number, doing: string) {
  const n = await loadReadableNotice(ctx, actor, noticeId);
  if (!isUserOfUnit(actor, n.unit_id)) throw forbidden(`只有承办单位的用户可以${doing}佐证材料。`);
  if (!canRespondSupervisionNotice(actor, n)) {
    throw new AppError(
      'CONFLICT',
      n.status === 'issued' ? '请先签收督办单，再上传佐证材料。' : `督办单已${n.status === 'closed' ? '办结' : '反馈'}，不能再${doing}佐证材料。`,
    );
  }
  return n;
}

export async function addNoticeAttachment(ctx: AppContext, actor: Actor, noticeId: number, file: { data: Buffer; fileName: string }) {
  const n = await writableNotice(ctx, actor, noticeId, '上传');
  const stored = await storeUpload(ctx, file);
  const { fileName, mime, size } = stored;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const attachmentId = await insertNoticeAttachment(trx, {
      notice_id: n.id,
      storage_key: stored.storageKey,
      thumb_key: stored.thumbKey,
      file_name: fileName,
      mime,
      size,
      uploaded_by: actor.username,
      created_at: nowIso(),
    });
    await writeAudit(trx, actor, {
      action: 'upload',
      entity: 'supervision_notice_attachment',
      entityId: attachmentId,
      summary: `上传${noticeNumber(n)}的佐证材料“${fileName}”`,
      after: { noticeId: n.id, fileName, mime, size },
    });
    return attachmentId;
  });
  return noticeAttachmentView({ id, file_name: fileName, mime, size, thumb_key: stored.thumbKey });
}

async function loadAttachment(ctx: AppContext, actor: Actor, id: number) {
  const attachment = await findNoticeAttachment(ctx.db, id);
  if (!attachment) throw notFound('附件');
  const notice = await loadReadableNotice(ctx, actor, attachment.notice_id).catch(() => {
    throw notFound('附件');
  });
  return { attachment, notice };
}

export async function readNoticeAttachment(ctx: AppContext, actor: Actor, id: number, variant: 'file' | 'thumb') {
  const { attachment } = await loadAttachment(ctx, actor, id);
  if (variant === 'thumb' && !attachment.thumb_key) throw notFound('缩略图');
  const data = await ctx.storage.get(variant === 'thumb' ? attachment.thumb_key! : attachment.storage_key);
  return { data, mime: variant === 'thumb' ? 'image/jpeg' : attachment.mime, fileName: attachment.file_name };
}

export async function deleteNoticeAttachment(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  const { attachment } = await loadAttachment(ctx, actor, id);
  const n = await writableNotice(ctx, actor, attachment.notice_id, '删除');
  await ctx.db.transaction().execute(async (trx) => {
    await deleteNoticeAttachmentRow(trx, id);
    await writeAudit(trx, actor, {
      action: 'delete',
      entity: 'supervision_notice_attachment',
      entityId: id,
      summary: `删除${noticeNumber(n)}的佐证材料“${attachment.file_name}”`,
      before: { noticeId: n.id, fileName: attachment.file_name },
    });
  });
  await ctx.storage.remove(attachment.storage_key);
  if (attachment.thumb_key) await ctx.storage.remove(attachment.thumb_key);
}
