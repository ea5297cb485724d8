/**
 * The notice-import API contract (zod only; imports nothing from server or web). The server validates with
 * these schemas and the web imports the inferred types, so the two cannot drift apart.
 *
 * Flow: read (a file, or pasted text/cells) → a draft the clerk corrects in the grid → preview of what the
 * corrected draft would change → commit in one transaction.
 */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** The notice header as read, editable by the clerk before import. */
export const noticeDraftPlanSchema = z.object({
  title: z.string().max(200),
  docNumber: z.string().max(100).nullable(),
  issuer: z.string().max(200).nullable(),
  /** null when the text names no year; the clerk must fill it before preview */
  year: z.number().int().min(2000).max(2100).nullable(),
  issueDate: day.nullable(),
});

/** One project row of the correction grid. */
export const noticeDraftProjectSchema = z.object({
  seq: z.number().int().min(1).max(9999),
  name: z.string().max(300),
  /** 项目内容及工作目标, line breaks kept */
  content: z.string().max(20000),
  leadUnits: z.array(z.string().max(200)).max(50),
  coUnits: z.array(z.string().max(200)).max(100),
  /** the section heading the project sits under (一、促进就业（3项） → 促进就业) */
  category: z.string().max(100).nullable(),
  /** 建设地点, when the notice has that column */
  location: z.string().max(500).nullable(),
  /** 完成时限 read as a date; null → the plan's year end */
  deadline: day.nullable(),
  /** 年度投资金额, in 万元 */
  investment: z.number().min(0).nullable(),
  /** 0–1: how sure the reader is of this row (1 for a clean table row) */
  confidence: z.number().min(0).max(1),
  /** the reasons for doubt, in Chinese (unit clause not found, name guessed…) */
  warnings: z.array(z.string()),
  /** where the row starts in the source, for the clerk to look it up (第 12 行 / 工作表“汇总表”第 5 行) */
  sourceLabel: z.string().nullable(),
});

export const noticeWarningSchema = z.object({ line: z.number().int().nullable(), message: z.string() });

/** What the reader made of a file or pasted text: the grid's starting point. Nothing is written. */
export const noticeDraftSchema = z.object({
  fileName: z.string(),
  plan: noticeDraftPlanSchema,
  projects: z.array(noticeDraftProjectSchema),
  warnings: z.array(noticeWarningSchema),
});

/** Pasted text (from a web page, WeChat, or cells copied from Excel/WPS, which arrive tab-separated). */
export const noticeTextBodySchema = z.object({
  text: z.string().min(1, '请粘贴通知内容').max(2_000_000, '粘贴的内容过长（超过 200 万字），请分批导入'),
  fileName: z.string().max(200).optional(),
});

/** A cell the clerk changed in the grid, kept in the audit of the import. */
export const noticeCorrectionSchema = z.object({
  seq: z.number().int().nullable(),
  field: z.string().max(50),
  before: z.string().max(20000).nullable(),
  after: z.string().max(20000).nullable(),
});

/** The corrected draft sent for preview or commit. */
export const noticeDraftBodySchema = z.object({
  fileName: z.string().max(200),
  plan: noticeDraftPlanSchema,
  projects: z.array(noticeDraftProjectSchema.partial({ confidence: true, warnings: true, sourceLabel: true })).max(2000),
  corrections: z.array(noticeCorrectionSchema).max(5000).default([]),
});

const changeSchema = z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() });

export const importSummarySchema = z.object({
  projectsCreated: z.number().int(),
  projectsUpdated: z.number().int(),
  projectsUnchanged: z.number().int(),
  projectsRemoved: z.number().int(),
  unitsCreated: z.number().int(),
});

export const importPreviewSchema = z.object({
  fileName: z.string(),
  plan: z.object({
    title: z.string(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    year: z.number().int(),
    issueDate: z.string().nullable(),
    action: z.enum(['create', 'update', 'unchanged']),
    planId: z.number().int().nullable(),
    changes: z.array(changeSchema),
  }),
  projects: z.array(
    z.object({
      seq: z.number().int(),
      name: z.string(),
      action: z.enum(['create', 'update', 'unchanged', 'remove']),
      changes: z.array(changeSchema),
      leadUnits: z.array(z.string()),
      coUnits: z.array(z.string()),
    }),
  ),
  units: z.array(z.object({ name: z.string(), kind: z.enum(['department', 'town', 'enterprise', 'external']), action: z.enum(['create', 'existing']) })),
  warnings: z.array(noticeWarningSchema),
  summary: importSummarySchema,
});

export const importCommitResultSchema = z.object({
  planId: z.number().int(),
  planAction: z.enum(['create', 'update', 'unchanged']),
  summary: importSummarySchema,
});

export type NoticeDraftPlan = z.infer<typeof noticeDraftPlanSchema>;
export type NoticeDraftProject = z.infer<typeof noticeDraftProjectSchema>;
export type NoticeDraft = z.infer<typeof noticeDraftSchema>;
export type NoticeTextBody = z.infer<typeof noticeTextBodySchema>;
export type NoticeCorrection = z.infer<typeof noticeCorrectionSchema>;
export type NoticeDraftBody = z.input<typeof noticeDraftBodySchema>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;
