import { z } from 'zod';
import { unitRoleSchema } from './units.contract';

/** The plans API contract (zod only): the yearly lists (清单), their reporting rhythm (报送时限) and their projects. */

/** A plan as the list of plans shows it. */
export const planSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  docNumber: z.string().nullable().describe('文号，如 济开管发〔2024〕1号'),
  issuer: z.string().nullable(),
  year: z.number().int(),
  issueDate: z.string().nullable(),
  status: z.enum(['active', 'archived']),
  projectCount: z.number().int(),
  version: z.number().int().describe('清单的版本号，修改报送时限时回传'),
  publishedAt: z.string().nullable().describe('向公众公开的时间；空为未公开'),
});
export type Plan = z.infer<typeof planSchema>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A plan's reporting deadlines as the API shows them (Asia/Shanghai wall-clock times). */
export const planRhythmSchema = z.object({
  weekly: z.object({
    dueWeekday: z.number().int().describe('周报截止日：所报周的周几（1=周一 … 7=周日），默认 5'),
    dueTime: z.string().describe('周报截止时刻 HH:MM（24小时制），默认 18:00；之后提交为逾期'),
    missingWeekday: z.number().int().describe('缺报判定日：下一周的周几（1—7），默认 1'),
    missingTime: z.string().describe('缺报判定时刻 HH:MM，默认 09:00；此时仍未提交即为缺报'),
  }),
  monthly: z.object({
    dueDay: z.number().int().describe('月报截止日：每月几日（1—31，超过当月天数按月末），默认 25'),
    dueTime: z.string().describe('月报截止时刻 HH:MM，默认 18:00'),
  }),
  endDate: z.string().nullable().describe('台账截止日 YYYY-MM-DD（清单年度内）：此日之后不再要求报送、不再提醒，各页面按此日期展示；空为年底'),
});
export type PlanRhythm = z.infer<typeof planRhythmSchema>;

/**
 * PUT /plans/:id/rhythm: its shape here; the value rules below are checked by the service, so every refusal is one
 * Chinese sentence naming the field (a route-level failure would prefix the message with the JSON path).
 */
export const planRhythmBodySchema = planRhythmSchema.extend({
  endDate: z.string().nullable().optional().describe('台账截止日；不传则保持不变，传 null 为年底'),
  version: z.number().int().describe('清单的版本号'),
});
export type PlanRhythmBody = z.infer<typeof planRhythmBodySchema>;

const weekday = (what: string) =>
  z.number().int(`${what}应为周一至周日（1—7）。`).min(1, `${what}应为周一至周日（1—7）。`).max(7, `${what}应为周一至周日（1—7）。`);
const time = (what: string) => z.string().regex(TIME, `${what}应为 24 小时制的“时:分”，如 18:00。`);

/** The value rules of a rhythm, with the Chinese message of each refusal. */
export const planRhythmRules = z.object({
  weekly: z.object({
    dueWeekday: weekday('周报截止日'),
    dueTime: time('周报截止时刻'),
    missingWeekday: weekday('缺报判定日'),
    missingTime: time('缺报判定时刻'),
  }),
  monthly: z.object({
    dueDay: z.number().int('月报截止日应为每月 1—31 日。').min(1, '月报截止日应为每月 1—31 日。').max(31, '月报截止日应为每月 1—31 日。'),
    dueTime: time('月报截止时刻'),
  }),
  endDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '台账截止日应为日期，如 2024-12-20；留空表示到年底。')
    .nullable()
    .optional(),
});

/** What the signed-in user may do on one plan (server: src/server/policies/plan.policy.ts). */
export const planPermissionsSchema = z.object({
  /** 报送时限 */
  canSetRhythm: z.boolean(),
  /** 目标审核, 变更审批 and the other reviews of the plan's reports */
  canReview: z.boolean(),
  /** 向公众公开 / 取消公开 the plan on the portal */
  canPublish: z.boolean(),
});
export type PlanPermissions = z.infer<typeof planPermissionsSchema>;

/** GET /plans/:id: the list fields plus the 报送时限 and the actor's permissions. */
export const planDetailSchema = planSchema.extend({
  rhythm: planRhythmSchema.describe('报送时限（周报、月报），遇节假日顺延至下一个工作日'),
  permissions: planPermissionsSchema,
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

/** GET /plans/:id/projects: search in name and content, filter by unit (and its part). */
export const planProjectsQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  role: unitRoleSchema.optional(),
});
export type PlanProjectsQuery = z.infer<typeof planProjectsQuerySchema>;
