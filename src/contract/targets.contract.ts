/**
 * The targets API contract (zod only; imports nothing from server or web): targets (目标指标), milestones (节点),
 * trajectory (计划进度), the baseline lock (基线), change requests after the lock (变更申请) and the plan's target
 * review (目标审核). The server validates and serialises with these schemas and the web imports the inferred types.
 */
import { z } from 'zod';
import { daySchema, versionSchema } from './common.contract';

/** quantity 数量 · rate 比率 · increase 提高幅度 · standard 标准 (shown, not progress-tracked) */
export const targetKindSchema = z.enum(['quantity', 'rate', 'increase', 'standard']);
/** increase: 越大越好 · decrease: 越小越好 */
export const targetDirectionSchema = z.enum(['increase', 'decrease']);
/** proposed 待确认 · confirmed 已确认 · changed 已变更 (an approved change after the lock) */
export const reviewStatusSchema = z.enum(['proposed', 'confirmed', 'changed']);
export const trajectoryShapeSchema = z.enum(['linear', 'front_loaded', 'back_loaded', 'custom']);
export const changeRequestStatusSchema = z.enum(['pending', 'approved', 'rejected']);

/** Planned cumulative value at the end of one month. */
export const trajectoryPointSchema = z.object({
  /** YYYY-MM */
  month: z.string().regex(/^\d{4}-\d{2}$/, '月份格式应为 YYYY-MM'),
  value: z.number(),
});

/** A change to a locked target or milestone, waiting for (or past) the 督查室's decision. */
export const changeRequestSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  /** filled in plan-wide lists; null on an item's `pendingChange` */
  projectSeq: z.number().int().nullable(),
  projectName: z.string().nullable(),
  targetId: z.number().int().nullable(),
  milestoneId: z.number().int().nullable(),
  /** the changed fields before and after, e.g. `{ value: 110 }` → `{ value: 120 }` */
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  reason: z.string(),
  status: changeRequestStatusSchema,
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});

/** What the signed-in user may do with one change request (server: target.policy). */
export const changeRequestPermissionsSchema = z.object({
  /** 批准 / 驳回: the 督查室, while the request is pending */
  canDecide: z.boolean(),
});

/** A row of the plan's change list: the request with what the user may do with it. */
export const changeRequestListItemSchema = changeRequestSchema.extend({ permissions: changeRequestPermissionsSchema });

/** The locked original promise of a target. */
export const targetBaselineSchema = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  dueDate: z.string(),
  trajectory: z.array(trajectoryPointSchema),
});

export const targetSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  /** the target this one is part of (其中…) */
  parentId: z.number().int().nullable(),
  seq: z.number().int(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: targetKindSchema,
  direction: targetDirectionSchema,
  weight: z.number(),
  /** YYYY-MM-DD */
  dueDate: z.string(),
  /** 不少于/以上/至少 */
  isMin: z.boolean(),
  /** 约/左右 */
  isApprox: z.boolean(),
  /** the exact span of the project content the target was read from */
  sourceText: z.string().nullable(),
  /** 1 when the extraction was sure */
  confidence: z.number(),
  status: reviewStatusSchema,
  trajectoryShape: trajectoryShapeSchema,
  trajectory: z.array(trajectoryPointSchema),
  baseline: targetBaselineSchema.nullable(),
  pendingChange: changeRequestSchema.nullable(),
  version: z.number().int(),
});

/** The locked original promise of a milestone. */
export const milestoneBaselineSchema = z.object({ title: z.string(), dueDate: z.string().nullable() });

export const milestoneSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  dueDate: z.string().nullable(),
  sourceText: z.string().nullable(),
  status: reviewStatusSchema,
  baseline: milestoneBaselineSchema.nullable(),
  pendingChange: changeRequestSchema.nullable(),
  version: z.number().int(),
});

/** When and by whom the plan's baseline was locked; both null while it is open. */
export const baselineSchema = z.object({ lockedAt: z.string().nullable(), lockedBy: z.string().nullable() });

