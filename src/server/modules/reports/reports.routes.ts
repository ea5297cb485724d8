import { draftVersionSchema, monthSchema, versionSchema } from '../../../contract/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { getMonthly, reviewMonthly, saveMonthlyDraft, submitMonthly } from './reports.service';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['monthly'];
const projectMonth = z.object({ id: z.coerce.number().int().positive(), month: monthSchema });

/** reports routes (issue 5): 月报 drafted from the month's accepted weekly updates. */
export const reportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/projects/:id/monthly/:month', { config: signedIn, schema: { tags, summary: '某月的月报（未保存时由本月已通过的周台账生成；含选用照片与可选照片）', params: projectMonth } }, async (request) =>
    getMonthly(ctx, requireActor(request), request.params.id, request.params.month),
  );

  app.put(
    '/projects/:id/monthly/:month',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '保存月报草稿与选用照片（带版本检查）',
        params: projectMonth,
        body: z.object({
          progressText: z.string().max(10000),
          problemsText: z.string().max(10000),
          nextPlanText: z.string().max(10000),
          /** chosen photos (max 9, checked by the service with a clear message); absent keeps the saved choice */
          photoIds: z.array(z.number().int().positive()).max(100).optional(),
          version: draftVersionSchema,
        }),
      },
    },
    async (request) => saveMonthlyDraft(ctx, requireActor(request), request.params.id, request.params.month, request.body),
  );

  app.post('/monthly/:id/submit', { config: signedIn, schema: { tags, summary: '提交月报', params: idParams, body: z.object({ version: versionSchema }) } }, async (request) =>
    submitMonthly(ctx, requireActor(request), request.params.id, request.body.version),
  );

  const reviewBody = z.object({ comment: z.string().max(2000).nullable().optional(), version: versionSchema.optional() });
  app.post('/monthly/:id/accept', { config: office, schema: { tags, summary: '通过月报（督查室）', params: idParams, body: reviewBody } }, async (request) =>
    reviewMonthly(ctx, requireActor(request), request.params.id, { accept: true, comment: request.body.comment ?? null, version: request.body.version }),
  );
  app.post('/monthly/:id/return', { config: office, schema: { tags, summary: '退回月报（督查室，需意见）', params: idParams, body: reviewBody } }, async (request) =>
    reviewMonthly(ctx, requireActor(request), request.params.id, { accept: false, comment: request.body.comment ?? null, version: request.body.version }),
  );
};
