/**
 * The public portal's read model (zod only): what citizens see of a published plan. Progress, 序时进度 and status are
 * the master ledger's at the same date; the words of updates and the photos appear only when the 督查室 published
 * them one by one. Nothing here carries a draft, an internal note or a person's contact.
 */
import { z } from 'zod';
import { projectStatusSchema } from './ledger.contract';

export const publicPlanSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  projectCount: z.number().int(),
  publishedAt: z.string(),
});
export type PublicPlanSummary = z.infer<typeof publicPlanSummarySchema>;

/** A target as promised (原承诺, the locked baseline) and as it stands now, with the latest accepted actual. */
export const publicTargetSchema = z.object({
  label: z.string(),
  unit: z.string(),
  /** the value of the original promise (baseline); null when the baseline was not locked */
  promised: z.number().nullable(),
  /** the value in force (after approved changes) */
  current: z.number(),
  actual: z.number().nullable(),
});

/** An approved change of a target or milestone, with its reason: the promise is never silently rewritten. */
export const publicChangeSchema = z.object({
  what: z.string().describe('变更的指标或节点'),
  before: z.string(),
  after: z.string(),
  reason: z.string(),
  decidedOn: z.string().nullable(),
});

export const publicMilestoneSchema = z.object({ title: z.string(), dueDate: z.string().nullable(), isDone: z.boolean() });

export const publicProjectSchema = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  category: z.string().nullable(),
  leadUnits: z.array(z.string()),
  coUnits: z.array(z.string()),
  deadline: z.string().nullable(),
  /** 0–1 as the master ledger shows it */
  progress: z.number(),
  /** 序时进度 0–1 */
  expected: z.number(),
  status: projectStatusSchema,
  statusLabel: z.string(),
  /** the week of the latest accepted update (any, public or not): the 最近更新 date */
  lastUpdateWeek: z.string().nullable(),
  lastUpdateOn: z.string().nullable(),
});
export type PublicProject = z.infer<typeof publicProjectSchema>;

export const publicPlanSchema = z.object({
  plan: publicPlanSummarySchema,
  asOf: z.string(),
  projects: z.array(publicProjectSchema),
});
export type PublicPlan = z.infer<typeof publicPlanSchema>;

export const publicPhotoSchema = z.object({ id: z.number().int(), url: z.string(), thumbUrl: z.string() });

/** An update the 督查室 published: its week, its date and its 进展情况 only. */
export const publicUpdateSchema = z.object({
  week: z.string(),
  publishedOn: z.string(),
  progressText: z.string(),
  photos: z.array(publicPhotoSchema),
});

export const publicProjectDetailSchema = z.object({
  plan: publicPlanSummarySchema,
  asOf: z.string(),
  project: publicProjectSchema.extend({ content: z.string().nullable() }),
  targets: z.array(publicTargetSchema),
  changes: z.array(publicChangeSchema),
  milestones: z.array(publicMilestoneSchema),
  updates: z.array(publicUpdateSchema),
});
export type PublicProjectDetail = z.infer<typeof publicProjectDetailSchema>;
