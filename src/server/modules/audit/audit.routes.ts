import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '../../../contract/audit.contract';
import type { AppContext } from '../../context';
import { readAudit } from './audit.service';

/** The audit log is read-only (no route changes or deletes a row) and read by the 审计管理员 alone (三员分立). */
export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      config: { access: ['auditor'] },
      schema: { tags: ['audit'], summary: '审计日志', querystring: auditQuerySchema, response: { 200: auditPageSchema } },
    },
    async (request) => readAudit(ctx, request.query),
  );
};
