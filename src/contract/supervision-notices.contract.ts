/**
 * The 督办单 (supervision notice) API contract (zod only; imports nothing from server or web): the 督查室 issues a
 * notice to a unit about a project (and optionally one of its blockers); the unit signs (签收) and responds with
 * evidence; the 督查室 reviews (复核) and closes (办结) or returns it (退回).
 */
import { z } from 'zod';
import { daySchema, versionSchema } from './common.contract';
import { attachmentSchema } from './weekly.contract';

export const SUPERVISION_NOTICE_STATUSES = ['issued', 'signed', 'responded', 'returned', 'closed'] as const;
export const supervisionNoticeStatusSchema = z.enum(SUPERVISION_NOTICE_STATUSES);

/** Chinese names of the states, shared by server messages and the web. */
export const SUPERVISION_NOTICE_STATUS_LABELS: Record<(typeof SUPERVISION_NOTICE_STATUSES)[number], string> = {
  issued: '待签收',
  signed: '办理中',
  responded: '待复核',
  returned: '已退回',
  closed: '已办结',
};

export const SUPERVISION_NOTICE_ACTIONS = ['issue', 'sign', 'respond', 'return', 'close', 'escalate'] as const;
export const supervisionNoticeActionSchema = z.enum(SUPERVISION_NOTICE_ACTIONS);

// ── requests ────────────────────────────────────────────────────────────────

/** Filters of a plan's list: one state (or 逾期 / 未办结), one unit, one project (the project page's card). */
export const supervisionNoticeListQuerySchema = z.object({
  status: z.enum([...SUPERVISION_NOTICE_STATUSES, 'open', 'overdue']).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  projectId: z.coerce.number().int().positive().optional(),
});

/**
 * 下发督办单: the project (and optionally one of its blockers), the addressed unit (one of the project's units),
 * what is wrong, what must be done, by when. Text and deadline are checked by the service with Chinese messages.
 */
export const issueSupervisionNoticeBodySchema = z.object({
  projectId: z.number().int().positive(),
  blockerId: z.number().int().positive().nullable().optional(),
  unitId: z.number().int().positive(),
  subject: z.string().max(200).optional(),
  problem: z.string().max(5000).optional(),
  requirement: z.string().max(5000).optional(),
  deadline: daySchema.nullable().optional(),
});

/** 签收: only the version read. */
export const signSupervisionNoticeBodySchema = z.object({ version: versionSchema.optional() }).optional();

/** 反馈办理情况: what was done and the evidence (both required by the service). */
export const respondSupervisionNoticeBodySchema = z.object({
  response: z.string().max(5000).optional(),
  evidence: z.string().max(5000).optional(),
  version: versionSchema.optional(),
});

/** 复核: 办结 (close) or 退回 (return, with a reason and optionally a new deadline). */
export const reviewSupervisionNoticeBodySchema = z.object({
  outcome: z.enum(['close', 'return'], { message: '复核结果应为 办结(close) 或 退回(return)' }),
  comment: z.string().max(5000).optional(),
  deadline: daySchema.nullable().optional(),
  version: versionSchema.optional(),
});

// ── views ───────────────────────────────────────────────────────────────────

/** What the signed-in user may do on a 督办单 (server: src/server/policies/supervision-notice.policy.ts). */
export const supervisionNoticePermissionsSchema = z.object({
  canSign: z.boolean(),
  canRespond: z.boolean(),
  canUploadEvidence: z.boolean(),
  canReview: z.boolean(),
});

export const supervisionNoticeSummarySchema = z.object({
  id: z.number().int(),
  /** 督办〔2024〕3号 */
  number: z.string(),
  planId: z.number().int(),
  project: z.object({ id: z.number().int(), seq: z.number().int(), name: z.string() }),
  unitId: z.number().int(),
  unitName: z.string(),
  subject: z.string(),
  /** 整改要求: what the unit must do and report back on */
  requirement: z.string(),
  deadline: z.string(),
  status: supervisionNoticeStatusSchema,
  issuedAt: z.string(),
  /** past the deadline and not yet responded (逾期) */
  isOverdue: z.boolean(),
  /** overdue and escalated to 挂牌督办 */
  escalated: z.boolean(),
  version: z.number().int(),
  permissions: supervisionNoticePermissionsSchema,
});

export const supervisionNoticeListSchema = z.object({
  items: z.array(supervisionNoticeSummarySchema),
  total: z.number().int(),
  /** what the user may do on the plan's list: 下发督办单 (the 督查室) */
  permissions: z.object({ canIssue: z.boolean() }),
});

export const supervisionNoticeEventSchema = z.object({
  id: z.number().int(),
  action: supervisionNoticeActionSchema,
  actor: z.string(),
  at: z.string(),
  text: z.string().nullable(),
});

export const supervisionNoticeAttachmentSchema = attachmentSchema;

export const supervisionNoticeDetailSchema = supervisionNoticeSummarySchema.extend({
  blocker: z.object({ id: z.number().int(), description: z.string() }).nullable(),
  problem: z.string(),
  issuedBy: z.string(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  response: z.string().nullable(),
  evidence: z.string().nullable(),
  respondedBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  attachments: z.array(supervisionNoticeAttachmentSchema),
  /** every step, oldest first */
  timeline: z.array(supervisionNoticeEventSchema),
});

export type SupervisionNoticeStatus = z.infer<typeof supervisionNoticeStatusSchema>;
export type SupervisionNoticeAction = z.infer<typeof supervisionNoticeActionSchema>;
export type SupervisionNoticeListQuery = z.infer<typeof supervisionNoticeListQuerySchema>;
export type IssueSupervisionNoticeInput = z.infer<typeof issueSupervisionNoticeBodySchema>;
export type RespondSupervisionNoticeInput = z.infer<typeof respondSupervisionNoticeBodySchema>;
export type ReviewSupervisionNoticeInput = z.infer<typeof reviewSupervisionNoticeBodySchema>;
export type SupervisionNoticePermissions = z.infer<typeof supervisionNoticePermissionsSchema>;
export type SupervisionNoticeSummary = z.infer<typeof supervisionNoticeSummarySchema>;
export type SupervisionNoticeList = z.infer<typeof supervisionNoticeListSchema>;
export type SupervisionNoticeEvent = z.infer<typeof supervisionNoticeEventSchema>;
export type SupervisionNoticeAttachment = z.infer<typeof supervisionNoticeAttachmentSchema>;
export type SupervisionNoticeDetail = z.infer<typeof supervisionNoticeDetailSchema>;
