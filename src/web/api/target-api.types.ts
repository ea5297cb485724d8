/** Shapes of the targets, milestones, trajectory and baseline routes (docs/API.md, issue 3). */

/** quantity 数量 · rate 比率 · increase 提高幅度 · standard 标准 (shown, not progress-tracked) */
export type TargetKind = 'quantity' | 'rate' | 'increase' | 'standard';
/** increase: 越大越好 · decrease: 越小越好 */
export type TargetDirection = 'increase' | 'decrease';
/** proposed 待确认 · confirmed 已确认 · changed 已变更 (an approved change after the lock) */
export type ReviewStatus = 'proposed' | 'confirmed' | 'changed';
export type TrajectoryShape = 'linear' | 'front_loaded' | 'back_loaded' | 'custom';
export type ChangeRequestStatus = 'pending' | 'approved' | 'rejected';

/** Planned cumulative value at the end of one month. */
export interface TrajectoryPoint {
  /** YYYY-MM */
  month: string;
  value: number;
}

/** The locked original promise of a target. */
export interface TargetBaseline {
  label: string;
  value: number;
  unit: string;
  dueDate: string;
  trajectory: TrajectoryPoint[];
}

export interface ChangeRequest {
  id: number;
  projectId: number;
  /** filled in plan-wide lists; may be null on an item's `pendingChange` */
  projectSeq: number | null;
  projectName: string | null;
  targetId: number | null;
  milestoneId: number | null;
  /** the changed fields before and after, e.g. `{ value: 110 }` → `{ value: 120 }` */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  reason: string;
  status: ChangeRequestStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface Target {
  id: number;
  projectId: number;
  /** the target this one is part of (其中…) */
  parentId: number | null;
  seq: number;
  label: string;
  value: number;
  unit: string;
  kind: TargetKind;
  direction: TargetDirection;
  weight: number;
  /** YYYY-MM-DD */
  dueDate: string;
  /** 不少于/以上/至少 */
  isMin: boolean;
  /** 约/左右 */
  isApprox: boolean;
  /** the exact span of the project content the target was read from */
  sourceText: string | null;
  /** 1 when the extraction was sure */
  confidence: number;
  status: ReviewStatus;
  trajectoryShape: TrajectoryShape;
  trajectory: TrajectoryPoint[];
  baseline: TargetBaseline | null;
  pendingChange: ChangeRequest | null;
  version: number;
}

export interface Milestone {
  id: number;
  projectId: number;
  seq: number;
  title: string;
  dueDate: string | null;
  sourceText: string | null;
  status: ReviewStatus;
  baseline: { title: string; dueDate: string | null } | null;
  pendingChange: ChangeRequest | null;
  version: number;
}

/** When and by whom the plan's baseline was locked; both null while it is open. */
export interface Baseline {
  lockedAt: string | null;
  lockedBy: string | null;
}

export interface ProjectTargets {
  targets: Target[];
  milestones: Milestone[];
  baseline: Baseline;
  /** the lead unit's users and the 督查室 */
  canEdit: boolean;
  /** the 督查室: confirm items, lock, decide change requests */
  canReview: boolean;
}

export interface TargetReviewItem {
  projectId: number;
  seq: number;
  name: string;
  leadUnits: string[];
  targetCount: number;
  milestoneCount: number;
  /** items still waiting for confirmation */
  proposedCount: number;
  /** lowest extraction confidence among the project's targets (1 when there are none) */
  minConfidence: number;
}

export interface TargetReview {
  baseline: Baseline;
  items: TargetReviewItem[];
}

export interface TargetInput {
  label: string;
  value: number;
  unit: string;
  kind: TargetKind;
  direction?: TargetDirection;
  weight?: number;
  dueDate?: string;
  parentId?: number | null;
}

export interface MilestoneInput {
  title: string;
  dueDate?: string | null;
}

export interface TargetChanges {
  label?: string;
  value?: number;
  unit?: string;
  dueDate?: string;
  trajectory?: TrajectoryPoint[];
}

export interface MilestoneChanges {
  title?: string;
  dueDate?: string | null;
}
