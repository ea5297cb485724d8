/**
 * The monthly-report API contract (zod only): a project's 月报, drafted from the month's accepted weekly updates,
 * saved and submitted by the lead unit, accepted or returned by the 督查室.
 */
import { z } from 'zod';
import { draftVersionSchema, monthSchema, versionSchema } from './common.contract';
import { attachmentSchema, targetRefSchema } from './weekly.contract';

/** The review workflow's states (src/domain/reporting/review-workflow.ts). */
export const MONTHLY_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const monthlyStatusSchema = z.enum(MONTHLY_STATUSES);

/** `/projects/:id/monthly/:month` */
export const projectMonthParamsSchema = z.object({ id: z.coerce.number().int().positive(), month: monthSchema });

/** A target's value at the month's end against its trajectory. */
export const monthlyValueSchema = targetRefSchema.extend({
  /** latest accepted cumulative value up to the month's end, null when never reported */
  actual: z.number().nullable(),
  /** the value the trajectory plans at the month's end */
  expected: z.number(),
});

/** A weekly photo as a monthly report shows it: an image attachment of one of the month's weeks. */
export const monthlyPhotoSchema = attachmentSchema.extend({
  /** ISO week of its weekly update, e.g. 2024-W23 ('' when it belongs to none any more) */
  week: z.string(),
});

/** What the signed-in user may do on the month's report (server: src/server/policies/monthly-report.policy.ts). */
export const monthlyReportPermissionsSchema = z.object({
  /** save the texts and photos: the lead unit (or the 督查室) while the report is a draft or returned */
  canEdit: z.boolean(),
  /** submit: as canEdit, once the report has been saved */
  canSubmit: z.boolean(),
  /** accept or return: the 督查室, once submitted */
  canReview: z.boolean(),
});

export const monthlyReportSchema = z.object({
  /** null until the lead unit first saves it */
  id: z.number().int().nullable(),
  projectId: z.number().int(),
  month: z.string(),
  status: monthlyStatusSchema,
  progressText: z.string(),
  problemsText: z.string(),
  nextPlanText: z.string(),
  values: z.array(monthlyValueSchema),
  /** the chosen photos; a submitted or accepted report keeps those it was sent with */
  photos: z.array(monthlyPhotoSchema),
  /** what the lead unit may choose while the report is open (images of the month's accepted weeks, newest first) */
  availablePhotos: z.array(monthlyPhotoSchema),
  sourceWeeks: z.array(z.string()),
  dueAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  isLate: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
  permissions: monthlyReportPermissionsSchema,
});

/** 保存月报草稿与选用照片. */
export const monthlyDraftBodySchema = z.object({
  progressText: z.string().max(10000),
  problemsText: z.string().max(10000),
  nextPlanText: z.string().max(10000),
  /** chosen photos (max 9, checked by the service with a clear message); absent keeps the saved choice */
  photoIds: z.array(z.number().int().positive()).max(100).optional(),
  version: draftVersionSchema,
});

export const submitMonthlyBodySchema = z.object({ version: versionSchema });

/** 通过 / 退回; a return needs the comment (checked by the service with a Chinese message). */
export const reviewMonthlyBodySchema = z.object({ comment: z.string().max(2000).nullable().optional(), version: versionSchema.optional() });

export type MonthlyStatus = z.infer<typeof monthlyStatusSchema>;
export type MonthlyValue = z.infer<typeof monthlyValueSchema>;
export type MonthlyPhoto = z.infer<typeof monthlyPhotoSchema>;
export type MonthlyReportPermissions = z.infer<typeof monthlyReportPermissionsSchema>;
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;
export type MonthlyDraftInput = z.infer<typeof monthlyDraftBodySchema>;
export type MonthlyTexts = Pick<MonthlyDraftInput, 'progressText' | 'problemsText' | 'nextPlanText'>;
