import type { ColumnType, Generated } from 'kysely';
import type { Flag, Timestamp } from './schema-common';

/** Tables of the steering rhythm: meetings, blockers, monthly reports, bulletins, leaders, the working-day calendar. */
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

/** A file of a meeting (minutes scan, photo); the bytes live in FileStorage under a generated key. */
export interface MeetingAttachmentTable {
  id: Generated<number>;
  meeting_id: number;
  storage_key: string;
  thumb_key: string | null;
  file_name: string;
  mime: string;
  size: number;
  uploaded_by: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

// The table is added to DB here (declaration merging) so the steering area keeps its tables in one file.
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
  /** chosen photos: ids of image attachments of the month's accepted weekly updates, '[1,2]' (max 9) */
  photo_ids_json: Generated<string>;
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
