import { z } from 'zod';
import { daySchema, versionSchema } from './common.contract';

/** 征集: the 督查室's call for next year's proposals, the public's proposals and their moderation. */

const yearSchema = z.number().int().min(2000).max(2100);

export const solicitationSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** today (Beijing time) is within startsOn–endsOn */
  isOpen: z.boolean(),
  pendingCount: z.number().int(),
  approvedCount: z.number().int(),
  rejectedCount: z.number().int(),
  version: z.number().int(),
});
export type Solicitation = z.infer<typeof solicitationSchema>;

export const solicitationBodySchema = z
  .object({
    year: yearSchema,
    title: z.string().trim().min(1, '请填写征集标题').max(200),
    description: z.string().trim().max(5000).default(''),
    startsOn: daySchema,
    endsOn: daySchema,
  })
  .refine((b) => b.startsOn <= b.endsOn, { message: '征集结束日期不能早于开始日期', path: ['endsOn'] });
export type SolicitationInput = z.infer<typeof solicitationBodySchema>;

export const updateSolicitationBodySchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000),
    startsOn: daySchema,
    endsOn: daySchema,
    version: versionSchema,
  })
  .refine((b) => b.startsOn <= b.endsOn, { message: '征集结束日期不能早于开始日期', path: ['endsOn'] });
export type SolicitationChange = z.infer<typeof updateSolicitationBodySchema>;

export const proposalStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export const PROPOSAL_STATUS_LABELS: Record<z.infer<typeof proposalStatusSchema>, string> = {
  pending: '待审核',
  approved: '已采纳公开',
  rejected: '未通过',
};

/** A proposal as the 督查室 sees it (name and phone in full, to contact the proposer). */
export const proposalSchema = z.object({
  id: z.number().int(),
  solicitationId: z.number().int(),
  title: z.string(),
  background: z.string(),
  content: z.string(),
  suggestedUnit: z.string().nullable(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  status: proposalStatusSchema,
  rejectReason: z.string().nullable(),
  moderatedBy: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const proposalListQuerySchema = z.object({ status: proposalStatusSchema.optional() });

export const moderateProposalBodySchema = z
  .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(500).optional() })
  .refine((b) => b.decision === 'approve' || (b.reason ?? '').length > 0, { message: '不通过时请填写原因', path: ['reason'] });
export type ModerateProposalInput = z.infer<typeof moderateProposalBodySchema>;

/** POST /public/solicitations/:id/proposals: only what is needed; name and phone optional. */
export const publicProposalBodySchema = z.object({
  title: z.string().trim().min(1, '请填写建议标题').max(100, '标题不超过100字'),
  background: z.string().trim().min(1, '请填写建议背景').max(2000, '背景不超过2000字'),
  content: z.string().trim().min(1, '请填写建议内容').max(2000, '内容不超过2000字'),
  suggestedUnit: z.string().trim().max(100).optional(),
  name: z.string().trim().max(20, '姓名不超过20字').optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '请填写11位手机号码')
    .optional()
    .or(z.literal('')),
});
export type PublicProposalInput = z.infer<typeof publicProposalBodySchema>;

export const publicProposalCreatedSchema = z.object({ id: z.number().int(), message: z.string() });

/** An approved proposal as the public sees it: name and phone masked. */
export const publicProposalSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  background: z.string(),
  content: z.string(),
  suggestedUnit: z.string().nullable(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
});
export type PublicProposal = z.infer<typeof publicProposalSchema>;

export const publicSolicitationSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  isOpen: z.boolean(),
  proposals: z.array(publicProposalSchema),
});
export type PublicSolicitation = z.infer<typeof publicSolicitationSchema>;
export const publicSolicitationsSchema = z.object({ items: z.array(publicSolicitationSchema) });
