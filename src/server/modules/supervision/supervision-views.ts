import type { SupervisionNoticeDetail, SupervisionNoticeSummary } from '../../../contract/supervision-notices.contract';
import type { Actor } from '../../auth/actor';
import { supervisionNoticePermissions } from '../../policies/supervision-notice.policy';
import { attachmentView } from '../../storage/file-transfer';
import type { NoticeAttachmentRecord, NoticeRecord, listNoticeEvents } from './supervision-notices.repo';

/** 督办〔2024〕3号 */
export const noticeNumber = (n: { year: number; seq: number }) => `督办〔${n.year}〕${n.seq}号`;

/** States in which the unit still owes a response: past the deadline in one of them is 逾期. */
export const AWAITING_RESPONSE = ['issued', 'signed', 'returned'] as const;

export const isNoticeOverdue = (n: Pick<NoticeRecord, 'status' | 'deadline'>, today: string) =>
  (AWAITING_RESPONSE as readonly string[]).includes(n.status) && n.deadline < today;

export function noticeSummary(n: NoticeRecord, actor: Actor, today: string): SupervisionNoticeSummary {
  return {
    id: n.id,
    number: noticeNumber(n),
    planId: n.plan_id,
    project: { id: n.project_id, seq: n.project_seq, name: n.project_name },
    unitId: n.unit_id,
    unitName: n.unit_name,
    subject: n.subject,
    requirement: n.requirement,
    deadline: n.deadline,
    status: n.status,
    issuedAt: n.issued_at,
    isOverdue: isNoticeOverdue(n, today),
    escalated: n.escalated === 1,
    version: n.version,
    permissions: supervisionNoticePermissions(actor, n),
  };
}

export const noticeAttachmentView = (a: Pick<NoticeAttachmentRecord, 'id' | 'file_name' | 'mime' | 'size' | 'thumb_key'>) =>
  attachmentView('supervision-notice-attachments', a);

export function noticeDetail(
  n: NoticeRecord,
  actor: Actor,
  today: string,
  extra: { blocker: { id: number; description: string } | null; attachments: NoticeAttachmentRecord[]; events: Awaited<ReturnType<typeof listNoticeEvents>> },
): SupervisionNoticeDetail {
  return {
    ...noticeSummary(n, actor, today),
    blocker: extra.blocker,
    problem: n.problem,
    issuedBy: n.issued_by,
    signedBy: n.signed_by,
    signedAt: n.signed_at,
    response: n.response,
    evidence: n.evidence,
    respondedBy: n.responded_by,
    respondedAt: n.responded_at,
    reviewComment: n.review_comment,
    reviewedBy: n.reviewed_by,
    reviewedAt: n.reviewed_at,
    escalatedAt: n.escalated_at,
    attachments: extra.attachments.map(noticeAttachmentView),
    timeline: extra.events,
  };
}
