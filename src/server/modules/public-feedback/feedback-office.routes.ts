import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import {
  approvePublicCommentBodySchema,
  managedPublicCommentListSchema,
  managedPublicCommentSchema,
  publicCommentQuerySchema,
  rejectPublicCommentBodySchema,
  replyPublicCommentBodySchema,
} from '../../../contract/public-comments.contract';
import {
  closeFollowUpBodySchema,
  followUpQuerySchema,
  ratingFollowUpListSchema,
  ratingFollowUpSchema,
  satisfactionQuerySchema,
  satisfactionSummarySchema,
} from '../../../contract/satisfaction.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { approvePublicComment, listPlanPublicComments, rejectPublicComment, replyPublicComment } from './public-comment-moderation.service';
import { closeFollowUp, listMyFollowUps, listPlanFollowUps } from './rating-follow-ups.service';
import { getSatisfactionSummary } from './satisfaction.service';
import { buildSatisfactionWorkbook } from './satisfaction-workbook.builder';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const readers = { access: ['admin', 'supervisor', 'leader'] } as const;
const unitUsers = { access: ['unit_manager', 'unit_staff'] } as const;
const tags = ['public-feedback'];
const params = idParamsSchema;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The back office's side of citizens' feedback (issue 12): moderation, replies, 满意度 results, 回访整改. */
export const feedbackOfficeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/public-comments',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '群众留言审核队列（督查室全部；牵头单位只看本单位项目的公开留言）',
        params,
        querystring: publicCommentQuerySchema,
        response: { 200: managedPublicCommentListSchema },
      },
    },
    async (request) => listPlanPublicComments(ctx, requireActor(request), request.params.id, request.query),
  );
  const comment = { 200: managedPublicCommentSchema };
  app.post(
    '/public-comments/:id/approve',
    { config: office, schema: { tags, summary: '审核通过，公开留言（督查室）', params, body: approvePublicCommentBodySchema, response: comment } },
    async (request) => approvePublicComment(ctx, requireActor(request), request.params.id, request.body?.version),
  );
  app.post(
    '/public-comments/:id/reject',
    { config: office, schema: { tags, summary: '不予公开（须写明原因，督查室）', params, body: rejectPublicCommentBodySchema, response: comment } },
    async (request) => rejectPublicComment(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/public-comments/:id/reply',
    { config: unitUsers, schema: { tags, summary: '答复群众留言（牵头单位）', params, body: replyPublicCommentBodySchema, response: comment } },
    async (request) => replyPublicComment(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/plans/:id/satisfaction',
    {
      config: readers,
      schema: {
        tags,
        summary: '满意度：各项目评价数与满意率（按季度或全年）',
        params,
        querystring: satisfactionQuerySchema,
        response: { 200: satisfactionSummarySchema },
      },
    },
    async (request) => getSatisfactionSummary(ctx, requireActor(request), request.params.id, request.query.period),
  );
  app.get(
    '/plans/:id/satisfaction.xlsx',
    { config: { ...readers, download: true }, schema: { tags, summary: '导出年度满意度测评表 .xlsx', params } },
    async (request, reply) => {
      const data = await getSatisfactionSummary(ctx, requireActor(request), request.params.id, 'year');
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`满意度测评表_${data.year}.xlsx`)}`)
        .send(await buildSatisfactionWorkbook(data));
    },
  );

  app.get(
    '/plans/:id/rating-follow-ups',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '回访整改事项（不满意评价转办；单位只看本单位）',
        params,
        querystring: followUpQuerySchema,
        response: { 200: ratingFollowUpListSchema },
      },
    },
    async (request) => listPlanFollowUps(ctx, requireActor(request), request.params.id, request.query.status),
  );
  app.get(
    '/me/rating-follow-ups',
    { config: signedIn, schema: { tags, summary: '本单位待处理的回访整改事项（我的待办）', response: { 200: ratingFollowUpListSchema } } },
    async (request) => listMyFollowUps(ctx, requireActor(request)),
  );
  app.post(
    '/rating-follow-ups/:id/close',
    {
      config: unitUsers,
      schema: { tags, summary: '填写处理情况并办结回访整改（牵头单位）', params, body: closeFollowUpBodySchema, response: { 200: ratingFollowUpSchema } },
    },
    async (request) => closeFollowUp(ctx, requireActor(request), request.params.id, request.body),
  );
};
