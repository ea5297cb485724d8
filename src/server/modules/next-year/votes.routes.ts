import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okBodySchema } from '../../../contract/common.contract';
import {
  candidateListQuerySchema,
  candidateListSchema,
  candidateSchema,
  castBallotBodySchema,
  castBallotResponseSchema,
  createCandidateBodySchema,
  createVoteSessionBodySchema,
  deleteCandidateQuerySchema,
  myBallotsSchema,
  orderCandidatesBodySchema,
  planDraftResponseSchema,
  resolveTieBodySchema,
  updateCandidateBodySchema,
  voteSessionActionBodySchema,
  voteSessionListSchema,
  voteSessionSchema,
} from '../../../contract/votes.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { castBallot, listMyBallots } from './ballots.service';
import { createCandidate, deleteCandidate, listCandidates, orderCandidates, updateCandidate } from './candidates.service';
import { createPlanDraftFromVote } from './vote-plan.service';
import { createVoteSession, getVoteSession, listVoteSessions, resolveTie, stepVoteSession } from './votes.service';

const office = { access: ['admin', 'supervisor'] } as const;
const deputy = { access: ['deputy'] } as const;
const tags = ['next-year'];
const params = idParamsSchema;
const session = { 200: voteSessionSchema };

/** 候选项目 and 票决 (issue 12): the 督查室 prepares and runs the vote; 人大代表 cast one ballot each. */
export const votesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/vote-candidates',
    { config: office, schema: { tags, summary: '某年度的候选项目（督查室）', querystring: candidateListQuerySchema, response: { 200: candidateListSchema } } },
    async (request) => listCandidates(ctx, requireActor(request), request.query.year),
  );
  app.post(
    '/vote-candidates',
    { config: office, schema: { tags, summary: '新增候选项目（可来自群众建议）', body: createCandidateBodySchema, response: { 200: candidateSchema } } },
    async (request) => createCandidate(ctx, requireActor(request), request.body),
  );
  app.put(
    '/vote-candidates/order',
    { config: office, schema: { tags, summary: '调整候选项目顺序', body: orderCandidatesBodySchema, response: { 200: candidateListSchema } } },
    async (request) => orderCandidates(ctx, requireActor(request), request.body.year, request.body.ids),
  );
  app.patch(
    '/vote-candidates/:id',
    { config: office, schema: { tags, summary: '修改候选项目（列入票决前）', params, body: updateCandidateBodySchema, response: { 200: candidateSchema } } },
    async (request) => updateCandidate(ctx, requireActor(request), request.params.id, request.body),
  );
  app.delete(
    '/vote-candidates/:id',
    {
      config: office,
      schema: { tags, summary: '删除候选项目（列入票决前）', params, querystring: deleteCandidateQuerySchema, response: { 200: okBodySchema } },
    },
    async (request) => {
      await deleteCandidate(ctx, requireActor(request), request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  app.get('/vote-sessions', { config: office, schema: { tags, summary: '票决列表（督查室）', response: { 200: voteSessionListSchema } } }, async (request) =>
    listVoteSessions(ctx, requireActor(request)),
  );
  app.post(
    '/vote-sessions',
    { config: office, schema: { tags, summary: '创建差额票决（候选项目随之锁定）', body: createVoteSessionBodySchema, response: session } },
    async (request) => createVoteSession(ctx, requireActor(request), request.body),
  );
  app.get('/vote-sessions/:id', { config: office, schema: { tags, summary: '票决详情与结果（结束后）', params, response: session } }, async (request) =>
    getVoteSession(ctx, requireActor(request), request.params.id),
  );
  for (const step of ['open', 'close', 'publish'] as const) {
    const summary = { open: '开始票决', close: '结束票决并计票', publish: '公布票决结果' }[step];
    app.post(
      `/vote-sessions/:id/${step}`,
      { config: office, schema: { tags, summary, params, body: voteSessionActionBodySchema, response: session } },
      async (request) => stepVoteSession(ctx, requireActor(request), request.params.id, step, request.body.version),
    );
  }
  app.post(
    '/vote-sessions/:id/resolve-tie',
    { config: office, schema: { tags, summary: '确定当选线上得票相同项目的当选', params, body: resolveTieBodySchema, response: session } },
    async (request) => resolveTie(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/vote-sessions/:id/plan-draft',
    { config: office, schema: { tags, summary: '根据票决结果生成下一年度清单草案', params, response: { 200: planDraftResponseSchema } } },
    async (request) => createPlanDraftFromVote(ctx, requireActor(request), request.params.id),
  );

  app.get('/me/ballots', { config: deputy, schema: { tags, summary: '我的票决（人大代表）', response: { 200: myBallotsSchema } } }, async (request) =>
    listMyBallots(ctx, requireActor(request)),
  );
  app.post(
    '/vote-sessions/:id/ballot',
    { config: deputy, schema: { tags, summary: '提交选票（每位代表一次）', params, body: castBallotBodySchema, response: { 200: castBallotResponseSchema } } },
    async (request) => castBallot(ctx, requireActor(request), request.params.id, request.body.candidateIds),
  );
};
