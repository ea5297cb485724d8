import { z } from 'zod';

export const unitRefSchema = z.object({ id: z.number().int(), name: z.string(), role: z.enum(['lead', 'co']) });

export const projectSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  content: z.string().describe('项目内容及工作目标，保留原文换行'),
  deadline: z.string().describe('完成时限 YYYY-MM-DD'),
  leadUnits: z.array(z.string()).describe('主办单位'),
  coUnits: z.array(z.string()).describe('协办单位'),
  units: z.array(unitRefSchema),
  liaisonName: z.string().nullable(),
  liaisonPhone: z.string().nullable(),
  version: z.number().int(),
});

export const projectDetailSchema = projectSchema.extend({
  plan: z.object({ id: z.number().int(), title: z.string(), docNumber: z.string().nullable(), year: z.number().int() }),
});
