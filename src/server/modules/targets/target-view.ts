import type { ChangeRequest, Milestone, MilestoneBaseline, Target, TargetBaseline, TrajectoryPoint } from '../../../contract/targets.contract';
import type { ChangeRequestRow, MilestoneRow, TargetRow } from '../../db/schema';

const parseJson = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** A change request as the API returns it (`project` is known in plan-wide lists). */
export function toChangeRequestView(row: ChangeRequestRow, project?: { seq: number; name: string }): ChangeRequest {
  return {
    id: row.id,
    projectId: row.project_id,
    projectSeq: project?.seq ?? null,
    projectName: project?.name ?? null,
    targetId: row.target_id,
    milestoneId: row.milestone_id,
    before: JSON.parse(row.before_json) as Record<string, unknown>,
    after: JSON.parse(row.after_json) as Record<string, unknown>,
    reason: row.reason,
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
  };
}

export type ChangeRequestView = ChangeRequest;

export function toTargetView(row: TargetRow, pendingChange: ChangeRequestView | null = null): Target {
  return {
    id: row.id,
    projectId: row.project_id,
    parentId: row.parent_id,
    seq: row.seq,
    label: row.label,
    value: row.value,
    unit: row.unit,
    kind: row.kind,
    direction: row.direction,
    weight: row.weight,
    dueDate: row.due_date,
    isMin: Boolean(row.is_min),
    isApprox: Boolean(row.is_approx),
    sourceText: row.source_text,
    confidence: row.confidence,
    status: row.status,
    trajectoryShape: row.trajectory_shape,
    trajectory: parseJson<TrajectoryPoint[]>(row.trajectory_json) ?? [],
    baseline: parseJson<TargetBaseline>(row.baseline_json),
    pendingChange,
    version: row.version,
  };
}

export function toMilestoneView(row: MilestoneRow, pendingChange: ChangeRequestView | null = null): Milestone {
  return {
    id: row.id,
    projectId: row.project_id,
    seq: row.seq,
    title: row.title,
    dueDate: row.due_date,
    sourceText: row.source_text,
    status: row.status,
    baseline: parseJson<MilestoneBaseline>(row.baseline_json),
    pendingChange,
    version: row.version,
  };
}

export type TargetView = Target;
export type MilestoneView = Milestone;
