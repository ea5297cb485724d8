/**
 * The weekly ledger API contract (周台账, zod only; imports nothing from server or web): the week's form and its
 * review workflow, attachments, co-unit notes, the timeline and history of a project, 我的待办 and the review queue.
 * The server validates and serialises with these schemas and the web imports the inferred types.
 */
import { z } from 'zod';
import { daySchema, draftVersionSchema, versionSchema, weekSchema } from './common.contract';
import { projectPermissionsSchema } from './projects.contract';

/** draft → submitted → returned (editable again) or accepted (src/domain/reporting/review-workflow.ts). */
export const WEEKLY_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const weeklyStatusSchema = z.enum(WEEKLY_STATUSES);
export type WeeklyStatus = z.infer<typeof weeklyStatusSchema>;

/** A week of 我的待办: 'none' when nothing was started for the week yet. */
export const todoStatusSchema = z.enum(['none', ...WEEKLY_STATUSES]);
export type TodoStatus = z.infer<typeof todoStatusSchema>;

/** decrease 低于上周 · jump 异常跳增 · over_total 超出总量 · out_of_range 超出合理范围 (the view sends them as plain strings). */
export type ValueFlag = 'decrease' | 'jump' | 'over_total' | 'out_of_range';

/** `:id` (the project) and `:week` in a path. */
export const projectWeekParamsSchema = z.object({ id: z.coerce.number().int().positive(), week: weekSchema });

/** GET /projects/:id/weekly?week= */
export const weeklyQuerySchema = z.object({ week: weekSchema });

/** The body of PUT /projects/:id/weekly/:week (autosave of the draft). */
export const weeklyDraftBodySchema = z.object({
  values: z.array(z.object({ targetId: z.number().int(), actual: z.number().nullable(), reason: z.string().max(1000).nullable().optional() })).max(100),
  milestones: z.array(z.object({ milestoneId: z.number().int(), completedOn: daySchema.nullable() })).max(100),
  progressText: z.string().max(5000),
  problemsText: z.string().max(5000),
  nextStepsText: z.string().max(5000),
  coUnitIds: z.array(z.number().int()).max(50),
  version: draftVersionSchema,
});
export type WeeklyDraftInput = z.infer<typeof weeklyDraftBodySchema>;

/** POST /weekly/:id/submit */
export const weeklySubmitBodySchema = z.object({ version: versionSchema });

/** POST /weekly/:id/accept and /return (a return needs the comment; the service says so in Chinese). */
export const weeklyReviewBodySchema = z.object({ comment: z.string().max(2000).nullable().optional(), version: versionSchema.optional() });

/** PUT /projects/:id/co-notes/:week */
export const coNoteBodySchema = z.object({ text: z.string().max(5000), version: draftVersionSchema });

/** An uploaded file as the API shows it (weekly and meeting attachments alike). */
export const attachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  isImage: z.boolean(),
  /** /api/v1/attachments/:id */
  url: z.string(),
  thumbUrl: z.string().nullable(),
  /** weekly photos: when the 督查室 published it on the public portal (null: not public) */
  publicAt: z.string().nullable().optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A co-unit's note (协办说明) on the lead unit's week. */
export const coUnitNoteSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  week: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  text: z.string(),
  author: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type CoUnitNote = z.infer<typeof coUnitNoteSchema>;

/** A tracked target as a report names it: its label, unit and the year's target. */
export const targetRefSchema = z.object({
  targetId: z.number().int(),
  label: z.string(),
  unit: z.string(),
  target: z.number(),
});

/** One tracked target of the week: its cumulative actual against the target and last week's value. */
export const weeklyValueSchema = targetRefSchema.extend({
  /** the last submitted or accepted cumulative actual before this week, null before the first report */
  previous: z.number().nullable(),
  actual: z.number().nullable(),
  reason: z.string().nullable(),
  /** ValueFlag values */
  flags: z.array(z.string()),
});
export type WeeklyValue = z.infer<typeof weeklyValueSchema>;

export const weeklyMilestoneSchema = z.object({
  milestoneId: z.number().int(),
  title: z.string(),
  /** YYYY-MM-DD */
  completedOn: z.string().nullable(),
});
export type WeeklyMilestone = z.infer<typeof weeklyMilestoneSchema>;

