import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams, listOf } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { getTargetReview, lockBaseline } from './baseline.service';
import { decideChange, listChangeRequests, requestMilestoneChange, requestTargetChange } from './change-requests.service';
import { baselineSchema, changeRequestSchema, dateSchema, pointSchema, shapeSchema } from './targets.schemas';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['baseline'];
const reason = z.string().max(1000);

export const baselineRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/target-review',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '目标审核：各项目的确认情况',
        params: idParams,
        response: {
          200: z.object({
            baseline: baselineSchema,
            items: z.array(
              z.object({
                projectId: z.number().int(),
                seq: z.number().int(),
                name: z.string(),
                leadUnits: z.array(z.string()),
                targetCount: z.number().int(),
                milestoneCount: z.number().int(),
                proposedCount: z.number().int(),
                minConfidence: z.number(),
              }),
            ),
          }),
        },
      },
    },
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
      schema: {
        tags,
        summary: '申请变更已锁定的目标',
        params: idParams,
        body: z.object({
          changes: z.object({
            label: z.string().max(200).optional(),
            value: z.number().optional(),
            unit: z.string().max(20).optional(),
            dueDate: dateSchema.optional(),
            trajectory: z.object({ shape: shapeSchema, months: z.array(pointSchema).max(120).optional() }).optional(),
          }),
          reason,
        }),
        response: { 200: changeRequestSchema },
      },
    },
    async (request) => requestTargetChange(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/milestones/:id/change-requests',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '申请变更已锁定的节点',
        params: idParams,
        body: z.object({ changes: z.object({ title: z.string().max(500).optional(), dueDate: dateSchema.nullable().optional() }), reason }),
        response: { 200: changeRequestSchema },
      },
    },
    async (request) => requestMilestoneChange(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/plans/:id/change-requests',
    {
      config: signedIn,
      schema: { tags, summary: '变更申请列表', params: idParams, querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional(), projectId: z.coerce.number().int().positive().optional() }), response: { 200: listOf(changeRequestSchema) } },
    },
    async (request) => {
      const items = await listChangeRequests(ctx, requireActor(request), request.params.id, request.query);
      return { items, total: items.length };
    },
  );

  const decisionBody = z.object({ reason: reason.optional() });
  app.post('/change-requests/:id/approve', { config: office, schema: { tags, summary: '批准变更（督查室）', params: idParams, body: decisionBody, response: { 200: changeRequestSchema } } }, async (request) =>
    decideChange(ctx, requireActor(request), request.params.id, { approve: true, reason: request.body.reason ?? null }),
  );
  app.post('/change-requests/:id/reject', { config: office, schema: { tags, summary: '驳回变更（督查室，需理由）', params: idParams, body: decisionBody, response: { 200: changeRequestSchema } } }, async (request) =>
    decideChange(ctx, requireActor(request), request.params.id, { approve: false, reason: request.body.reason ?? null }),
  );
};
