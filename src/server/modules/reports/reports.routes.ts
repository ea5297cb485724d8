import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import {
  monthlyDraftBodySchema,
  monthlyReportSchema,
  projectMonthParamsSchema,
  reviewMonthlyBodySchema,
  submitMonthlyBodySchema,
} from '../../../contract/reports.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { getMonthly, reviewMonthly, saveMonthlyDraft, submitMonthly } from './reports.service';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['monthly'];
const reportResponse = { 200: monthlyReportSchema };

/** reports routes (issue 5): 月报 drafted from the month's accepted weekly updates. */
export const reportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/projects/:id/monthly/:month',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '某月的月报（未保存时由本月已通过的周台账生成；含选用照片与可选照片）',
        params: projectMonthParamsSchema,
        response: reportResponse,
      },
    },
    async (request) => getMonthly(ctx, requireActor(request), request.params.id, request.params.month),
  );

  app.put(
    '/projects/:id/monthly/:month',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '保存月报草稿与选用照片（带版本检查）',
        params: projectMonthParamsSchema,
        body: monthlyDraftBodySchema,
        response: reportResponse,
      },
    },
    async (request) => saveMonthlyDraft(ctx, requireActor(request), request.params.id, request.params.month, request.body),
  );

  app.post(
    '/monthly/:id/submit',
    { config: signedIn, schema: { tags, summary: '提交月报', params: idParamsSchema, body: submitMonthlyBodySchema, response: reportResponse } },
    async (request) => submitMonthly(ctx, requireActor(request), request.params.id, request.body.version),
  );

  const review = { params: idParamsSchema, body: reviewMonthlyBodySchema, response: reportResponse };
  app.post('/monthly/:id/accept', { config: office, schema: { tags, summary: '通过月报（督查室）', ...review } }, async (request) =>
    reviewMonthly(ctx, requireActor(request), request.params.id, { accept: true, comment: request.body.comment ?? null, version: request.body.version }),
  );
  app.post('/monthly/:id/return', { config: office, schema: { tags, summary: '退回月报（督查室，需意见）', ...review } }, async (request) =>
    reviewMonthly(ctx, requireActor(request), request.params.id, { accept: false, comment: request.body.comment ?? null, version: request.body.version }),
  );
};
