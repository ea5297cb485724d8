import { z } from 'zod';
import { versionSchema } from './common.contract';
import { unitRefSchema } from './units.contract';

/** The projects API contract (zod only): a project as the notice states it, its 项目联络人 and the actor's permissions. */

/** What the signed-in user may do on one project (server: src/server/policies/project.policy.ts). */
export const projectPermissionsSchema = z.object({
  canEdit: z.boolean(),
  canReview: z.boolean(),
  canReportWeekly: z.boolean(),
  canWriteCoNote: z.boolean(),
  canRaiseBlocker: z.boolean(),
  canInstruct: z.boolean(),
});
export type ProjectPermissions = z.infer<typeof projectPermissionsSchema>;

/** A project as the plan's list shows it (GET /plans/:id/projects). */
export const projectSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  content: z.string().describe('项目内容及工作目标，保留原文换行'),
  deadline: z.string().describe('完成时限 YYYY-MM-DD'),
  leadUnits: z.array(z.string()).describe('主办单位'),
  coUnits: z.array(z.string()).describe('协办单位'),
  /** lead units first, each in the order of the notice */
  units: z.array(unitRefSchema),
  liaisonName: z.string().nullable(),
  liaisonPhone: z.string().nullable(),
  version: z.number().int(),
  permissions: projectPermissionsSchema,
});
export type Project = z.infer<typeof projectSchema>;

/** GET /projects/:id: the list fields plus the plan it belongs to. */
export const projectDetailSchema = projectSchema.extend({
  plan: z.object({
    id: z.number().int(),
    title: z.string(),
    docNumber: z.string().nullable(),
    year: z.number().int(),
    endDate: z.string().nullable().describe('台账截止日（空为年底）：此后不再要求报送，页面按此日期展示'),
  }),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));

/** PATCH /projects/:id/liaison: empty text clears a field; `version` is the one the user looked at. */
export const liaisonBodySchema = z.object({
  liaisonName: optionalText(50),
  liaisonPhone: optionalText(30).refine((v) => v === null || /^[0-9+\-() ]{5,30}$/.test(v), '电话号码只能包含数字、+、-、括号'),
  version: versionSchema,
});
/** What the web sends (before trimming). */
export type LiaisonInput = z.input<typeof liaisonBodySchema>;
/** What the service receives (trimmed, empty → null). */
export type LiaisonBody = z.output<typeof liaisonBodySchema>;
