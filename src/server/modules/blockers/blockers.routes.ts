import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { BLOCKER_KINDS, escalateBlocker, finishBlocker, getBlocker, listPlanBlockers, raiseBlocker, requestGreenChannel } from './blockers.service';
import { actOnRequest } from './green-channel.service';

const signedIn = { access: 'authenticated' } as const;
const tags = ['blockers'];
const version = z.number().int().positive().optional();

const raiseBody = z.object({
  kind: z.enum(BLOCKER_KINDS, { message: '堵点类型应为 审批手续(approval)/资金(funding)/用地(land)/协调(coordination)/其他(other) 之一' }),
  description: z.string().max(5000),
  neededFrom: z.string().max(2000).nullable().optional(),
  updateId: z.number().int().positive().nullable().optional(),
});

/** blockers routes (issue 5): 堵点卡点 and green-channel requests. */
export const blockersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post('/projects/:id/blockers', { config: signedIn, schema: { tags, summary: '提出堵点卡点（主办单位）', params: idParams, body: raiseBody } }, async (request) =>
    raiseBlocker(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get('/plans/:id/blockers', { config: signedIn, schema: { tags, summary: '清单的堵点卡点（单位只看到本单位主办项目的和发给本单位的）', params: idParams } }, async (request) =>
    listPlanBlockers(ctx, requireActor(request), request.params.id),
  );

  app.get('/blockers/:id', { config: signedIn, schema: { tags, summary: '堵点详情与绿色通道请求', params: idParams } }, async (request) => getBlocker(ctx, requireActor(request), request.params.id));

  app.post(
    '/blockers/:id/green-channel',
    {
      config: signedIn,
      schema: { tags, summary: '向协办单位发起绿色通道请求（默认 3 个工作日内答复）', params: idParams, body: z.object({ coUnitId: z.number().int().positive(), text: z.string().max(5000), dueDays: z.number().int().min(1).max(30).optional() }) },
    },
    async (request) => requestGreenChannel(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post('/blockers/:id/escalate', { config: signedIn, schema: { tags, summary: '提交分管领导协调（主办单位）', params: idParams, body: z.object({ version }).optional() } }, async (request) =>
    escalateBlocker(ctx, requireActor(request), request.params.id, request.body?.version),
  );

  app.post('/blockers/:id/resolve', { config: signedIn, schema: { tags, summary: '标记已解决（需写明如何解决）', params: idParams, body: z.object({ resolution: z.string().max(5000).optional(), version }) } }, async (request) =>
    finishBlocker(ctx, requireActor(request), request.params.id, { outcome: 'resolved', text: request.body.resolution ?? '', version: request.body.version }),
  );

  app.post('/blockers/:id/close', { config: signedIn, schema: { tags, summary: '关闭（不再需要，需写明原因）', params: idParams, body: z.object({ reason: z.string().max(5000).optional(), version }) } }, async (request) =>
    finishBlocker(ctx, requireActor(request), request.params.id, { outcome: 'closed', text: request.body.reason ?? '', version: request.body.version }),
  );

  const requestBody = z.object({ text: z.string().max(5000).optional(), version }).optional();
  app.post('/green-channel/:id/accept', { config: signedIn, schema: { tags, summary: '受理绿色通道请求（协办单位）', params: idParams, body: requestBody } }, async (request) =>
    actOnRequest(ctx, requireActor(request), request.params.id, 'accept', { text: request.body?.text, version: request.body?.version }),
  );
  app.post('/green-channel/:id/answer', { config: signedIn, schema: { tags, summary: '答复绿色通道请求（协办单位）', params: idParams, body: requestBody } }, async (request) =>
    actOnRequest(ctx, requireActor(request), request.params.id, 'answer', { text: request.body?.text, version: request.body?.version }),
  );
  app.post('/green-channel/:id/close', { config: signedIn, schema: { tags, summary: '办结绿色通道请求（协办单位）', params: idParams, body: requestBody } }, async (request) =>
    actOnRequest(ctx, requireActor(request), request.params.id, 'close', { text: request.body?.text, version: request.body?.version }),
  );
};
