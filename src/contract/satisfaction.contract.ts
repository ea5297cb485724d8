/**
 * 满意度 (issue 12), zod only: citizens rate a project of a published plan once per period (a quarter of the plan
 * year, 2024-Q4); the 督查室 reads the results per period and the year-end 测评 table (.xlsx); a 不满意 with a reason
 * becomes a 回访整改 follow-up the lead unit answers and closes.
 */
import { z } from 'zod';
import { versionSchema } from './common.contract';

export const SATISFACTION_RATINGS = ['satisfied', 'basic', 'unsatisfied'] as const;
export const satisfactionRatingSchema = z.enum(SATISFACTION_RATINGS, { message: '请选择 满意、基本满意 或 不满意' });
export const SATISFACTION_RATING_LABELS: Record<(typeof SATISFACTION_RATINGS)[number], string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
};

/** A period: a quarter of the plan year. */
export const periodSchema = z.string().regex(/^\d{4}-Q[1-4]$/, '评价期格式应为 2024-Q4');

// ── public ──────────────────────────────────────────────────────────────────

export const postRatingBodySchema = z.object({ rating: satisfactionRatingSchema, reason: z.string().max(2000).nullable().optional() });
export const postRatingResultSchema = z.object({ ok: z.literal(true), period: z.string(), message: z.string() });

// ── back office ─────────────────────────────────────────────────────────────

/** One period, or 'year' for the whole plan year (the 测评 table). */
export const satisfactionQuerySchema = z.object({ period: z.union([periodSchema, z.literal('year')]).optional() });

const countsSchema = z.object({
  satisfied: z.number().int(),
  basic: z.number().int(),
  unsatisfied: z.number().int(),
  total: z.number().int(),
  /** 满意率 = 满意 / 总数, 0–100 with one decimal; null when nobody rated */
  satisfiedRate: z.number().nullable(),
});
export type SatisfactionCounts = z.infer<typeof countsSchema>;

export const satisfactionSummarySchema = z.object({
  planId: z.number().int(),
  planTitle: z.string(),
  year: z.number().int(),
  /** the period shown ('all' totals the year) and the periods of the year up to the plan's as-of date */
  period: z.string(),
  periods: z.array(z.string()),
  currentPeriod: z.string(),
  items: z.array(
    countsSchema.extend({
      project: z.object({ id: z.number().int(), seq: z.number().int(), name: z.string() }),
      leadUnitName: z.string().nullable(),
      /** 是否通过: more than half 满意 */
      passed: z.boolean(),
    }),
  ),
  totals: countsSchema,
  openFollowUps: z.number().int(),
});
export type SatisfactionSummary = z.infer<typeof satisfactionSummarySchema>;

export const FOLLOW_UP_STATUS_LABELS = { open: '待处理', closed: '已办结' } as const;

export const followUpPermissionsSchema = z.object({ canClose: z.boolean() });

export const ratingFollowUpSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  project: z.object({ id: z.number().int(), seq: z.number().int(), name: z.string() }),
  unitId: z.number().int(),
  unitName: z.string(),
  period: z.string(),
  /** the citizen's reason for 不满意 */
  reason: z.string(),
  status: z.enum(['open', 'closed']),
  response: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  permissions: followUpPermissionsSchema,
});
export type RatingFollowUp = z.infer<typeof ratingFollowUpSchema>;
export const ratingFollowUpListSchema = z.object({ items: z.array(ratingFollowUpSchema), total: z.number().int() });
export type RatingFollowUpList = z.infer<typeof ratingFollowUpListSchema>;
export const followUpQuerySchema = z.object({ status: z.enum(['open', 'closed']).optional() });

/** 处理情况 and close. */
export const closeFollowUpBodySchema = z.object({ response: z.string().max(5000).optional(), version: versionSchema.optional() });
