import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  blockerDetailSchema,
  blockerListSchema,
  closeBlockerBodySchema,
  escalateBlockerBodySchema,
  greenChannelActionBodySchema,
  greenChannelBodySchema,
  greenChannelRequestSchema,
  raiseBlockerBodySchema,
  resolveBlockerBodySchema,
} from '../../../contract/blockers.contract';
import { idParamsSchema } from '../../../contract/common.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { escalateBlocker, finishBlocker, getBlocker, listPlanBlockers, raiseBlocker, requestGreenChannel } from './blockers.service';
import { actOnRequest } from './green-channel.service';

const signedIn = { access: 'authenticated' } as const;
const tags = ['blockers'];
const params = idParamsSchema;
const blockerResponse = { 200: blockerDetailSchema };
const requestResponse = { 200: greenChannelRequestSchema };

/** blockers routes (issue 5): 堵点卡点 and green-channel requests. */
export const blockersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/projects/:id/blockers',
    { config: signedIn, schema: { tags, summary: '提出堵点卡点（主办单位）', params, body: raiseBlockerBodySchema, response: blockerResponse } },
    async (request) => raiseBlocker(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/plans/:id/blockers',
    { config: signedIn, schema: { tags, summary: '清单的堵点卡点（单位只看到本单位主办项目的和发给本单位的）', params, response: { 200: blockerListSchema } } },
    async (request) => listPlanBlockers(ctx, requireActor(request), request.params.id),
  );

  app.get('/blockers/:id', { config: signedIn, schema: { tags, summary: '堵点详情与绿色通道请求', params, response: blockerResponse } }, async (request) =>
    getBlocker(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/blockers/:id/green-channel',
    {
      config: signedIn,
      schema: { tags, summary: '向协办单位发起绿色通道请求（默认 3 个工作日内答复）', params, body: greenChannelBodySchema, response: requestResponse },
    },
    async (request) => requestGreenChannel(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/blockers/:id/escalate',
    { config: signedIn, schema: { tags, summary: '提交分管领导协调（主办单位）', params, body: escalateBlockerBodySchema, response: blockerResponse } },
    async (request) => escalateBlocker(ctx, requireActor(request), request.params.id, request.body?.version),
  );

  app.post(
    '/blockers/:id/resolve',
    { config: signedIn, schema: { tags, summary: '标记已解决（需写明如何解决）', params, body: resolveBlockerBodySchema, response: blockerResponse } },
    async (request) =>
      finishBlocker(ctx, requireActor(request), request.params.id, { outcome: 'resolved', text: request.body.resolution ?? '', version: request.body.version }),
  );

  app.post(
    '/blockers/:id/close',
    { config: signedIn, schema: { tags, summary: '关闭（不再需要，需写明原因）', params, body: closeBlockerBodySchema, response: blockerResponse } },
    async (request) =>
      finishBlocker(ctx, requireActor(request), request.params.id, { outcome: 'closed', text: request.body.reason ?? '', version: request.body.version }),
  );

  const body = greenChannelActionBodySchema;
  app.post(
    '/green-channel/:id/accept',
    { config: signedIn, schema: { tags, summary: '受理绿色通道请求（协办单位）', params, body, response: requestResponse } },
    async (request) => actOnRequest(ctx, requireActor(request), request.params.id, 'accept', { text: request.body?.text, version: request.body?.version }),
  );
  app.post(
    '/green-channel/:id/answer',
    { config: signedIn, schema: { tags, summary: '答复绿色通道请求（协办单位）', params, body, response: requestResponse } },
    async (request) => actOnRequest(ctx, requireActor(request), request.params.id, 'answer', { text: request.body?.text, version: request.body?.version }),
  );
  app.post(
    '/green-channel/:id/close',
    { config: signedIn, schema: { tags, summary: '办结绿色通道请求（协办单位）', params, body, response: requestResponse } },
    async (request) => actOnRequest(ctx, requireActor(request), request.params.id, 'close', { text: request.body?.text, version: request.body?.version }),
  );
};
