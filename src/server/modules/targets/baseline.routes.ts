import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema as idParams, listOf } from '../../../contract/common.contract';
import {
  baselineSchema,
  changeDecisionBodySchema,
  changeRequestListItemSchema,
  changeRequestListQuerySchema,
  changeRequestSchema,
  milestoneChangeRequestBodySchema,
  targetChangeRequestBodySchema,
  targetReviewSchema,
} from '../../../contract/targets.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { getTargetReview, lockBaseline } from './baseline.service';
import { decideChange, listChangeRequests, requestMilestoneChange, requestTargetChange } from './change-requests.service';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['baseline'];

export const baselineRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/target-review',
    { config: signedIn, schema: { tags, summary: '目标审核：各项目的确认情况', params: idParams, response: { 200: targetReviewSchema } } },
    async (request) => getTargetReview(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/plans/:id/baseline/lock',
    { config: office, schema: { tags, summary: '锁定目标基线（督查室）', params: idParams, response: { 200: baselineSchema } } },
    async (request) => lockBaseline(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/targets/:id/change-requests',
    {
      config: signedIn,
      schema: { tags, summary: '申请变更已锁定的目标', params: idParams, body: targetChangeRequestBodySchema, response: { 200: changeRequestSchema } },
    },
    async (request) => requestTargetChange(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/milestones/:id/change-requests',
    {
      config: signedIn,
      schema: { tags, summary: '申请变更已锁定的节点', params: idParams, body: milestoneChangeRequestBodySchema, response: { 200: changeRequestSchema } },
    },
    async (request) => requestMilestoneChange(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/plans/:id/change-requests',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '变更申请列表',
        params: idParams,
        querystring: changeRequestListQuerySchema,
        response: { 200: listOf(changeRequestListItemSchema) },
      },
    },
    async (request) => {
      const items = await listChangeRequests(ctx, requireActor(request), request.params.id, request.query);
      return { items, total: items.length };
    },
  );

  app.post(
    '/change-requests/:id/approve',
    {
      config: office,
      schema: { tags, summary: '批准变更（督查室）', params: idParams, body: changeDecisionBodySchema, response: { 200: changeRequestSchema } },
    },
    async (request) => decideChange(ctx, requireActor(request), request.params.id, { approve: true, reason: request.body.reason ?? null }),
  );

  app.post(
    '/change-requests/:id/reject',
    {
      config: office,
      schema: { tags, summary: '驳回变更（督查室，需理由）', params: idParams, body: changeDecisionBodySchema, response: { 200: changeRequestSchema } },
    },
    async (request) => decideChange(ctx, requireActor(request), request.params.id, { approve: false, reason: request.body.reason ?? null }),
  );
};