/**
 * What the signed-in user may do with a project's targets and milestones right now (server: target.policy).
 * Item state still narrows a button: 确认 needs a proposed item, 申请变更 an item with no pending request.
 */
export const targetPermissionsSchema = z.object({
  /** 添加 / 编辑 / 删除 / 计划进度: the lead unit or the 督查室, before the baseline lock */
  canEditItems: z.boolean(),
  /** 确认 / 全部确认: the 督查室, before the lock */
  canConfirmItems: z.boolean(),
  /** 申请变更: the lead unit or the 督查室, after the lock */
  canRequestChange: z.boolean(),
  /** 批准 / 驳回 a change request: the 督查室 */
  canDecideChanges: z.boolean(),
});

/** GET /projects/:id/targets: everything the targets panel shows, with what the user may do. */
export const projectTargetsSchema = z.object({
  targets: z.array(targetSchema),
  milestones: z.array(milestoneSchema),
  baseline: baselineSchema,
  /** the lead unit's users and the 督查室 (project rule; see `permissions` for the lock-aware buttons) */
  canEdit: z.boolean(),
  /** the 督查室: confirm items, lock, decide change requests */
  canReview: z.boolean(),
  permissions: targetPermissionsSchema,
});

/** POST /projects/:id/confirm-all: the project's items after confirming them all. */
export const confirmAllResultSchema = z.object({ targets: z.array(targetSchema), milestones: z.array(milestoneSchema) });

/** One stored version of a target. */
export const targetRevisionSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  username: z.string(),
  action: z.string(),
  /** the whole row as it was after the change */
  snapshot: z.record(z.string(), z.unknown()),
});
export const targetHistorySchema = z.object({ items: z.array(targetRevisionSchema) });

export const targetReviewItemSchema = z.object({
  projectId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  leadUnits: z.array(z.string()),
  targetCount: z.number().int(),
  milestoneCount: z.number().int(),
  /** items still waiting for confirmation */
  proposedCount: z.number().int(),
  /** lowest extraction confidence among the project's targets (1 when there are none) */
  minConfidence: z.number(),
});

/** What the signed-in user may do on the plan's target review (server: target.policy). */
export const targetReviewPermissionsSchema = z.object({
  /** 全部确认 (also by keyboard): the 督查室, before the lock */
  canConfirmItems: z.boolean(),
  /** 锁定基线: the 督查室, before the lock */
  canLockBaseline: z.boolean(),
});

/** GET /plans/:id/target-review. */
export const targetReviewSchema = z.object({
  baseline: baselineSchema,
  items: z.array(targetReviewItemSchema),
  permissions: targetReviewPermissionsSchema,
});

/** A new target (POST /projects/:id/targets). */
export const targetInputSchema = z.object({
  label: z.string().trim().min(1, '请填写指标名称').max(200),
  value: z.number(),
  unit: z.string().trim().max(20),
  kind: targetKindSchema,
  direction: targetDirectionSchema.optional(),
  weight: z.number().positive('权重必须大于 0').max(100).optional(),
  dueDate: daySchema.optional(),
  parentId: z.number().int().positive().nullable().optional(),
});

/** PATCH /targets/:id: the fields to change, with the version read. */
export const targetPatchBodySchema = targetInputSchema.omit({ parentId: true }).partial().extend({ version: versionSchema });

/** PUT /targets/:id/trajectory. */
export const trajectoryBodySchema = z.object({
  shape: trajectoryShapeSchema,
  /** only for `custom`: cumulative value per month */
  months: z.array(trajectoryPointSchema).max(120).optional(),
  version: versionSchema,
});

/** A new milestone (POST /projects/:id/milestones). */
export const milestoneInputSchema = z.object({ title: z.string().max(500), dueDate: daySchema.nullable().optional() });

/** PATCH /milestones/:id. */
export const milestonePatchBodySchema = z.object({
  title: z.string().max(500).optional(),
  dueDate: daySchema.nullable().optional(),
  version: versionSchema,
});