/** What the signed-in user may do on the week (server: src/server/policies/weekly-update.policy.ts). */
export const weeklyPermissionsSchema = z.object({
  /** what the user may do on the project (填报本周, 协办说明, 批示…) */
  project: projectPermissionsSchema,
  /** save the draft, add and delete attachments: the lead unit or the 督查室, on a draft or returned current week */
  canEdit: z.boolean(),
  /** submit to the 督查室 (same rule as canEdit; the values are checked on submit) */
  canSubmit: z.boolean(),
  /** 更正: a new draft revision of a submitted or accepted current week */
  canCorrect: z.boolean(),
  /** 通过 / 退回: the 督查室, on a submitted current week */
  canReview: z.boolean(),
  /** 公开 / 取消公开 on the portal: the 督查室, on an accepted current week */
  canPublish: z.boolean(),
});
export type WeeklyPermissions = z.infer<typeof weeklyPermissionsSchema>;

/** One project's week as the form, the review and the timeline show it. */
export const weeklyUpdateSchema = z.object({
  /** null for a fresh form nobody has saved yet */
  id: z.number().int().nullable(),
  projectId: z.number().int(),
  /** YYYY-Www */
  week: z.string(),
  weekStart: z.string(),
  weekEnd: z.string(),
  dueAt: z.string(),
  status: weeklyStatusSchema,
  revision: z.number().int(),
  values: z.array(weeklyValueSchema),
  milestones: z.array(weeklyMilestoneSchema),
  progressText: z.string(),
  problemsText: z.string(),
  nextStepsText: z.string(),
  coUnitIds: z.array(z.number().int()),
  attachments: z.array(attachmentSchema),
  coUnitNotes: z.array(coUnitNoteSchema),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  isLate: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  /** when the 督查室 published this revision's 进展情况 on the public portal (null: not public) */
  publicAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
  permissions: weeklyPermissionsSchema,
});
export type WeeklyUpdate = z.infer<typeof weeklyUpdateSchema>;
export type WeeklyView = WeeklyUpdate;

/** GET /projects/:id/timeline: every week newest first, and what the user may do on the project (填报本周, 批示). */
export const weeklyTimelineSchema = z.object({ items: z.array(weeklyUpdateSchema), permissions: projectPermissionsSchema });
export type WeeklyTimeline = z.infer<typeof weeklyTimelineSchema>;

/** GET /weekly/:id/history: every revision of the week, oldest first, each with its snapshot. */
export const weeklyRevisionSchema = z.object({
  revision: z.number().int(),
  status: weeklyStatusSchema,
  at: z.string(),
  by: z.string(),
  snapshot: weeklyUpdateSchema,
});
export const weeklyHistorySchema = z.object({ items: z.array(weeklyRevisionSchema) });
export type WeeklyRevision = z.infer<typeof weeklyRevisionSchema>;
export type WeeklyHistory = z.infer<typeof weeklyHistorySchema>;

/** 我的待办: one project of the user's unit this week. */
export const todoItemSchema = z.object({
  projectId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  planId: z.number().int(),
  /** the week this item asks for: its plan's as-of week, always inside the plan's year */
  week: z.string(),
  role: z.enum(['lead', 'co']),
  updateId: z.number().int().nullable(),
  status: todoStatusSchema,
  isLate: z.boolean(),
  isOverdue: z.boolean(),
});
export type TodoItem = z.infer<typeof todoItemSchema>;

/** GET /me/todo: week, due time and as-of of the newest plan; `isYearOver` when that plan's year is over (shown "截至 …"). */
export const todoResponseSchema = z.object({ week: z.string(), dueAt: z.string(), asOf: z.string(), isYearOver: z.boolean(), items: z.array(todoItemSchema) });
export type TodoResponse = z.infer<typeof todoResponseSchema>;

/** A submitted week waiting for the 督查室. */
export const reviewQueueItemSchema = z.object({
  updateId: z.number().int(),
  projectId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  week: z.string(),
  submittedAt: z.string(),
  isLate: z.boolean(),
  flags: z.array(z.string()),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

export const reviewQueueSchema = z.object({ items: z.array(reviewQueueItemSchema) });
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;
