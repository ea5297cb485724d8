/**
 * The open data contract (公开数据, zod only): what /open/v1 answers in JSON, the same figures as the CSV files and
 * the public pages (all from the master ledger of published plans). Anyone may read it; no sign-in, no cookies.
 */
import { z } from 'zod';
import { daySchema } from './common.contract';
import { projectStatusSchema } from './ledger.contract';

/** Where the open data API answers (outside /api/v1: no session, no CSRF, its own rate limit). */
export const OPEN_DATA_PREFIX = '/open/v1';

/** `:id` of /open/v1/plans/:id/… */
export const openPlanParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** ?asOf=YYYY-MM-DD: the figures as of that day (default: the plan's as-of day; a date outside the plan's year is clamped into it). */
export const openDataQuerySchema = z.object({ asOf: daySchema.optional() });

export const openPlanHeadingSchema = z.object({
  id: z.number().int().describe('清单编号'),
  title: z.string().describe('清单名称'),
  year: z.number().int().describe('年度'),
  docNumber: z.string().nullable().describe('文号'),
  issuer: z.string().nullable().describe('发文单位'),
});

/** The files and pages of one published plan (absolute addresses). */
export const openPlanLinksSchema = z.object({
  page: z.string().describe('公开页面'),
  projectsJson: z.string(),
  projectsCsv: z.string(),
  targetsJson: z.string(),
  targetsCsv: z.string(),
});

/** GET /open/v1/plans */
export const openPlansResponseSchema = z.object({
  plans: z.array(
    openPlanHeadingSchema.extend({
      projectCount: z.number().int().describe('项目数'),
      publishedAt: z.string().describe('公开发布时间'),
      links: openPlanLinksSchema,
    }),
  ),
});
export type OpenPlansResponse = z.infer<typeof openPlansResponseSchema>;

export const openProjectSchema = z.object({
  id: z.number().int().describe('项目编号'),
  seq: z.number().int().describe('序号'),
  name: z.string().describe('项目名称'),
  category: z.string().nullable().describe('类别'),
  leadUnits: z.array(z.string()).describe('主办单位'),
  coUnits: z.array(z.string()).describe('协办单位'),
  deadline: daySchema.nullable().describe('完成时限'),
  progress: z.number().describe('完成进度，0–1'),
  expected: z.number().describe('序时进度，0–1'),
  status: projectStatusSchema.describe('状态代码'),
  statusText: z.string().describe('状态：已完成 / 序时推进 / 滞后 / 严重滞后'),
  lastUpdate: daySchema.nullable().describe('最近更新日期：最近一次审核通过的周报的报送日期'),
  url: z.string().describe('项目公开页面'),
});
export type OpenProject = z.infer<typeof openProjectSchema>;

/** GET /open/v1/plans/:id/projects.json */
export const openProjectsResponseSchema = z.object({
  plan: openPlanHeadingSchema,
  asOf: daySchema.describe('数据截至日期'),
  projects: z.array(openProjectSchema),
});
export type OpenProjectsResponse = z.infer<typeof openProjectsResponseSchema>;

export const openTargetSchema = z.object({
  projectId: z.number().int(),
  projectSeq: z.number().int(),
  projectName: z.string(),
  label: z.string().describe('指标'),
  baselineValue: z.number().nullable().describe('原承诺值（基线锁定时的目标值）'),
  targetValue: z.number().describe('现目标值（经批准变更后的目标值）'),
  actualValue: z.number().nullable().describe('当前完成值（最近一次审核通过的累计值）'),
  unit: z.string().describe('单位'),
  progress: z.number().nullable().describe('完成进度 = 完成值 ÷ 目标值'),
});
export type OpenTarget = z.infer<typeof openTargetSchema>;

/** GET /open/v1/plans/:id/targets.json */
export const openTargetsResponseSchema = z.object({
  plan: openPlanHeadingSchema,
  asOf: daySchema,
  targets: z.array(openTargetSchema),
});
export type OpenTargetsResponse = z.infer<typeof openTargetsResponseSchema>;
