import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { idParams, listOf } from '../../http/schemas';
import { findUnitRow, listUnitProjects, listUnitRows } from './units.repo';

const unitKind = z.enum(['department', 'town', 'enterprise', 'external']);
const projectBrief = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  planTitle: z.string(),
  year: z.number().int(),
});

export const unitsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/units',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['units'],
        summary: '责任单位及其主办、协办项目数（planId 限定某一年度清单）',
        querystring: z.object({ planId: z.coerce.number().int().positive().optional() }),
        response: {
          200: listOf(
            z.object({
              id: z.number().int(),
              name: z.string(),
              kind: unitKind,
              parentId: z.number().int().nullable(),
              leadCount: z.number().int(),
              coCount: z.number().int(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const items = await listUnitRows(ctx.db, request.query.planId);
      return { items, total: items.length };
    },
  );

  app.get(
    '/units/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['units'],
        summary: '单位详情：主办和协办的项目',
        params: idParams,
        response: {
          200: z.object({
            id: z.number().int(),
            name: z.string(),
            kind: unitKind,
            parentId: z.number().int().nullable(),
            lead: z.array(projectBrief),
            co: z.array(projectBrief),
          }),
        },
      },
    },
    async (request) => {
      const unit = await findUnitRow(ctx.db, request.params.id);
      if (!unit) throw notFound('单位');
      const projects = await listUnitProjects(ctx.db, unit.id);
      const brief = (role: 'lead' | 'co') => projects.filter((p) => p.role === role).map(({ role: _r, ...p }) => p);
      return { ...unit, lead: brief('lead'), co: brief('co') };
    },
  );
};
