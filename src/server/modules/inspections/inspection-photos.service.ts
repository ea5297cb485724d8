import type { InspectionPhoto } from '../../../contract/inspections.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { canManageInspections, canRespondRectification, findingPermissions } from '../../policies/inspection.policy';
import { storeUpload } from '../../storage/stored-upload';
import { loadVisibleFinding } from './findings.service';
import { photoView } from './inspection-views';
import { deletePhotoRow, findPhoto, insertPhoto } from './inspections.repo';
import { locatePhoto } from './photo-location';
import { loadVisibleRectification } from './rectifications.service';

type Upload = { data: Buffer; fileName: string };
type DeviceLocation = { lat?: number; lng?: number };

const onlyImages = (fileName: string) => new AppError('UNSUPPORTED_FILE', `“${fileName}”不是照片。督导检查只能上传照片（jpg、png、webp、gif）。`);

/** Store a checked photo (same rules and thumbnail as weekly attachments) with its location, and audit it. */
async function savePhoto(
  ctx: AppContext,
  actor: Actor,
  file: Upload,
  device: DeviceLocation,
  row: { findingId: number; rectificationId: number | null; projectId: number },
  what: string,
): Promise<InspectionPhoto> {
  const stored = await storeUpload(ctx, file);
  if (!stored.mime.startsWith('image/')) {
    await ctx.storage.remove(stored.storageKey);
    throw onlyImages(stored.fileName);
  }
  const location = await locatePhoto(file.data, device);
  const values = {
    finding_id: row.findingId,
    rectification_id: row.rectificationId,
    project_id: row.projectId,
    storage_key: stored.storageKey,
    thumb_key: stored.thumbKey,
    file_name: stored.fileName,
    mime: stored.mime,
    size: stored.size,
    lat: location?.lat ?? null,
    lng: location?.lng ?? null,
    location_source: location?.source ?? null,
    uploaded_by: actor.username,
    created_at: nowIso(),
  };
  const id = await ctx.db.transaction().execute(async (trx) => {
    const photoId = await insertPhoto(trx, values);
    await writeAudit(trx, actor, {
      action: 'upload',
      entity: 'inspection_photo',
      entityId: photoId,
      summary: `上传${what}照片“${stored.fileName}”`,
      after: { ...row, fileName: stored.fileName, lat: values.lat, lng: values.lng },
    });
    return photoId;
  });
  return photoView({ id, ...values });
}

/** 现场照片 of a finding: the 督查室, from the phone camera. */
export async function addFindingPhoto(ctx: AppContext, actor: Actor, findingId: number, file: Upload, device: DeviceLocation): Promise<InspectionPhoto> {
  const { finding } = await loadVisibleFinding(ctx, actor, findingId);
  if (!findingPermissions(actor, false).canAddPhoto) throw forbidden('只有督查室可以上传检查现场照片。');
  return savePhoto(ctx, actor, file, device, { findingId, rectificationId: null, projectId: finding.project_id }, '检查现场');
}

/** 整改照片: the lead unit, while the rectification is open. */
export async function addRectificationPhoto(
  ctx: AppContext,
  actor: Actor,
  rectificationId: number,
  file: Upload,
  device: DeviceLocation,
): Promise<InspectionPhoto> {
  const { rectification: r, units } = await loadVisibleRectification(ctx, actor, rectificationId);
  if (!canRespondRectification(actor, units, 'open')) throw forbidden('只有该项目的主办单位可以上传整改照片。');
  if (r.status !== 'open') throw new AppError('CONFLICT', '整改情况已提交，不能再添加照片。');
  return savePhoto(ctx, actor, file, device, { findingId: r.finding_id, rectificationId: r.id, projectId: r.project_id }, '整改');
}

async function loadPhoto(ctx: AppContext, actor: Actor, id: number) {
  const photo = await findPhoto(ctx.db, id);
  if (!photo) throw notFound('照片');
  const { units } = await loadVisibleFinding(ctx, actor, photo.finding_id).catch(() => {
    throw notFound('照片');
  });
  return { photo, units };
}

export async function readInspectionPhoto(ctx: AppContext, actor: Actor, id: number, variant: 'file' | 'thumb') {
  const { photo } = await loadPhoto(ctx, actor, id);
  if (variant === 'thumb' && !photo.thumb_key) throw notFound('缩略图');
  const data = await ctx.storage.get(variant === 'thumb' ? photo.thumb_key! : photo.storage_key);
  return { data, mime: variant === 'thumb' ? 'image/jpeg' : photo.mime, fileName: photo.file_name };
}

/** A finding photo: the 督查室; an evidence photo: the lead unit while the rectification is open. */
export async function deleteInspectionPhoto(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  const { photo } = await loadPhoto(ctx, actor, id);
  if (photo.rectification_id === null) {
    if (!canManageInspections(actor)) throw forbidden('只有督查室可以删除检查现场照片。');
  } else {
    const { rectification: r, units } = await loadVisibleRectification(ctx, actor, photo.rectification_id);
    if (!canRespondRectification(actor, units, 'open')) throw forbidden('只有该项目的主办单位可以删除整改照片。');
    if (r.status !== 'open') throw new AppError('CONFLICT', '整改情况已提交，照片不能再删除。');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await deletePhotoRow(trx, id);
    await writeAudit(trx, actor, {
      action: 'delete',
      entity: 'inspection_photo',
      entityId: id,
      summary: `删除督导检查照片“${photo.file_name}”`,
      before: { findingId: photo.finding_id, rectificationId: photo.rectification_id, fileName: photo.file_name },
    });
  });
  await ctx.storage.remove(photo.storage_key);
  if (photo.thumb_key) await ctx.storage.remove(photo.thumb_key);
}
