import type { ColumnType, Generated } from 'kysely';
import type { Flag, Timestamp } from './schema-common';

/** Tables of the 督查室's 督办单 (issue 11). */

export type SupervisionNoticeStatus = 'issued' | 'signed' | 'responded' | 'returned' | 'closed';
export type SupervisionNoticeAction = 'issue' | 'sign' | 'respond' | 'return' | 'close' | 'escalate';

/** A 督办单: issued by the 督查室 to one unit about a project (and optionally one of its blockers). */
export interface SupervisionNoticeTable {
  id: Generated<number>;
  plan_id: number;
  project_id: number;
  blocker_id: number | null;
  /** the addressed unit (承办单位) */
  unit_id: number;
  /** the plan's year and the number within it: 督办〔year〕seq号 */
  year: number;
  seq: number;
  subject: string;
  problem: string;
  /** 整改要求 */
  requirement: string;
  /** 'YYYY-MM-DD'; overdue (逾期) is derived: before today and not yet responded */
  deadline: string;
  status: SupervisionNoticeStatus;
  issued_by: string;
  issued_at: Timestamp;
  signed_by: string | null;
  signed_at: Timestamp | null;
  response: string | null;
  evidence: string | null;
  responded_by: string | null;
  responded_at: Timestamp | null;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  /** set by escalateOverdueNotices: overdue and listed for 挂牌督办 */
  escalated: Flag;
  escalated_at: Timestamp | null;
  version: Generated<number>;
}

/** One step of a 督办单's timeline (issued, signed, responded, returned, closed, escalated). */
export interface SupervisionNoticeEventTable {
  id: Generated<number>;
  notice_id: number;
  action: SupervisionNoticeAction;
  actor: string;
  at: Timestamp;
  text: string | null;
}

/** An evidence file of a 督办单's response; the bytes live in FileStorage under a generated key. */
export interface SupervisionNoticeAttachmentTable {
  id: Generated<number>;
  notice_id: number;
  storage_key: string;
  thumb_key: string | null;
  file_name: string;
  mime: string;
  size: number;
  uploaded_by: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}
