/**
 * The unit assessment (单位考核, issue 11) API contract, zod only: the plan's rubric (criteria and weights summing
 * to 100) and the league table of a month with the year so far, each score with the facts behind its points.
 */
import { z } from 'zod';
import { draftVersionSchema, monthSchema } from './common.contract';

export const ASSESSMENT_CRITERIA = ['timeliness', 'completeness', 'progress', 'supervision', 'inspection'] as const;
export const assessmentCriterionKeySchema = z.enum(ASSESSMENT_CRITERIA);
export type AssessmentCriterionKey = z.infer<typeof assessmentCriterionKeySchema>;

export const rubricCriterionSchema = z.object({ key: assessmentCriterionKeySchema, weight: z.number().min(0).max(100) });

/** GET /plans/:id/assessment-rubric; `version` 0: the default rubric, not yet saved. */
export const assessmentRubricSchema = z.object({
  planId: z.number().int(),
  criteria: z.array(rubricCriterionSchema.extend({ label: z.string() })),
  isDefault: z.boolean(),
  version: z.number().int(),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type AssessmentRubric = z.infer<typeof assessmentRubricSchema>;

/** PUT /plans/:id/assessment-rubric: the weights must sum to 100 (the service says the sum when they do not). */
export const assessmentRubricInputSchema = z.object({ criteria: z.array(rubricCriterionSchema).min(1).max(10), version: draftVersionSchema });
export type AssessmentRubricInput = z.infer<typeof assessmentRubricInputSchema>;

/** GET /plans/:id/assessment and /assessment.xlsx; the month defaults to the plan's as-of month. */
export const assessmentQuerySchema = z.object({ month: monthSchema.optional() });

/** One criterion of a unit's score: its points of the weight and the facts that cost points. */
export const assessmentCriterionScoreSchema = z.object({
  key: assessmentCriterionKeySchema,
  label: z.string(),
  weight: z.number(),
  points: z.number(),
  good: z.number(),
  total: z.number().int(),
  summary: z.string(),
  /** each fact against the unit: 项目3 第37周 迟报, 项目2 滞后, 督办〔2024〕2号 逾期办结 */
  deductions: z.array(z.string()),
});
export type AssessmentCriterionScore = z.infer<typeof assessmentCriterionScoreSchema>;

export const assessmentScoreSchema = z.object({ total: z.number(), criteria: z.array(assessmentCriterionScoreSchema) });

/** One row of the league table: a unit (lead-unit projects count), its month score and year-to-date score. */
export const assessmentRowSchema = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  projects: z.number().int(),
  rank: z.number().int(),
  month: assessmentScoreSchema,
  year: assessmentScoreSchema,
});
export type AssessmentRow = z.infer<typeof assessmentRowSchema>;

export const assessmentResponseSchema = z.object({
  planId: z.number().int(),
  planTitle: z.string(),
  year: z.number().int(),
  month: z.string(),
  /** the month's last day clamped into the plan's year and to today: the date the score is taken as of */
  asOf: z.string(),
  criteria: z.array(rubricCriterionSchema.extend({ label: z.string() })),
  rows: z.array(assessmentRowSchema),
  permissions: z.object({ canEditRubric: z.boolean(), canExport: z.boolean(), seesAllUnits: z.boolean() }),
});
export type AssessmentResponse = z.infer<typeof assessmentResponseSchema>;
