import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Flag, Timestamp } from './schema-common';
import type {
  AttachmentTable,
  ChangeRequestTable,
  CoUnitNoteTable,
  MilestoneTable,
  RevisionTable,
  TargetTable,
  WeeklyMilestoneTable,
  WeeklyUpdateTable,
  WeeklyValueTable,
} from './schema-delivery';
import type {
  ActionItemTable,
  BlockerTable,
  BulletinTable,
  GreenChannelRequestTable,
  InstructionTable,
  MeetingAttachmentTable,
  MeetingProjectTable,
  MeetingTable,
  MonthlyReportTable,
  ProjectLeaderTable,
  WorkdayScheduleTable,
  XunDigestTable,
} from './schema-steering';
import type {
  NotificationDeliveryTable,
  NotificationEventTable,
  NotificationPreferenceTable,
  NotificationTable,
  UnitRobotSettingTable,
} from './schema-notifications';
import type { SupervisionNoticeAttachmentTable, SupervisionNoticeEventTable, SupervisionNoticeTable } from './schema-supervision';
import type { AssessmentRubricTable } from './schema-assessment';
import type { PublicCommentTable, PublicRatingTable, RatingFollowUpTable } from './schema-public-feedback';
import type {
  BallotChoiceTable,
  BallotTable,
  ProposalTable,
  SolicitationTable,
  VoteCandidateTable,
  VoteSessionCandidateTable,
  VoteSessionTable,
} from './schema-next-year';
import type { InspectionFindingTable, InspectionPhotoTable, InspectionProjectTable, InspectionTable, RectificationTable } from './schema-inspections';

export type * from './schema-common';
export type * from './schema-delivery';
export type * from './schema-steering';
export type * from './schema-notifications';
export type * from './schema-supervision';
export type * from './schema-inspections';
export type * from './schema-assessment';
export type * from './schema-public-feedback';
export type * from './schema-next-year';

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
  /** weekly rhythm: ISO weekday (1 = Monday … 7 = Sunday) of the reported week on which the update is due (default 5) */
  weekly_due_weekday: Generated<number>;
  /** weekly rhythm: local 'HH:MM' of the due moment, Asia/Shanghai (default '18:00') */
  weekly_due_time: Generated<string>;
  /** weekly rhythm: ISO weekday of the NEXT week from which a week without an update is missing (default 1) */
  weekly_missing_weekday: Generated<number>;
  /** weekly rhythm: local 'HH:MM' of the missing moment (default '09:00') */
  weekly_missing_time: Generated<string>;
  /** monthly report: day of the month it is due, 1–31 (past the month's end → its last day; default 25) */
  monthly_due_day: Generated<number>;
  /** monthly report: local 'HH:MM' of the due moment (default '18:00') */
  monthly_due_time: Generated<string>;
  /** 台账截止日 'YYYY-MM-DD' within the plan's year when the 督查室 ends the ledger early; null: 31 December */
  ledger_end_date: string | null;
  /** set when the 督查室 publishes the plan on the public portal; null: not public */
  published_at: string | null;
  published_by: string | null;
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
  /** the notice's section heading (一、促进就业 → 促进就业) */
  category: ColumnType<string | null, string | null | undefined, string | null>;
  /** 建设地点 */
  location: ColumnType<string | null, string | null | undefined, string | null>;
  /** 年度投资金额, 万元 */
  investment: ColumnType<number | null, number | null | undefined, number | null>;
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

export type Role = 'admin' | 'supervisor' | 'leader' | 'unit_manager' | 'unit_staff' | 'deputy' | 'security_admin' | 'auditor';

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
  /** place in the hash chain once sealed (audit-chain.ts); null while not sealed yet */
  chain_seq: number | null;
  chain_hash: string | null;
}

/** Fixed-window hits of a public rate limit (src/server/http/public-rate-limit.ts). */
export interface PublicRateCounterTable {
  bucket: string;
  window_start: string;
  hits: number;
}

/**
 * A write's response kept under the client's Idempotency-Key (src/server/http/idempotency.ts): a retry with the same
 * key gets it back instead of writing again. Purged after a day.
 */
export interface IdempotencyKeyTable {
  id: Generated<number>;
  user_id: number;
  /** the client's key (a UUID per user action), unique per user */
  key: string;
  /** method and route pattern, e.g. 'POST /api/v1/weekly/:id/submit' */
  route: string;
  /** SHA-256 of method, URL and body: the same key with another request is refused */
  request_hash: string;
  status_code: number;
  /** the response as JSON */
  response_body: string;
  created_at: Timestamp;
}

export interface DB {
  public_rate_counter: PublicRateCounterTable;
  idempotency_key: IdempotencyKeyTable;
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
  meeting_attachment: MeetingAttachmentTable;
  action_item: ActionItemTable;
  project_leader: ProjectLeaderTable;
  xun_digest: XunDigestTable;
  instruction: InstructionTable;
  workday_schedule: WorkdayScheduleTable;
  monthly_report: MonthlyReportTable;
  bulletin: BulletinTable;
  // notifications (issue 11)
  notification_event: NotificationEventTable;
  notification: NotificationTable;
  notification_delivery: NotificationDeliveryTable;
  unit_robot_setting: UnitRobotSettingTable;
  notification_preference: NotificationPreferenceTable;
  supervision_notice: SupervisionNoticeTable;
  supervision_notice_event: SupervisionNoticeEventTable;
  supervision_notice_attachment: SupervisionNoticeAttachmentTable;
  // inspections (issue 11)
  inspection: InspectionTable;
  inspection_project: InspectionProjectTable;
  inspection_finding: InspectionFindingTable;
  rectification: RectificationTable;
  inspection_photo: InspectionPhotoTable;
  // unit assessment (issue 11)
  assessment_rubric: AssessmentRubricTable;
  // citizens' feedback (issue 12)
  public_comment: PublicCommentTable;
  public_rating: PublicRatingTable;
  rating_follow_up: RatingFollowUpTable;
  // next year's list: 征集, 候选项目, 票决 (issue 12)
  solicitation: SolicitationTable;
  proposal: ProposalTable;
  vote_candidate: VoteCandidateTable;
  vote_session: VoteSessionTable;
  vote_session_candidate: VoteSessionCandidateTable;
  ballot: BallotTable;
  ballot_choice: BallotChoiceTable;
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
