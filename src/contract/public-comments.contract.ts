/**
 * Citizens' comments (建议 / 留言) on the projects of a published plan (issue 12), zod only. A citizen posts through
 * the public widget (no login, spam-guarded); the 督查室 approves or rejects with a reason; the lead unit replies and
 * the reply shows under the comment. Names and phones are masked in every public view and in units' lists.
 */
import { z } from 'zod';
import { versionSchema } from './common.contract';

export const PUBLIC_COMMENT_KINDS = ['suggestion', 'message'] as const;
export const publicCommentKindSchema = z.enum(PUBLIC_COMMENT_KINDS, { message: '请选择留言类型：建议 或 留言' });
export const PUBLIC_COMMENT_KIND_LABELS: Record<(typeof PUBLIC_COMMENT_KINDS)[number], string> = { suggestion: '建议', message: '留言' };

export const PUBLIC_COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const publicCommentStatusSchema = z.enum(PUBLIC_COMMENT_STATUSES);
export const PUBLIC_COMMENT_STATUS_LABELS: Record<(typeof PUBLIC_COMMENT_STATUSES)[number], string> = {
  pending: '待审核',
  approved: '已公开',
  rejected: '未采用',
};

/** The longest comment a citizen may post. */
export const PUBLIC_COMMENT_MAX_CHARS = 500;

// ── public (no login) ───────────────────────────────────────────────────────

/** The signed issued-at token the form must carry: a submit sooner than `minSeconds` after it is refused. */
export const commentFormTokenSchema = z.object({ token: z.string(), minSeconds: z.number().int() });

/**
 * A citizen's comment. `website` is the honeypot (hidden in the form, left empty by people); `formToken` comes from
 * GET …/comment-form-token. Lengths and the rest are checked by the service with Chinese messages.
 */
export const postPublicCommentBodySchema = z.object({
  kind: publicCommentKindSchema,
  body: z.string().max(5000),
  name: z.string().max(100).nullable().optional(),
  phone: z.string().max(40).nullable().optional(),
  website: z.string().max(500).optional(),
  formToken: z.string().max(200).optional(),
});

export const postPublicCommentResultSchema = z.object({ ok: z.literal(true), message: z.string() });

/** A comment as the public sees it: approved only, name and phone masked, the lead unit's reply under it. */
export const publicCommentSchema = z.object({
  id: z.number().int(),
  kind: publicCommentKindSchema,
  body: z.string(),
  /** masked (张**), null when none was given (shown as 匿名) */
  name: z.string().nullable(),
  /** masked (138****1234) */
  phone: z.string().nullable(),
  createdAt: z.string(),
  reply: z.object({ text: z.string(), unitName: z.string(), date: z.string() }).nullable(),
});
export type PublicComment = z.infer<typeof publicCommentSchema>;
export const publicCommentListSchema = z.object({ items: z.array(publicCommentSchema), total: z.number().int() });
export type PublicCommentList = z.infer<typeof publicCommentListSchema>;

// ── back office ─────────────────────────────────────────────────────────────

export const publicCommentQuerySchema = z.object({
  status: publicCommentStatusSchema.optional(),
  projectId: z.coerce.number().int().positive().optional(),
});
export type PublicCommentQuery = z.infer<typeof publicCommentQuerySchema>;

export const approvePublicCommentBodySchema = z.object({ version: versionSchema.optional() }).optional();
export const rejectPublicCommentBodySchema = z.object({ reason: z.string().max(1000).optional(), version: versionSchema.optional() });
export const replyPublicCommentBodySchema = z.object({ reply: z.string().max(5000).optional(), version: versionSchema.optional() });

/** What the signed-in user may do on a comment (server: src/server/policies/public-comment.policy.ts). */
export const publicCommentPermissionsSchema = z.object({
  canApprove: z.boolean(),
  canReject: z.boolean(),
  canReply: z.boolean(),
  seesFullPhone: z.boolean(),
});

export const managedPublicCommentSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  project: z.object({ id: z.number().int(), seq: z.number().int(), name: z.string() }),
  leadUnitName: z.string().nullable(),
  kind: publicCommentKindSchema,
  body: z.string(),
  /** the full name and phone for the 督查室; masked for everyone else */
  name: z.string().nullable(),
  phone: z.string().nullable(),
  status: publicCommentStatusSchema,
  createdAt: z.string(),
  moderatedBy: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  reply: z.string().nullable(),
  replyUnitName: z.string().nullable(),
  repliedBy: z.string().nullable(),
  repliedAt: z.string().nullable(),
  version: z.number().int(),
  permissions: publicCommentPermissionsSchema,
});
export type ManagedPublicComment = z.infer<typeof managedPublicCommentSchema>;

export const managedPublicCommentListSchema = z.object({
  items: z.array(managedPublicCommentSchema),
  total: z.number().int(),
  /** per state, in the actor's scope */
  counts: z.object({ pending: z.number().int(), approved: z.number().int(), rejected: z.number().int() }),
  permissions: z.object({ canModerate: z.boolean() }),
});
export type ManagedPublicCommentList = z.infer<typeof managedPublicCommentListSchema>;
