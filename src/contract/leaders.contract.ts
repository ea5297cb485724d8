/**
 * The leaders API contract (zod only; imports nothing from server or web): 分管领导 assignment, the leader's
 * portfolio (领导调度) with the blockers escalated to him, 旬 digests and 批示 (instructions).
 */
import { z } from 'zod';
import { blockerKindSchema, blockerStatusSchema } from './blockers.contract';
import { versionSchema } from './common.contract';
import { projectStatusSchema } from './ledger.contract';

// ---------------------------------------------------------------- 分管领导 assignment

/** A user who may be assigned as 分管领导. */
export const leaderUserSchema = z.object({ userId: z.number().int(), username: z.string(), displayName: z.string() });
export const leaderUserListSchema = z.object({ items: z.array(leaderUserSchema), total: z.number().int() });

export const projectLeaderSchema = leaderUserSchema.extend({ assignedAt: z.string() });

/** What the signed-in user may do on a project's 分管领导 (server: src/server/policies/leader.policy.ts). */
export const projectLeadersPermissionsSchema = z.object({
  /** 指定分管领导: the 督查室 */
  canEdit: z.boolean(),
});

/** GET/PUT /projects/:id/leaders. */
export const projectLeaderListSchema = z.object({
  items: z.array(projectLeaderSchema),
  total: z.number().int(),
  permissions: projectLeadersPermissionsSchema,
});

export const setProjectLeadersBodySchema = z.object({ userIds: z.array(z.number().int().positive()).max(20) });

// ---------------------------------------------------------------- portfolio

/** A 旬 (ten-day period): days 1–10, 11–20 and 21 to the month's end. */
export const xunSchema = z.object({
  /** YYYY-MM-DD */
  start: z.string(),
  /** YYYY-MM-DD, inclusive */
  end: z.string(),
  /** e.g. 2024年6月中旬 */
  label: z.string(),
});

/** What changed on a project since the start of the 旬. */
export const portfolioChangesSchema = z.object({
  statusAtXunStart: projectStatusSchema.nullable(),
  statusChanged: z.boolean(),
  values: z.array(
    z.object({
      updateId: z.number().int(),
      week: z.string(),
      acceptedAt: z.string().nullable(),
      label: z.string(),
      unit: z.string(),
      actual: z.number().nullable(),
    }),
  ),
  newBlockers: z.array(z.object({ id: z.number().int(), kind: blockerKindSchema, description: z.string(), status: blockerStatusSchema, raisedAt: z.string() })),
  overdueActionItems: z.array(
    z.object({ id: z.number().int(), meetingId: z.number().int(), title: z.string(), deadline: z.string(), ownerUnitName: z.string() }),
  ),
});

/** One project on the leader page. */
export const portfolioItemSchema = z.object({
  projectId: z.number().int(),
  planId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  /** one of the leader's own projects */
  mine: z.boolean(),
  leadUnits: z.array(z.string()),
  status: projectStatusSchema.nullable(),
  progress: z.number().nullable(),
  expected: z.number().nullable(),
  notReported: z.boolean(),
  openInstructions: z.number().int(),
  changes: portfolioChangesSchema,
});

/** A blocker the lead unit escalated to the leader (提请领导协调), as the leader sees it. */
export const escalatedBlockerSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  planId: z.number().int(),
  projectSeq: z.number().int(),
  projectName: z.string(),
  kind: blockerKindSchema,
  description: z.string(),
  neededFrom: z.string().nullable(),
  status: blockerStatusSchema,
  raisedBy: z.string(),
  raisedAt: z.string(),
  escalatedAt: z.string().nullable(),
  /** 批示 on the blocker, and those not yet 办结 */
  instructions: z.number().int(),
  openInstructions: z.number().int(),
});

/** GET /me/leader-portfolio. */
export const leaderPortfolioSchema = z.object({
  asOf: z.string(),
  xun: xunSchema,
  escalatedBlockers: z.array(escalatedBlockerSchema),
  items: z.array(portfolioItemSchema),
  total: z.number().int(),
});

export const portfolioQuerySchema = z.object({ asOf: z.string().max(10).optional(), all: z.enum(['0', '1']).optional() });

// ---------------------------------------------------------------- 旬 digests

export const xunDigestSchema = z.object({
  id: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  label: z.string(),
  generatedAt: z.string(),
  /** the portfolio as of the 旬's first day (digests written before escalations were kept have none) */
  content: z.object({ asOf: z.string(), items: z.array(portfolioItemSchema), escalatedBlockers: z.array(escalatedBlockerSchema).optional() }),
});
export const xunDigestListSchema = z.object({ items: z.array(xunDigestSchema), total: z.number().int() });
/** POST /me/xun-digests/generate: `created` is false when the 旬's digest already existed. */
export const generateDigestResultSchema = z.object({ created: z.boolean(), digest: xunDigestSchema });

