/**
 * The one review workflow of the reports units send to the 督查室 — weekly ledger updates (周报) and monthly
 * reports (月报): draft → submitted → returned (back to editable) or accepted; submitted and accepted are locked;
 * a weekly update that is submitted or accepted is corrected by a new draft revision, a monthly report is not.
 *
 * Pure: each rule answers with a refusal (an error code and a Chinese message naming what to do) or null.
 */
export const REVIEW_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReportKind {
  /** 周报 / 月报 */
  noun: string;
  /** 本周 / 本月 */
  period: string;
  /** the code sent when a locked report is written to */
  lockedCode: 'UPDATE_LOCKED' | 'REPORT_LOCKED';
  /** whether a submitted or accepted report can be corrected by a new revision */
  correctable: boolean;
}

export const WEEKLY_REPORT: ReportKind = { noun: '周报', period: '本周', lockedCode: 'UPDATE_LOCKED', correctable: true };
export const MONTHLY_REPORT: ReportKind = { noun: '月报', period: '本月', lockedCode: 'REPORT_LOCKED', correctable: false };

export interface Refusal {
  code: 'UPDATE_LOCKED' | 'REPORT_LOCKED' | 'NOT_SUBMITTED' | 'BAD_REQUEST';
  message: string;
  details?: Record<string, unknown>;
}

/** Locked: submitted (waiting for review) or accepted. */
export const isLocked = (status: ReviewStatus) => status === 'submitted' || status === 'accepted';

/** Saving or submitting: allowed on a draft or a returned report. */
export function editRefusal(kind: ReportKind, status: ReviewStatus): Refusal | null {
  if (!isLocked(status)) return null;
  const correct = kind.correctable;
  const message =
    status === 'accepted'
      ? `${kind.period}${kind.noun}已通过审核，不能再${correct ? '直接' : ''}修改${correct ? '；如需更正，请点击“更正”生成新版本' : ''}。`
      : `${kind.period}${kind.noun}已提交，等待督查室审核，不能再修改${correct ? '；如需更正，请点击“更正”' : ''}。`;
  return { code: kind.lockedCode, message };
}

/** Reviewing: only a submitted report. */
export function reviewRefusal(kind: ReportKind, status: ReviewStatus): Refusal | null {
  if (status === 'submitted') return null;
  return { code: 'NOT_SUBMITTED', message: status === 'accepted' ? `该${kind.noun}已通过审核。` : `该${kind.noun}尚未提交或已退回，不能审核。` };
}

/** The outcome of a review: accepted, or returned with the comment that tells the unit what to change. */
export function reviewOutcome(decision: {
  accept: boolean;
  comment: string | null | undefined;
}): { status: 'accepted' | 'returned'; comment: string | null } | Refusal {
  const comment = decision.comment?.trim() || null;
  if (!decision.accept && !comment) return { code: 'BAD_REQUEST', message: '退回时请填写意见，告诉填报单位需要修改什么。', details: { field: 'comment' } };
  return { status: decision.accept ? 'accepted' : 'returned', comment };
}

/** Correcting (a new draft revision): only a submitted or accepted report of a correctable kind. */
export function correctRefusal(kind: ReportKind, status: ReviewStatus): Refusal | null {
  if (kind.correctable && isLocked(status)) return null;
  return { code: 'BAD_REQUEST', message: `只有已提交或已通过的${kind.noun}需要更正；草稿和退回的${kind.noun}可直接修改。` };
}

export const isRefusal = (x: unknown): x is Refusal => typeof x === 'object' && x !== null && 'code' in x && 'message' in x;
