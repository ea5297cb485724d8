/**
 * The blockers API contract (zod only): 堵点卡点 raised by a project's lead unit, and the green-channel requests
 * (绿色通道) it sends to the project's co-units. The server validates and serialises with these schemas; the web
 * imports the inferred types.
 */
import { z } from 'zod';
import { listOf, versionSchema } from './common.contract';

export const BLOCKER_KINDS = ['approval', 'funding', 'land', 'coordination', 'other'] as const;
export const BLOCKER_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export const GREEN_CHANNEL_STATUSES = ['requested', 'accepted', 'answered', 'closed'] as const;

export const blockerKindSchema = z.enum(BLOCKER_KINDS, {
  message: '堵点类型应为 审批手续(approval)/资金(funding)/用地(land)/协调(coordination)/其他(other) 之一',
});
export const blockerStatusSchema = z.enum(BLOCKER_STATUSES);
export const greenChannelStatusSchema = z.enum(GREEN_CHANNEL_STATUSES);

// ── bodies ──────────────────────────────────────────────────────────────────

/** 反映堵点: what is blocked and what is needed from whom; optionally raised from a weekly update. */
export const raiseBlockerBodySchema = z.object({
  kind: blockerKindSchema,
  description: z.string().max(5000),
  neededFrom: z.string().max(2000).nullable().optional(),
  /** the weekly update it was raised from */
  updateId: z.number().int().positive().nullable().optional(),
});

/** 申请绿色通道: one of the project's co-units, what it should do, answered within `dueDays` working days (default 3). */
export const greenChannelBodySchema = z.object({
  coUnitId: z.number().int().positive(),
  text: z.string().max(5000),
  dueDays: z.number().int().min(1).max(30).optional(),
});

/** 提请领导协调: only the version read. */
export const escalateBlockerBodySchema = z.object({ version: versionSchema.optional() }).optional();

/** 标记已解决: how it was solved (required by the service, with a Chinese message). */
export const resolveBlockerBodySchema = z.object({ resolution: z.string().max(5000).optional(), version: versionSchema.optional() });

/** 关闭: why it is no longer needed (required by the service, with a Chinese message). */
export const closeBlockerBodySchema = z.object({ reason: z.string().max(5000).optional(), version: versionSchema.optional() });

/** 受理 / 答复 / 办结 a green-channel request; `text` is the answer. */
export const greenChannelActionBodySchema = z.object({ text: z.string().max(5000).optional(), version: versionSchema.optional() }).optional();

// ── views ───────────────────────────────────────────────────────────────────

/** What the signed-in user may do on a blocker (server: src/server/policies/blocker.policy.ts). */
export const blockerPermissionsSchema = z.object({
  canRequestGreenChannel: z.boolean(),
  canEscalate: z.boolean(),
  canResolve: z.boolean(),
  canClose: z.boolean(),
});

/** What the signed-in user may do on a green-channel request: users of the addressed co-unit, in order. */
export const greenChannelPermissionsSchema = z.object({
  canAccept: z.boolean(),
  canAnswer: z.boolean(),
  canClose: z.boolean(),
});

export const greenChannelRequestSchema = z.object({
  id: z.number().int(),
  blockerId: z.number().int(),
  coUnitId: z.number().int(),
  coUnitName: z.string().nullable(),
  text: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  /** YYYY-MM-DD, counted in working days from the request */
  dueDate: z.string(),
  status: greenChannelStatusSchema,
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  version: z.number().int(),
  /** past the due date and still unanswered */
  isOverdue: z.boolean(),
  permissions: greenChannelPermissionsSchema,
});

/** What a plan's list and a detail share of a blocker. */
export const blockerSummarySchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  kind: blockerKindSchema,
  status: blockerStatusSchema,
  raisedAt: z.string(),
  resolvedAt: z.string().nullable(),
});

/** A row of GET /plans/:id/blockers. */
export const blockerListItemSchema = blockerSummarySchema.extend({
  /** a green-channel request to the user's unit is not closed yet (待我答复) */
  awaitingMyUnit: z.boolean(),
});
export const blockerListSchema = listOf(blockerListItemSchema);

export const blockerDetailSchema = blockerSummarySchema.extend({
  project: z.object({ id: z.number().int(), seq: z.number().int(), name: z.string(), planId: z.number().int() }),
  kindLabel: z.string(),
  updateId: z.number().int().nullable(),
  description: z.string(),
  neededFrom: z.string(),
  raisedBy: z.string(),
  resolution: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  escalatedToLeader: z.boolean(),
  escalatedAt: z.string().nullable(),
  version: z.number().int(),
  /** what the acting user may do on the blocker, by the rules the actions enforce */
  permissions: blockerPermissionsSchema,
  /** the requests the user may see: all of them for the lead unit, the 督查室 and leaders; a co-unit its own */
  greenChannel: z.array(greenChannelRequestSchema),
});

export type BlockerKind = z.infer<typeof blockerKindSchema>;
export type BlockerStatus = z.infer<typeof blockerStatusSchema>;
export type GreenChannelStatus = z.infer<typeof greenChannelStatusSchema>;
export type RaiseBlockerInput = z.infer<typeof raiseBlockerBodySchema>;
export type GreenChannelInput = z.infer<typeof greenChannelBodySchema>;
export type BlockerPermissions = z.infer<typeof blockerPermissionsSchema>;
export type GreenChannelPermissions = z.infer<typeof greenChannelPermissionsSchema>;
export type GreenChannelRequest = z.infer<typeof greenChannelRequestSchema>;
export type BlockerSummary = z.infer<typeof blockerSummarySchema>;
export type BlockerListItem = z.infer<typeof blockerListItemSchema>;
export type BlockerList = z.infer<typeof blockerListSchema>;
export type BlockerDetail = z.infer<typeof blockerDetailSchema>;
