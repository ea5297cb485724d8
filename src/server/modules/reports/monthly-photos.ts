import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { badRequest } from '../../errors';
import { listAcceptedWeekImages, listProjectAttachmentsByIds } from './reports.repo';
import { attachmentView } from '../../storage/file-transfer';
import type { AttachmentView } from '../../storage/file-transfer';

/** 月报照片: images of the month's accepted weekly updates, chosen by the lead unit (issue 5). */
export const MAX_MONTHLY_PHOTOS = 9;
/** A fresh draft pre-chooses this many of the most recent photos. */
export const DEFAULT_MONTHLY_PHOTOS = 4;

export interface MonthlyPhoto extends AttachmentView {
  /** the ISO week of the weekly update the photo belongs to ('' when it belongs to none any more) */
  week: string;
}

interface PhotoRow {
  id: number;
  file_name: string;
  mime: string;
  size: number;
  thumb_key: string | null;
  week: string | null;
}

const toPhoto = (row: PhotoRow): MonthlyPhoto => ({ ...attachmentView('attachments', row), week: row.week ?? '' });

/** Image attachments of the project's accepted weekly updates (current revision) of the given weeks, newest first. */
export async function availablePhotos(db: Kysely<DB>, projectId: number, weeks: string[]): Promise<MonthlyPhoto[]> {
  const rows = await listAcceptedWeekImages(db, projectId, weeks);
  return rows.map(toPhoto);
}

/**
 * The photos a saved report chose, in the chosen order: those still stored for the project.
 * `hideDrafts` drops photos whose weekly update went back to a draft (a correction) — drafts stay private to the lead unit.
 */
export async function photosByIds(db: Kysely<DB>, projectId: number, ids: number[], hideDrafts: boolean): Promise<MonthlyPhoto[]> {
  const rows = await listProjectAttachmentsByIds(db, projectId, ids);
  const byId = new Map(rows.filter((r) => !(hideDrafts && r.status === 'draft')).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toPhoto(row)] : [];
  });
}

/** The ids kept in `photo_ids_json`; anything unreadable counts as none. */
export function parsePhotoIds(json: string | null | undefined): number[] {
  try {
    const ids: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

/** The default choice of a fresh draft: the most recent few. */
export const defaultPhotoIds = (available: MonthlyPhoto[]) => available.slice(0, DEFAULT_MONTHLY_PHOTOS).map((p) => p.id);

/** The ids a user chose, checked: at most nine, each an image of this project's accepted weeks of the month. */
export function checkPhotoIds(ids: number[], available: MonthlyPhoto[], month: string): number[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_MONTHLY_PHOTOS) {
    throw badRequest(`月报最多选用 ${MAX_MONTHLY_PHOTOS} 张照片，您选了 ${unique.length} 张，请减少后再保存。`, { field: 'photoIds' });
  }
  const allowed = new Set(available.map((p) => p.id));
  const wrong = unique.filter((id) => !allowed.has(id));
  if (wrong.length) {
    throw badRequest(`所选照片（编号 ${wrong.join('、')}）不是本项目 ${month} 已通过周报中的图片，不能选入月报；请从“选用照片”中重新选择。`, {
      field: 'photoIds',
      invalidIds: wrong,
    });
  }
  return unique;
}

/**
 * `photos` and `availablePhotos` of a report's view. An open report (none yet, draft, returned) shows the lead unit
 * what it may choose and its choice among those; a submitted or accepted one keeps the photos it was sent with.
 * Other readers never see a draft's choice.
 */
export async function reportPhotos(
  db: Kysely<DB>,
  projectId: number,
  weeks: string[],
  canEdit: boolean,
  report: { status: string; photo_ids_json: string } | null,
): Promise<{ photos: MonthlyPhoto[]; availablePhotos: MonthlyPhoto[] }> {
  const open = !report || report.status === 'draft' || report.status === 'returned';
  if (open && canEdit) {
    const available = await availablePhotos(db, projectId, weeks);
    const byId = new Map(available.map((p) => [p.id, p]));
    const ids = report ? parsePhotoIds(report.photo_ids_json) : defaultPhotoIds(available);
    return { photos: ids.flatMap((id) => byId.get(id) ?? []), availablePhotos: available };
  }
  return { photos: report ? await photosByIds(db, projectId, parsePhotoIds(report.photo_ids_json), !canEdit) : [], availablePhotos: [] };
}
