import type { ColumnType, Generated } from 'kysely';
import type { Flag, Timestamp } from './schema-common';

/** Tables of delivery: targets, milestones, change requests, revisions and the weekly ledger. */
export type TargetKind = 'quantity' | 'rate' | 'increase' | 'standard';
export type ReviewStatus = 'proposed' | 'confirmed' | 'changed';

export interface TargetTable {
  id: Generated<number>;
  project_id: number;
  /** 其中…: a part of another target */
  parent_id: number | null;
  seq: number;
  label: string;
  value: number;
  unit: string;
  kind: TargetKind;
  /** increase: higher is better; decrease: lower is better */
  direction: 'increase' | 'decrease';
  weight: number;
  due_date: string;
  is_min: Flag;
  is_approx: Flag;
  /** exact span of the project content the target was read from */
  source_text: string | null;
  confidence: number;
  status: ReviewStatus;
  trajectory_shape: 'linear' | 'front_loaded' | 'back_loaded' | 'custom';
  /** [{month:'YYYY-MM', value}] planned cumulative values */
  trajectory_json: string;
  /** the locked original promise {label, value, unit, dueDate, trajectory} */
  baseline_json: string | null;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface MilestoneTable {
  id: Generated<number>;
  project_id: number;
  seq: number;
  title: string;
  due_date: string | null;
  source_text: string | null;
  status: ReviewStatus;
  baseline_json: string | null;
  completed_at: string | null;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface ChangeRequestTable {
  id: Generated<number>;
  project_id: number;
  target_id: number | null;
  milestone_id: number | null;
  before_json: string;
  after_json: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
}

/** Every version of a target or milestone, kept forever. */
export interface RevisionTable {
  id: Generated<number>;
  entity: 'target' | 'milestone';
  entity_id: number;
  version: number;
  at: Timestamp;
  username: string;
  action: string;
  snapshot_json: string;
}

export type WeeklyStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

/** One project's report for one ISO week; a correction adds a new revision, the old one stays (is_current = 0). */
export interface WeeklyUpdateTable {
  id: Generated<number>;
  project_id: number;
  /** 'YYYY-Www' */
  week: string;
  status: WeeklyStatus;
  revision: number;
  is_current: Flag;
  progress_text: string;
  problems_text: string;
  next_steps_text: string;
  co_unit_ids_json: string;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  is_late: Flag;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  review_comment: string | null;
  updated_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
  /** set when the 督查室 publishes this (accepted) update on the public portal */
  public_at: string | null;
  public_by: string | null;
}

export interface WeeklyValueTable {
  update_id: number;
  target_id: number;
  /** cumulative actual at the end of the week */
  actual: number | null;
  reason: string | null;
  /** comma-separated plausibility flags: decrease, jump, over_total */
  flags: string;
}

export interface WeeklyMilestoneTable {
  update_id: number;
  milestone_id: number;
  completed_on: string | null;
}

export interface CoUnitNoteTable {
  id: Generated<number>;
  project_id: number;
  week: string;
  unit_id: number;
  text: string;
  author: string;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface AttachmentTable {
  id: Generated<number>;
  update_id: number | null;
  project_id: number;
  /** generated name in the storage, never the user's file name */
  storage_key: string;
  thumb_key: string | null;
  file_name: string;
  mime: string;
  size: number;
  uploaded_by: string;
  created_at: Timestamp;
  /** set when the 督查室 publishes this photo on the public portal */
  public_at: string | null;
  public_by: string | null;
}
