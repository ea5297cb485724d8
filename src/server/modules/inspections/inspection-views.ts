import { planTodays } from '../plans/plan-as-of.service';
import { FINDING_SEVERITY_LABELS, RECTIFICATION_STATUS_LABELS } from '../../../contract/inspections.contract';
import type { Finding, InspectionPhoto, Rectification } from '../../../contract/inspections.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { attachmentView } from '../../storage/file-transfer';
import { canReadFinding, findingPermissions, rectificationPermissions } from '../../policies/inspection.policy';
import type { ProjectUnitRef } from '../../policies/policy-actor';
import { loadUnitNames } from '../blockers/blockers.repo';
import { loadProjectUnits } from '../projects/projects.repo';
import { type FindingRecord, type PhotoRecord, type RectificationRecord, listPhotosOfFindings, listRectificationsOfFindings } from './inspections.repo';

/** A rectification still open after the day it is judged on (its plan's as-of day, planTodays) is 逾期. */

export const isRectificationOverdue = (r: { status: string; deadline: string }, today: string) => r.status === 'open' && r.deadline < today;

export function photoView(p: PhotoRecord): InspectionPhoto {
  return {
    ...attachmentView('inspection-photos', p),
    lat: p.lat === null ? null : Number(p.lat),
    lng: p.lng === null ? null : Number(p.lng),
    locationSource: p.location_source,
    rectificationId: p.rectification_id,
    uploadedBy: p.uploaded_by,
    createdAt: p.created_at,
  };
}

export function rectificationView(
  actor: Actor,
  r: RectificationRecord,
  units: readonly ProjectUnitRef[],
  unitName: string,
  photos: PhotoRecord[],
  today: string,
): Rectification {
  return {
    id: r.id,
    findingId: r.finding_id,
    projectId: r.project_id,
    unitId: r.unit_id,
    unitName,
    requirement: r.requirement,
    deadline: r.deadline,
    status: r.status,
    statusLabel: r.status === 'open' && r.return_count > 0 ? '已退回' : RECTIFICATION_STATUS_LABELS[r.status],
    isOverdue: isRectificationOverdue(r, today),
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    evidence: r.evidence,
    respondedBy: r.responded_by,
    respondedAt: r.responded_at,
    reviewComment: r.review_comment,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    returnCount: r.return_count,
    photos: photos.filter((p) => p.rectification_id === r.id).map(photoView),
    version: r.version,
    permissions: rectificationPermissions(actor, units, r.status),
  };
}

/**
 * The views of the findings the actor may read (others are dropped), each with its photos and rectification.
 * `projects` names each project (id → seq, name).
 */
export async function buildFindingViews(
  ctx: AppContext,
  actor: Actor,
  rows: FindingRecord[],
  projects: Map<number, { seq: number; name: string }>,
): Promise<Finding[]> {
  const unitsByProject = await loadProjectUnits(ctx.db, [...new Set(rows.map((f) => f.project_id))]);
  const visible = rows.filter((f) => canReadFinding(actor, unitsByProject.get(f.project_id) ?? []));
  const ids = visible.map((f) => f.id);
  const [rectifications, photos] = await Promise.all([listRectificationsOfFindings(ctx.db, ids), listPhotosOfFindings(ctx.db, ids)]);
  const unitNames = await loadUnitNames(ctx.db, [...new Set(rectifications.map((r) => r.unit_id))]);
  const dayOf = await planTodays(
    ctx,
    visible.map((f) => f.plan_id),
  );
  return visible.map((f) => {
    const units = unitsByProject.get(f.project_id) ?? [];
    const r = rectifications.find((x) => x.finding_id === f.id);
    const project = projects.get(f.project_id);
    return {
      id: f.id,
      inspectionId: f.inspection_id,
      inspectionDate: f.inspection_date,
      project: { id: f.project_id, seq: project?.seq ?? 0, name: project?.name ?? '' },
      description: f.description,
      severity: f.severity,
      severityLabel: FINDING_SEVERITY_LABELS[f.severity],
      createdBy: f.created_by,
      createdAt: f.created_at,
      version: f.version,
      photos: photos.filter((p) => p.finding_id === f.id && p.rectification_id === null).map(photoView),
      rectification: r ? rectificationView(actor, r, units, unitNames.get(r.unit_id) ?? '', photos, dayOf(f.plan_id)) : null,
      permissions: findingPermissions(actor, r !== undefined),
    };
  });
}
