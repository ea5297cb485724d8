import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contract/common.contract';
import {
  moderateProposalBodySchema,
  proposalListQuerySchema,
  proposalSchema,
  solicitationBodySchema,
  solicitationSchema,
  updateSolicitationBodySchema,
} from '../../../contract/solicitations.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { createSolicitation, listAllSolicitations, listSolicitationProposals, moderateProposal, updateSolicitation } from './solicitations.service';

const office = { access: ['admin', 'supervisor'] } as const;
const tags = ['next-year'];
const params = idParamsSchema;

/** 征集 in the back office (issue 12): the 督查室 opens calls and moderates the public's proposals. */
export const solicitationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/solicitations',
    { config: office, schema: { tags, summary: '项目征集列表（督查室）', response: { 200: z.object({ items: z.array(solicitationSchema) }) } } },
    async (request) => listAllSolicitations(ctx, requireActor(request)),
  );
  app.post(
    '/solicitations',
    { config: office, schema: { tags, summary: '发起下一年度民生实事项目征集', body: solicitationBodySchema, response: { 200: solicitationSchema } } },
    async (request) => createSolicitation(ctx, requireActor(request), request.body),
  );
  app.patch(
    '/solicitations/:id',
    { config: office, schema: { tags, summary: '修改征集（含提前结束）', params, body: updateSolicitationBodySchema, response: { 200: solicitationSchema } } },
    async (request) => updateSolicitation(ctx, requireActor(request), request.params.id, request.body),
  );
  app.get(
    '/solicitations/:id/proposals',
    {
      config: office,
      schema: {
        tags,
        summary: '征集收到的群众建议（含联系方式）',
        params,
        querystring: proposalListQuerySchema,
        response: { 200: z.object({ items: z.array(proposalSchema) }) },
      },
    },
    async (request) => listSolicitationProposals(ctx, requireActor(request), request.params.id, request.query.status),
  );
  app.post(
    '/proposals/:id/moderate',
    {
      config: office,
      schema: { tags, summary: '审核群众建议（通过后公开，不通过须写原因）', params, body: moderateProposalBodySchema, response: { 200: proposalSchema } },
    },
    async (request) => moderateProposal(ctx, requireActor(request), request.params.id, request.body),
  );
};
