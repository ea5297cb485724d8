/**
 * The dashboard API contract (督查室 and leaders, zod only; imports nothing from server or web): counts by status,
 * the trend of average progress against the schedule pace, a unit ranking, the 挂牌督办 list, open blockers and
 * overdue action items of one plan as of one date. Every status comes from the master ledger of that date.
 */
import { z } from 'zod';
import { daySchema } from './common.contract';
import { projectStatusSchema } from './ledger.contract';

/** GET /plans/:id/dashboard?asOf= (default: the plan's as-of, see src/domain/calendar/plan-as-of.ts) */
export const dashboardQuerySchema = z.object({ asOf: daySchema.optional() });

/** Projects by status as the ledger of the same date counts them; `notReported` is a flag beside the status. */
export const dashboardCountsSchema = z.object({
  total: z.number().int(),
  completed: z.number().int(),
  on_track: z.number().int(),
  behind: z.number().int(),
  seriously_behind: z.number().int(),
  notReported: z.number().int(),
  /** mean project progress 0–1 (capped per project) */
  averageProgress: z.number(),
  /** mean 序时进度 0–1 */
  averageExpected: z.number(),
});
export type DashboardCounts = z.infer<typeof dashboardCountsSchema>;

/** One week of the trend: the ledger as of the week's last day (or the as-of date for its week). */
export const dashboardTrendPointSchema = z.object({
  week: z.string(),
  /** the date the ledger was taken at */
  date: z.string(),
  averageProgress: z.number(),
  averageExpected: z.number(),
});
export type DashboardTrendPoint = z.infer<typeof dashboardTrendPointSchema>;

/** A lead unit's weekly reporting and lagging projects; ranked by missing, then late, then lagging reports. */
export const dashboardUnitRowSchema = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  /** projects it leads */
  projects: z.number().int(),
  /** weekly reports due so far (projects × weeks) */
  due: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  /** its projects that are 滞后 or 严重滞后 */
  lagging: z.number().int(),
});
export type DashboardUnitRow = z.infer<typeof dashboardUnitRowSchema>;

/** A project on the 挂牌督办 list (滞后 or 严重滞后, as the monthly bulletin lists them). */
export const dashboardLaggingProjectSchema = z.object({
  projectId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  leadUnits: z.array(z.string()),
  status: projectStatusSchema,
  progress: z.number(),
  expected: z.number(),
});

/** A blocker not yet resolved or closed. */
export const dashboardBlockerSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectName: z.string(),
  description: z.string(),
  status: z.enum(['open', 'in_progress']),
  isEscalated: z.boolean(),
  raisedAt: z.string(),
});

/** An open 交办事项 whose deadline is before the as-of date. */
export const dashboardActionItemSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  projectId: z.number().int().nullable(),
  title: z.string(),
  deadline: z.string(),
  ownerUnitName: z.string(),
});

/** GET /plans/:id/dashboard */
export const dashboardResponseSchema = z.object({
  planId: z.number().int(),
  planTitle: z.string(),
  year: z.number().int(),
  asOf: z.string(),
  /** the plan's year is over: the page says "截至 YYYY年12月31日" */
  isYearOver: z.boolean(),
  counts: dashboardCountsSchema,
  trend: z.array(dashboardTrendPointSchema),
  units: z.array(dashboardUnitRowSchema),
  lagging: z.array(dashboardLaggingProjectSchema),
  openBlockers: z.array(dashboardBlockerSchema),
  overdueActionItems: z.array(dashboardActionItemSchema),
  permissions: z.object({ canOpenReviewQueue: z.boolean(), canOpenLedger: z.boolean() }),
});
export type DashboardResponse = z.infer<typeof dashboardResponseSchema>;
