import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf, STAFF_ROLES } from '../../../contract/common.contract';
import { unitDetailSchema, unitListQuerySchema, unitSummarySchema } from '../../../contract/units.contract';
import type { AppContext } from '../../context';
import { getUnitDetail, listUnits } from './units.service';

export const unitsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/units',
    {
      // staff, and the 安全管理员, who picks a unit when granting a unit role
      config: { access: [...STAFF_ROLES, 'security_admin'] },
      schema: {
        tags: ['units'],
        summary: '责任单位及其主办、协办项目数（planId 限定某一年度清单）',
        querystring: unitListQuerySchema,
        response: { 200: listOf(unitSummarySchema) },
      },
    },
    async (request) => {
      const items = await listUnits(ctx, request.query.planId);
      return { items, total: items.length };
    },
  );

  app.get(
    '/units/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['units'], summary: '单位详情：主办和协办的项目', params: idParamsSchema, response: { 200: unitDetailSchema } },
    },
    async (request) => getUnitDetail(ctx, request.params.id),
  );
};
