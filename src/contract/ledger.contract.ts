/**
 * The ledger API contract (专项工作台账, zod only; imports nothing from server or web): the master ledger and the
 * plan overview, the Excel exports (what each workbook is filled with) and the Excel import of weekly forms.
 */
import { z } from 'zod';
import { daySchema } from './common.contract';
import { weeklyStatusSchema } from './weekly.contract';

/** Project status against the schedule pace (序时进度), DESIGN.md §6. */
export const PROJECT_STATUSES = ['completed', 'on_track', 'behind', 'seriously_behind'] as const;
export const projectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

/** GET /plans/:id/ledger, /overview and /ledger.xlsx */
export const ledgerQuerySchema = z.object({
  /** default: today in Beijing, or the plan's last day for a year already over; a date outside the plan's year is clamped into it */
  asOf: daySchema.optional(),
  status: z.enum([...PROJECT_STATUSES, 'not_reported']).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export type LedgerFilter = z.infer<typeof ledgerQuerySchema>;

/** GET /plans/:id/weekly-export.xlsx (the week defaults to the plan's as-of week; the route checks its format in Chinese). */
export const weeklyExportQuerySchema = z.object({ week: z.string().optional() });

/** GET /projects/:id/weekly/:week/form.xlsx (the service checks the week's format in Chinese). */
export const weeklyFormParamsSchema = z.object({ id: z.coerce.number().int().positive(), week: z.string() });

export const targetKindSchema = z.enum(['quantity', 'rate', 'increase', 'standard']);

/** One target of a ledger line: plan against the latest accepted actual. */
export const ledgerTargetRowSchema = z.object({
  label: z.string(),
  unit: z.string(),
  /** the target value (current plan; after an approved change the new value) */
  target: z.number(),
  /** latest accepted cumulative actual, null when never reported */
  actual: z.number().nullable(),
  /** actual ÷ target, raw (may exceed 1) */
  progress: z.number().nullable(),
  kind: targetKindSchema,
});
export type LedgerTargetRow = z.infer<typeof ledgerTargetRowSchema>;
export type LedgerTarget = LedgerTargetRow;

/** The latest accepted week of a project, as the ledger quotes it. */
export const ledgerLatestWeekSchema = z.object({ week: z.string(), progressText: z.string(), problemsText: z.string(), nextStepsText: z.string() });

/** One project line of the master ledger (专项工作台账). */
export const ledgerItemSchema = z.object({
  projectId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  leadUnits: z.array(z.string()),
  coUnits: z.array(z.string()),
  /** 0–1, capped */
  progress: z.number(),
  /** 0–1 expected by the trajectory at asOf */
  expected: z.number(),
  status: projectStatusSchema,
  notReported: z.boolean(),
  /** projected year-end progress 0–1+, null without enough history */
  forecast: z.number().nullable(),
  latest: ledgerLatestWeekSchema.nullable(),
  targets: z.array(ledgerTargetRowSchema),
});
export type LedgerItem = z.infer<typeof ledgerItemSchema>;

/** GET /plans/:id/ledger; `isYearOver`: the plan's year is over, the page says "截至 YYYY年12月31日" */
export const ledgerResponseSchema = z.object({ asOf: z.string(), isYearOver: z.boolean(), items: z.array(ledgerItemSchema) });
export type LedgerResponse = z.infer<typeof ledgerResponseSchema>;

/** GET /plans/:id/overview: the ledger lines without the quoted week. */
export const overviewItemSchema = ledgerItemSchema.omit({ latest: true });
export type OverviewItem = z.infer<typeof overviewItemSchema>;
export const overviewResponseSchema = z.object({ asOf: z.string(), isYearOver: z.boolean(), items: z.array(overviewItemSchema) });
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;

/** What the ledger workbook (ledger.xlsx) is filled with. */
export const ledgerSheetDataSchema = z.object({
  planTitle: z.string(),
  docNumber: z.string().nullable(),
  year: z.number().int(),
  /** 截至日期 YYYY-MM-DD */
  asOf: z.string(),
  /** the plan's year is over on the real calendar (shown as of its last day unless a date was chosen) */
  isYearOver: z.boolean().optional(),
  items: z.array(ledgerItemSchema),
});
export type LedgerSheetData = z.infer<typeof ledgerSheetDataSchema>;

/** Every unit's submission of one week, for the per-week export (weekly-export.xlsx). */
export const weeklyExportRowSchema = z.object({
  seq: z.number().int(),
  projectName: z.string(),
  leadUnits: z.array(z.string()),
  status: z.enum(['none', ...weeklyStatusSchema.options]),
  submittedAt: z.string().nullable(),
  isLate: z.boolean(),
  values: z.array(z.object({ label: z.string(), unit: z.string(), target: z.number(), actual: z.number().nullable() })),
  progressText: z.string(),
  problemsText: z.string(),
  nextStepsText: z.string(),
});
export type WeeklyExportRow = z.infer<typeof weeklyExportRowSchema>;

export const weeklyExportDataSchema = z.object({
  planTitle: z.string(),
  week: z.string(),
  weekStart: z.string(),
  weekEnd: z.string(),
  rows: z.array(weeklyExportRowSchema),
});
export type WeeklyExportData = z.infer<typeof weeklyExportDataSchema>;

/** The weekly form of one project and week (form.xlsx), as exported for a unit to fill in Excel. */
export const weeklyFormDataSchema = z.object({
  planTitle: z.string(),
  projectId: z.number().int(),
  seq: z.number().int(),
  projectName: z.string(),
  week: z.string(),
  weekStart: z.string(),
  weekEnd: z.string(),
  targets: z.array(
    z.object({
      targetId: z.number().int(),
      label: z.string(),
      unit: z.string(),
      target: z.number(),
      previous: z.number().nullable(),
      actual: z.number().nullable(),
    }),
  ),
  milestones: z.array(z.object({ milestoneId: z.number().int(), title: z.string(), completedOn: z.string().nullable() })),
  progressText: z.string(),
  problemsText: z.string(),
  nextStepsText: z.string(),
});
export type WeeklyFormData = z.infer<typeof weeklyFormDataSchema>;

/** A filled form read back from Excel, before it is checked against the database. */
export const weeklyFormInputSchema = z.object({
  projectId: z.number().int(),
  week: z.string(),
  values: z.array(z.object({ targetId: z.number().int(), actual: z.number().nullable(), reason: z.string().nullable() })),
  milestones: z.array(z.object({ milestoneId: z.number().int(), completedOn: z.string().nullable() })),
  progressText: z.string(),
  problemsText: z.string(),
  nextStepsText: z.string(),
});
export type WeeklyFormInput = z.infer<typeof weeklyFormInputSchema>;

/** A problem in an uploaded workbook, named by sheet, row and column as Excel shows them (in the 422's details.errors). */
export const workbookErrorSchema = z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), message: z.string() });
export type WorkbookError = z.infer<typeof workbookErrorSchema>;

/** POST /plans/:id/weekly-import: the weeks saved as drafts (all or nothing). */
export const weeklyImportResultSchema = z.object({ saved: z.array(z.object({ projectId: z.number().int(), week: z.string() })) });
export type WeeklyImportResult = z.infer<typeof weeklyImportResultSchema>;
