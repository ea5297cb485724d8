import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-common';

/**
 * Tables of 下一年度民生实事 (issue 12, point 6): the 督查室's 征集 of proposals from the public, the candidate list
 * (候选项目) it prepares, and the deputies' 票决 (vote sessions and one ballot per deputy).
 */

export type ProposalStatus = 'pending' | 'approved' | 'rejected';
/** draft 未开始 · open 投票中 · closed 已结束 (results counted) · published 已公布 */
export type VoteSessionStatus = 'draft' | 'open' | 'closed' | 'published';

/** A 征集 for a target year, open to the public between two dates. */
export interface SolicitationTable {
  id: Generated<number>;
  /** the year the proposals are for */
  year: number;
  title: string;
  description: string;
  /** 'YYYY-MM-DD', both inclusive (Asia/Shanghai) */
  starts_on: string;
  ends_on: string;
  created_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

/** A proposal from the public; shown publicly only once approved, with name and phone masked. */
export interface ProposalTable {
  id: Generated<number>;
  solicitation_id: number;
  title: string;
  background: string;
  content: string;
  suggested_unit: string | null;
  name: string | null;
  phone: string | null;
  status: ProposalStatus;
  reject_reason: string | null;
  moderated_by: string | null;
  moderated_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

/** A 候选项目 of a year's list, ordered by `seq`. */
export interface VoteCandidateTable {
  id: Generated<number>;
  year: number;
  seq: number;
  name: string;
  content: string;
  /** 牵头单位建议 (a unit name; becomes the project's lead unit in the plan draft) */
  lead_unit: string | null;
  /** 万元 */
  investment: number | null;
  expected_effect: string;
  /** the proposal it came from, when it did */
  proposal_id: number | null;
  created_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

/** A 票决: choose `choose_count` (N) of the session's candidates (M > N). */
export interface VoteSessionTable {
  id: Generated<number>;
  year: number;
  title: string;
  choose_count: number;
  status: VoteSessionStatus;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  published_at: Timestamp | null;
  /** JSON number[]: the candidates the 督查室 declared 当选 among those tied at the cut; null while unresolved */
  tie_break_json: string | null;
  tie_break_note: string | null;
  /** the plan draft made from the result */
  plan_id: number | null;
  created_by: string;
  version: Generated<number>;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

/** The candidates on a session's ballot paper, frozen when the session is created. */
export interface VoteSessionCandidateTable {
  session_id: number;
  candidate_id: number;
  seq: number;
}

/** One deputy's ballot in one session (unique per session and deputy). */
export interface BallotTable {
  id: Generated<number>;
  session_id: number;
  deputy_id: number;
  submitted_at: Timestamp;
}

export interface BallotChoiceTable {
  ballot_id: number;
  candidate_id: number;
}
