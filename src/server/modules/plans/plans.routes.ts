import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { idParams, listOf } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { projectSchema } from '../projects/projects.schemas';
import { listPlanProjects } from '../projects/projects.service';
import { findPlanRow, listPlanRows } from './plans.repo';

const planSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  docNumber: z.string().nullable().describe('文号，如 济开管发〔2024〕1号'),
  issuer: z.string().nullable(),
  year: z.number().int(),
  issueDate: z.string().nullable(),
  status: z.enum(['active', 'archived']),
  projectCount: z.number().int(),
});

export const plansRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans',
    { config: { access: 'authenticated' }, schema: { tags: ['plans'], summary: '年度民生实事清单', response: { 200: listOf(planSchema) } } },
    async () => {
      const items = await listPlanRows(ctx.db);
      return { items, total: items.length };
    },
  );

  app.get(
    '/plans/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['plans'], summary: '清单详情', params: idParams, response: { 200: planSchema } } },
    async (request) => {
      const plan = await findPlanRow(ctx.db, request.params.id);
      if (!plan) throw notFound('清单');
      return plan;
    },
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
