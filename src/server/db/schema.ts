import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Business dates are 'YYYY-MM-DD' text; timestamps ISO-8601 UTC text; booleans 0/1 integers (both dialects). */
type Timestamp = string;
type Flag = number;

export interface UnitTable {
  id: Generated<number>;
  /** normalised name (full-width parentheses, no spaces); unique */
  name: string;
  kind: 'department' | 'town' | 'enterprise' | 'external';
  parent_id: number | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface PlanTable {
  id: Generated<number>;
  title: string;
  /** 文号, e.g. 济开管发〔2024〕1号; the identity of a notice when re-imported */
  doc_number: string | null;
  issuer: string | null;
  year: number;
  issue_date: string | null;
  status: 'active' | 'archived';
  /** set when the 督查室 locks the targets as the baseline the year is judged against */
  baseline_locked_at: Timestamp | null;
  baseline_locked_by: string | null;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface ProjectTable {
  id: Generated<number>;
  plan_id: number;
  seq: number;
  name: string;
  /** 项目内容及工作目标, line breaks kept */
  content: string;
  deadline: string;
  /** withdrawn when a corrected notice no longer lists it; kept for history */
  status: 'active' | 'withdrawn';
  liaison_name: string | null;
  liaison_phone: string | null;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface ProjectUnitTable {
  project_id: number;
  unit_id: number;
  role: 'lead' | 'co';
  /** order in the notice */
  sort_order: number;
}

export type Role = 'admin' | 'supervisor' | 'leader' | 'unit_manager' | 'unit_staff';

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: number | null;
  is_disabled: Flag;
  /** set for accounts an admin created or reset */
  must_change_password: Flag;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  password_changed_at: Timestamp | null;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface SessionTable {
  /** sha256 of the cookie token; the token itself is never stored */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: Timestamp;
  is_success: Flag;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  /** who acted: a username, or 'system' / 'cli:…' */
  username: string;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
}

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
}

export interface DB {
  unit: UnitTable;
  plan: PlanTable;
  project: ProjectTable;
  project_unit: ProjectUnitTable;
  user: UserTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  target: TargetTable;
  milestone: MilestoneTable;
  change_request: ChangeRequestTable;
  revision: RevisionTable;
  weekly_update: WeeklyUpdateTable;
  weekly_value: WeeklyValueTable;
  weekly_milestone: WeeklyMilestoneTable;
  co_unit_note: CoUnitNoteTable;
  attachment: AttachmentTable;
  blocker: BlockerTable;
  green_channel_request: GreenChannelRequestTable;
  meeting: MeetingTable;
  meeting_project: MeetingProjectTable;
  action_item: ActionItemTable;
  project_leader: ProjectLeaderTable;
  xun_digest: XunDigestTable;
  instruction: InstructionTable;
  workday_schedule: WorkdayScheduleTable;
  monthly_report: MonthlyReportTable;
  bulletin: BulletinTable;
}

export type WeeklyUpdateRow = Selectable<WeeklyUpdateTable>;

export type TargetRow = Selectable<TargetTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
export type ChangeRequestRow = Selectable<ChangeRequestTable>;

export type UnitRow = Selectable<UnitTable>;
export type PlanRow = Selectable<PlanTable>;
export type ProjectRow = Selectable<ProjectTable>;
export type UserRow = Selectable<UserTable>;
export type NewAuditLog = Insertable<AuditLogTable>;
export type UserUpdate = Updateable<UserTable>;

/** A lead unit's weekly 例会 or a 专题会议/专题调研 called by a leader or the 督查室. */
export interface MeetingTable {
  id: Generated<number>;
  plan_id: number;
  kind: 'weekly' | 'topic';
  /** 'YYYY-MM-DD' */
  date: string;
  host: string;
  host_unit_id: number | null;
  attendees: string;
  minutes: string;
  created_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface MeetingProjectTable {
  meeting_id: number;
  project_id: number;
}

/** 交办事项: a decision of a meeting; 'overdue' is derived (open and deadline before today), never stored. */
export interface ActionItemTable {
  id: Generated<number>;
  meeting_id: number;
  project_id: number | null;
  owner_unit_id: number;
  title: string;
  deadline: string;
  status: 'open' | 'done';
  closing_evidence: string | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

export type BlockerKind = 'approval' | 'funding' | 'land' | 'coordination' | 'other';
export type BlockerStatus = 'open' | 'in_progress' | 'resolved' | 'closed';
export type GreenChannelStatus = 'requested' | 'accepted' | 'answered' | 'closed';

/** 堵点卡点 raised by a project's lead unit (issue 5). */
export interface BlockerTable {
  id: Generated<number>;
  project_id: number;
  /** the weekly update it was raised from, if any */
  update_id: number | null;
  kind: BlockerKind;
  description: string;
  needed_from: string;
  raised_by: string;
  raised_at: Timestamp;
  status: BlockerStatus;
  resolution: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  escalated_to_leader: Flag;
  escalated_at: Timestamp | null;
  version: Generated<number>;
}

/** A green-channel request from a blocker to one of the project's co-units (issue 5). */
export interface GreenChannelRequestTable {
  id: Generated<number>;
  blocker_id: number;
  co_unit_id: number;
  request_text: string;
  requested_by: string;
  requested_at: Timestamp;
  /** YYYY-MM-DD, working days after the request */
  due_date: string;
  status: GreenChannelStatus;
  answer: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  version: Generated<number>;
}

/** An admin-edited holiday schedule of one year (issue 5); a year without a row uses the shipped CHINA_HOLIDAY_SCHEDULES. */
export interface WorkdayScheduleTable {
  year: number;
  /** a YearSchedule as JSON */
  schedule_json: string;
  updated_by: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export type MonthlyReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

/** 月报: a project's monthly report, drafted from the month's accepted weekly updates (issue 5). */
export interface MonthlyReportTable {
  id: Generated<number>;
  project_id: number;
  /** 'YYYY-MM' */
  month: string;
  status: MonthlyReportStatus;
  progress_text: string;
  problems_text: string;
  next_plan_text: string;
  /** month-end values against the trajectory: [{targetId,label,unit,target,actual,expected}] */
  values_json: string;
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
}

/** 通报: the 督查室's monthly bulletin of a plan (issue 5). */
export interface BulletinTable {
  id: Generated<number>;
  plan_id: number;
  /** 'YYYY-MM' */
  month: string;
  status: 'draft' | 'issued';
  doc_number: string;
  title: string;
  /** { paragraphs, table, lagging } as laid out by the .docx builder */
  body_json: string;
  issued_at: Timestamp | null;
  issued_by: string | null;
  created_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

/** A project's 分管领导 (a user with role leader), assigned by the 督查室 (issue 5). */
export interface ProjectLeaderTable {
  project_id: number;
  user_id: number;
  assigned_by: string;
  assigned_at: Timestamp;
}

/** A leader's 旬 digest, claimed once per (user, period_start) (issue 5). */
export interface XunDigestTable {
  id: Generated<number>;
  user_id: number;
  /** 'YYYY-MM-DD', first day of the 旬 */
  period_start: string;
  period_end: string;
  label: string;
  generated_at: Timestamp;
  content_json: string;
}

export type InstructionStatus = 'open' | 'answered' | 'closed';

/** 批示: a leader's instruction on a project (optionally on one of its weekly updates or blockers), answered by the lead unit (issue 5). */
export interface InstructionTable {
  id: Generated<number>;
  project_id: number;
  author_id: number;
  author_username: string;
  target_kind: 'weekly_update' | 'blocker' | null;
  target_id: number | null;
  text: string;
  status: InstructionStatus;
  answer: string | null;
  evidence: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
  closed_by: string | null;
  closed_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  version: Generated<number>;
}
