import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import { itemPublicationBodySchema, planPublicationBodySchema, publicationResultSchema } from '../../../contract/portal-publication.contract';
import { requireActor } from '../../plugins/auth.plugin';
import type { AppContext } from '../../context';
import { publishAttachment, publishPlan, publishUpdate } from './publication.service';

const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['portal'];
const response = { 200: publicationResultSchema };

/** 公开: the 督查室 decides, item by item, what the public portal shows. */
export const publicationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (api, { ctx }) => {
  api.put(
    '/plans/:id/publication',
    { config: office, schema: { tags, summary: '向公众公开清单（或取消公开）', params: idParamsSchema, body: planPublicationBodySchema, response } },
    async (request) => publishPlan(ctx, requireActor(request), request.params.id, request.body),
  );
  api.put(
    '/weekly/:id/publication',
    { config: office, schema: { tags, summary: '公开审核通过的周台账进展情况（或取消）', params: idParamsSchema, body: itemPublicationBodySchema, response } },
    async (request) => publishUpdate(ctx, requireActor(request), request.params.id, request.body),
  );
  api.put(
    '/attachments/:id/publication',
    { config: office, schema: { tags, summary: '公开周台账照片（或取消）', params: idParamsSchema, body: itemPublicationBodySchema, response } },
    async (request) => publishAttachment(ctx, requireActor(request), request.params.id, request.body),
  );
};
