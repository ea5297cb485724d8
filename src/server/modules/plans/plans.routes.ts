import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams, listOf } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { projectSchema } from '../projects/projects.schemas';
import { listPlanProjects } from '../projects/projects.service';
import { planRhythmBodySchema, planRhythmSchema } from './plan-rhythm.schemas';
import { updatePlanRhythm } from './plan-rhythm.service';
import { getPlanDetail, listPlans } from './plans.service';

const planSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  docNumber: z.string().nullable().describe('文号，如 济开管发〔2024〕1号'),
  issuer: z.string().nullable(),
  year: z.number().int(),
  issueDate: z.string().nullable(),
  status: z.enum(['active', 'archived']),
  projectCount: z.number().int(),
  version: z.number().int().describe('清单的版本号，修改报送时限时回传'),
});

const planDetailSchema = planSchema.extend({ rhythm: planRhythmSchema.describe('报送时限（周报、月报），遇节假日顺延至下一个工作日') });
const office = { access: ['admin', 'supervisor'] } as const;

export const plansRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans',
    { config: { access: 'authenticated' }, schema: { tags: ['plans'], summary: '年度民生实事清单', response: { 200: listOf(planSchema) } } },
    async () => listPlans(ctx),
  );

  app.get(
    '/plans/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['plans'], summary: '清单详情（含报送时限）', params: idParams, response: { 200: planDetailSchema } } },
    async (request) => getPlanDetail(ctx, request.params.id),
  );

  app.put(
    '/plans/:id/rhythm',
    {
      config: office,
      schema: { tags: ['plans'], summary: '设置清单的报送时限（督查室）', params: idParams, body: planRhythmBodySchema, response: { 200: planDetailSchema } },
    },
    async (request) => updatePlanRhythm(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/plans/:id/projects',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['plans'],
        summary: '清单中的项目（可按名称/内容搜索、按单位筛选）',
        params: idParams,
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          unitId: z.coerce.number().int().positive().optional(),
          role: z.enum(['lead', 'co']).optional(),
        }),
        response: { 200: listOf(projectSchema) },
      },
    },
    async (request) => {
      const items = await listPlanProjects(ctx, requireActor(request), request.params.id, request.query);
      return { items, total: items.length };
    },
  );
};
