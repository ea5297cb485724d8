import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf } from '../../../contract/common.contract';
import { planDetailSchema, planProjectsQuerySchema, planRhythmBodySchema, planSchema } from '../../../contract/plans.contract';
import { projectSchema } from '../../../contract/projects.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { listPlanProjects } from '../projects/projects.service';
import { updatePlanRhythm } from './plan-rhythm.service';
import { getPlanDetail, listPlans } from './plans.service';

const office = { access: ['admin', 'supervisor'] } as const;

export const plansRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans',
    { config: { access: 'authenticated' }, schema: { tags: ['plans'], summary: '年度民生实事清单', response: { 200: listOf(planSchema) } } },
    async () => listPlans(ctx),
  );

  app.get(
    '/plans/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['plans'], summary: '清单详情（含报送时限）', params: idParamsSchema, response: { 200: planDetailSchema } },
    },
    async (request) => getPlanDetail(ctx, requireActor(request), request.params.id),
  );

  app.put(
    '/plans/:id/rhythm',
    {
      config: office,
      schema: {
        tags: ['plans'],
        summary: '设置清单的报送时限（督查室）',
        params: idParamsSchema,
        body: planRhythmBodySchema,
        response: { 200: planDetailSchema },
      },
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
        params: idParamsSchema,
        querystring: planProjectsQuerySchema,
        response: { 200: listOf(projectSchema) },
      },
    },
    async (request) => {
      const items = await listPlanProjects(ctx, requireActor(request), request.params.id, request.query);
      return { items, total: items.length };
    },
  );
};
