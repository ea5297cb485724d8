import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { isLocked } from '../../../domain/reporting/review-workflow';
import type { Attachment } from '../../../contract/weekly.contract';
import { canReadWeekly, canWriteWeekly } from '../../policies/weekly-update.policy';
import { storeUpload } from '../../storage/stored-upload';
import { loadProjectScope } from '../targets/project-access';
import { toAttachmentView } from './weekly-view';
import { deleteAttachmentRow, findAttachment, findUpdate, insertAttachment } from './weekly.repo';

/** Attach a photo or document to a week's update; the type is read from the bytes, images get a re-encoded thumbnail. */
export async function addAttachment(ctx: AppContext, actor: Actor, updateId: number, file: { data: Buffer; fileName: string }): Promise<Attachment> {
  const update = await findUpdate(ctx.db, updateId);
  if (!update || !update.is_current) throw notFound('周报');
  const scope = await loadProjectScope(ctx, actor, update.project_id);
  if (!canWriteWeekly(actor, scope.units)) throw forbidden('只有该项目的主办单位可以上传附件。');
  if (isLocked(update.status)) throw new AppError('UPDATE_LOCKED', '周报已提交，不能再添加附件；如需更正，请点击“更正”。');
  const stored = await storeUpload(ctx, file);
  const { fileName: safeName, mime, size } = stored;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const attachmentId = await insertAttachment(trx, {
      update_id: update.id,
      project_id: update.project_id,
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
      entity: 'attachment',
      entityId: attachmentId,
      summary: `上传附件“${safeName}”到项目 ${scope.project.seq} ${update.week} 周台账`,
      after: { fileName: safeName, mime, size },
    });
    return attachmentId;
  });
  return toAttachmentView({ id, file_name: safeName, mime, size, thumb_key: stored.thumbKey });
}

async function loadAttachment(ctx: AppContext, actor: Actor, id: number) {
  const attachment = await findAttachment(ctx.db, id);
  if (!attachment) throw notFound('附件');
  const scope = await loadProjectScope(ctx, actor, attachment.project_id);
  const update = attachment.update_id ? await findUpdate(ctx.db, attachment.update_id) : undefined;
  // attachments of a draft are as private as the draft
  if (!canReadWeekly(actor, scope.units, update)) throw notFound('附件');
  return { attachment, scope, update };
}

export async function readAttachment(ctx: AppContext, actor: Actor, id: number, variant: 'file' | 'thumb') {
  const { attachment } = await loadAttachment(ctx, actor, id);
  if (variant === 'thumb' && !attachment.thumb_key) throw notFound('缩略图');
  const data = await ctx.storage.get(variant === 'thumb' ? attachment.thumb_key! : attachment.storage_key);
  return { data, mime: variant === 'thumb' ? 'image/jpeg' : attachment.mime, fileName: attachment.file_name };
}

export async function deleteAttachment(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  const { attachment, scope, update } = await loadAttachment(ctx, actor, id);
  if (!canWriteWeekly(actor, scope.units)) throw forbidden('只有该项目的主办单位可以删除附件。');
  if (update && isLocked(update.status)) throw new AppError('UPDATE_LOCKED', '周报已提交，附件不能再删除。');
  await ctx.db.transaction().execute(async (trx) => {
    await deleteAttachmentRow(trx, id);
    await writeAudit(trx, actor, {
      action: 'delete',
      entity: 'attachment',
      entityId: id,
      summary: `删除附件“${attachment.file_name}”`,
      before: { fileName: attachment.file_name },
    });
  });
  await ctx.storage.remove(attachment.storage_key);
  if (attachment.thumb_key) await ctx.storage.remove(attachment.thumb_key);
}
