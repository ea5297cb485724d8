import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import {
  commentFormTokenSchema,
  postPublicCommentBodySchema,
  postPublicCommentResultSchema,
  publicCommentListSchema,
} from '../../../contract/public-comments.contract';
import { postRatingBodySchema, postRatingResultSchema } from '../../../contract/satisfaction.contract';
import type { AppContext } from '../../context';
import { commentFormToken, listPublicComments, postPublicComment } from './public-comments.service';
import { newVoter, readVoter, VOTER_COOKIE, VOTER_COOKIE_MAX_AGE } from './public-form-guard';
import { postRating } from './public-ratings.service';

const open = { access: 'public' } as const;
const tags = ['public-feedback'];
const params = idParamsSchema;

/** Citizens' feedback without login (issue 12): comments (moderated before they show) and 满意度 ratings. */
export const publicFeedbackRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/public/projects/:id/comments',
    { config: open, schema: { tags, summary: '项目的公开留言（已审核，姓名电话已脱敏）与牵头单位答复', params, response: { 200: publicCommentListSchema } } },
    async (request) => listPublicComments(ctx, request.params.id),
  );
  app.get(
    '/public/projects/:id/comment-form-token',
    {
      config: open,
      schema: { tags, summary: '留言表单令牌（签名的发放时间，提交不得早于 minSeconds 秒）', params, response: { 200: commentFormTokenSchema } },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      return commentFormToken(ctx, request.params.id);
    },
  );
  app.post(
    '/public/projects/:id/comments',
    {
      config: open,
      schema: {
        tags,
        summary: '提交建议或留言（审核后公开；限频、防机器提交）',
        params,
        body: postPublicCommentBodySchema,
        response: { 200: postPublicCommentResultSchema },
      },
    },
    async (request) => postPublicComment(ctx, request.params.id, request.body, request.ip),
  );
  app.post(
    '/public/projects/:id/ratings',
    {
      config: open,
      schema: { tags, summary: '满意度评价（每人每项目每季度一次）', params, body: postRatingBodySchema, response: { 200: postRatingResultSchema } },
    },
    async (request, reply) => {
      // "one person": a signed random id in an HttpOnly cookie, issued on the first rating
      let voterId = readVoter(ctx.config, request.cookies[VOTER_COOKIE]);
      if (!voterId) {
        const voter = newVoter(ctx.config);
        voterId = voter.id;
        reply.setCookie(VOTER_COOKIE, voter.cookie, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: VOTER_COOKIE_MAX_AGE,
        });
      }
      return postRating(ctx, request.params.id, request.body, { ip: request.ip, voterId });
    },
  );
};