/** `?version=` of a delete. */
export const versionQuerySchema = z.object({ version: z.coerce.number().int().positive() });
/** `{ version }` of a confirm. */
export const versionBodySchema = z.object({ version: versionSchema });

const changeReasonSchema = z.string().max(1000);

/** The new values asked for a locked target; only the changed fields. */
export const targetChangesSchema = z.object({
  label: z.string().max(200).optional(),
  value: z.number().optional(),
  unit: z.string().max(20).optional(),
  dueDate: daySchema.optional(),
  trajectory: z.object({ shape: trajectoryShapeSchema, months: z.array(trajectoryPointSchema).max(120).optional() }).optional(),
});

/** The new values asked for a locked milestone; only the changed fields. */
export const milestoneChangesSchema = z.object({ title: z.string().max(500).optional(), dueDate: daySchema.nullable().optional() });

/** POST /targets/:id/change-requests. */
export const targetChangeRequestBodySchema = z.object({ changes: targetChangesSchema, reason: changeReasonSchema });
/** POST /milestones/:id/change-requests. */
export const milestoneChangeRequestBodySchema = z.object({ changes: milestoneChangesSchema, reason: changeReasonSchema });

/** GET /plans/:id/change-requests?status=&projectId=. */
export const changeRequestListQuerySchema = z.object({
  status: changeRequestStatusSchema.optional(),
  projectId: z.coerce.number().int().positive().optional(),
});

/** POST /change-requests/:id/approve|reject: the reason is required to reject. */
export const changeDecisionBodySchema = z.object({ reason: changeReasonSchema.optional() });

export type TargetKind = z.infer<typeof targetKindSchema>;
export type TargetDirection = z.infer<typeof targetDirectionSchema>;
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
export type TrajectoryShape = z.infer<typeof trajectoryShapeSchema>;
export type ChangeRequestStatus = z.infer<typeof changeRequestStatusSchema>;
export type TrajectoryPoint = z.infer<typeof trajectoryPointSchema>;
export type ChangeRequest = z.infer<typeof changeRequestSchema>;
export type ChangeRequestPermissions = z.infer<typeof changeRequestPermissionsSchema>;
export type ChangeRequestListItem = z.infer<typeof changeRequestListItemSchema>;
export type TargetBaseline = z.infer<typeof targetBaselineSchema>;
export type MilestoneBaseline = z.infer<typeof milestoneBaselineSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type TargetPermissions = z.infer<typeof targetPermissionsSchema>;
export type ProjectTargets = z.infer<typeof projectTargetsSchema>;
export type ConfirmAllResult = z.infer<typeof confirmAllResultSchema>;
export type TargetHistory = z.infer<typeof targetHistorySchema>;
export type TargetReviewItem = z.infer<typeof targetReviewItemSchema>;
export type TargetReviewPermissions = z.infer<typeof targetReviewPermissionsSchema>;
export type TargetReview = z.infer<typeof targetReviewSchema>;
export type TargetInput = z.input<typeof targetInputSchema>;
export type TargetPatchBody = z.input<typeof targetPatchBodySchema>;
export type TrajectoryBody = z.input<typeof trajectoryBodySchema>;
export type MilestoneInput = z.input<typeof milestoneInputSchema>;
export type MilestonePatchBody = z.input<typeof milestonePatchBodySchema>;
export type TargetChanges = z.input<typeof targetChangesSchema>;
export type MilestoneChanges = z.input<typeof milestoneChangesSchema>;
export type TargetChangeRequestBody = z.input<typeof targetChangeRequestBodySchema>;
export type MilestoneChangeRequestBody = z.input<typeof milestoneChangeRequestBodySchema>;
export type ChangeRequestListQuery = z.infer<typeof changeRequestListQuerySchema>;
export type ChangeDecisionBody = z.input<typeof changeDecisionBodySchema>;
