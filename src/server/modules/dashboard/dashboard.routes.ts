import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import { dashboardQuerySchema, dashboardResponseSchema } from '../../../contract/dashboard.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { getDashboard } from './dashboard.service';

/** 督查室, admin and leaders; the service checks the same through the dashboard policy. */
const readers = { access: ['admin', 'supervisor', 'leader'] } as const;
const tags = ['dashboard'];

/** dashboard routes (issue 11): the 督查大屏 of a plan as of a date. */
export const dashboardRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/dashboard',
    {
      config: readers,
      schema: {
        tags,
        summary: '督查大屏：按状态统计、进度趋势、单位排名、挂牌督办、堵点与逾期交办事项',
        params: idParamsSchema,
        querystring: dashboardQuerySchema,
        response: { 200: dashboardResponseSchema },
      },
    },
    async (request) => getDashboard(ctx, requireActor(request), request.params.id, request.query),
  );
};
