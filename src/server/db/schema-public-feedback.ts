import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-common';

/** Tables of citizens' feedback on published plans (issue 12): comments, satisfaction ratings and their follow-ups. */

export type PublicCommentKind = 'suggestion' | 'message';
export type PublicCommentStatus = 'pending' | 'approved' | 'rejected';
export type SatisfactionRating = 'satisfied' | 'basic' | 'unsatisfied';
export type RatingFollowUpStatus = 'open' | 'closed';

/** A citizen's 建议 or 留言 on a project: public only once the 督查室 approves it; the lead unit replies under it. */
export interface PublicCommentTable {
  id: Generated<number>;
  plan_id: number;
  project_id: number;
  kind: PublicCommentKind;
  body: string;
  /** sha256 of the normalised body: the same text twice on one project is refused */
  body_hash: string;
  /** given by the citizen, optional; shown masked everywhere public */
  name: string | null;
  /** given by the citizen for a call back, optional; only the 督查室 sees it unmasked */
  phone: string | null;
  status: PublicCommentStatus;
  moderated_by: string | null;
  moderated_at: Timestamp | null;
  reject_reason: string | null;
  reply: string | null;
  reply_unit_id: number | null;
  replied_by: string | null;
  replied_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  version: Generated<number>;
}

/** One citizen's 满意度 rating of a project in a period (quarter of the plan year, 2024-Q4). */
export interface PublicRatingTable {
  id: Generated<number>;
  plan_id: number;
  project_id: number;
  period: string;
  rating: SatisfactionRating;
  reason: string | null;
  /** sha256 of the anonymous voter id of the signed cookie; unique per project and period */
  voter_hash: string;
  /** HMAC of the client address (never the address itself): caps ratings from one network */
  ip_hash: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

/** 回访整改: a 不满意 rating with a reason, for the project's lead unit to handle and close. */
export interface RatingFollowUpTable {
  id: Generated<number>;
  plan_id: number;
  project_id: number;
  rating_id: number;
  unit_id: number;
  period: string;
  reason: string;
  status: RatingFollowUpStatus;
  /** 处理情况 */
  response: string | null;
  closed_by: string | null;
  closed_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  version: Generated<number>;
}
