import { daySchema } from '../../../contract/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { listOf } from '../../http/schemas';
import { searchAudit } from './audit.repo';

const day = daySchema;

/** The audit log is read-only: no route changes or deletes a row. */
export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: z.object({
          entity: z.string().max(64).optional().describe('plan | project | unit | user | session'),
          entityId: z.string().max(64).optional(),
          action: z.string().max(64).optional().describe('create | update | withdraw | import | login | login_failed | lock | logout | change_password | reset_password | disable | enable'),
          username: z.string().max(64).optional(),
          from: day.optional(),
          to: day.optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: listOf(
            z.object({
              id: z.number().int(),
              at: z.string(),
              username: z.string(),
              action: z.string(),
              entity: z.string(),
              entityId: z.string().nullable(),
              summary: z.string(),
              before: z.unknown(),
              after: z.unknown(),
              ip: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => searchAudit(ctx.db, request.query),
  );
};