// ---------------------------------------------------------------- 批示

export const instructionStatusSchema = z.enum(['open', 'answered', 'closed']);
export const instructionTargetKindSchema = z.enum(['weekly_update', 'blocker']);

/** What the signed-in user may do on one 批示 (server: src/server/policies/instruction.policy.ts). */
export const instructionPermissionsSchema = z.object({
  /** 答复: users of the project's lead unit, until it is 办结 */
  canAnswer: z.boolean(),
  /** 办结: the leader who wrote it or the 督查室, once answered */
  canClose: z.boolean(),
});

export const instructionSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  authorId: z.number().int(),
  author: z.string(),
  authorName: z.string(),
  targetKind: instructionTargetKindSchema.nullable(),
  targetId: z.number().int().nullable(),
  text: z.string(),
  status: instructionStatusSchema,
  answer: z.string().nullable(),
  evidence: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  permissions: instructionPermissionsSchema,
});

/** What the signed-in user may do on a project's 批示 as a whole. */
export const projectInstructionsPermissionsSchema = z.object({
  /** 作出批示: leaders */
  canInstruct: z.boolean(),
});

/** GET /projects/:id/instructions, the newest first. */
export const instructionListSchema = z.object({
  items: z.array(instructionSchema),
  total: z.number().int(),
  permissions: projectInstructionsPermissionsSchema,
});

/** An instruction in someone's inbox (GET /me/instructions), with its project. */
export const myInstructionSchema = instructionSchema.extend({
  project: z.object({ id: z.number().int(), planId: z.number().int(), seq: z.number().int(), name: z.string() }),
});
export const myInstructionListSchema = z.object({ items: z.array(myInstructionSchema), total: z.number().int() });

/** 作出批示; `updateId` and `blockerId` are shorthands of `{ targetKind, targetId }`. */
export const createInstructionBodySchema = z.object({
  text: z.string().max(5000),
  targetKind: instructionTargetKindSchema.nullable().optional(),
  targetId: z.number().int().positive().nullable().optional(),
  /** shorthand for targetKind 'weekly_update' */
  updateId: z.number().int().positive().nullable().optional(),
  /** shorthand for targetKind 'blocker' */
  blockerId: z.number().int().positive().nullable().optional(),
});

export const answerInstructionBodySchema = z.object({
  text: z.string().max(5000),
  evidence: z.string().max(5000).nullable().optional(),
  version: versionSchema.optional(),
});
export const closeInstructionBodySchema = z.object({ version: versionSchema.optional() }).optional();

export type LeaderUser = z.infer<typeof leaderUserSchema>;
export type LeaderUserList = z.infer<typeof leaderUserListSchema>;
export type ProjectLeader = z.infer<typeof projectLeaderSchema>;
export type ProjectLeadersPermissions = z.infer<typeof projectLeadersPermissionsSchema>;
export type ProjectLeaderList = z.infer<typeof projectLeaderListSchema>;
export type SetProjectLeadersBody = z.infer<typeof setProjectLeadersBodySchema>;
export type Xun = z.infer<typeof xunSchema>;
export type PortfolioChanges = z.infer<typeof portfolioChangesSchema>;
export type PortfolioItem = z.infer<typeof portfolioItemSchema>;
export type EscalatedBlocker = z.infer<typeof escalatedBlockerSchema>;
export type LeaderPortfolio = z.infer<typeof leaderPortfolioSchema>;
export type PortfolioQuery = z.infer<typeof portfolioQuerySchema>;
export type XunDigest = z.infer<typeof xunDigestSchema>;
export type XunDigestList = z.infer<typeof xunDigestListSchema>;
export type GenerateDigestResult = z.infer<typeof generateDigestResultSchema>;
export type InstructionStatus = z.infer<typeof instructionStatusSchema>;
export type InstructionTargetKind = z.infer<typeof instructionTargetKindSchema>;
export type InstructionPermissions = z.infer<typeof instructionPermissionsSchema>;
export type Instruction = z.infer<typeof instructionSchema>;
export type ProjectInstructionsPermissions = z.infer<typeof projectInstructionsPermissionsSchema>;
export type InstructionList = z.infer<typeof instructionListSchema>;
export type MyInstruction = z.infer<typeof myInstructionSchema>;
export type MyInstructionList = z.infer<typeof myInstructionListSchema>;
/** What the web sends to 作出批示. */
export type NewInstruction = z.input<typeof createInstructionBodySchema>;
export type AnswerInstructionBody = z.infer<typeof answerInstructionBodySchema>;
export type CloseInstructionBody = z.infer<typeof closeInstructionBodySchema>;
