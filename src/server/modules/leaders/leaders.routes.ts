import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import {
  answerInstructionBodySchema,
  closeInstructionBodySchema,
  createInstructionBodySchema,
  generateDigestResultSchema,
  instructionListSchema,
  instructionSchema,
  leaderPortfolioSchema,
  leaderUserListSchema,
  myInstructionListSchema,
  portfolioQuerySchema,
  projectLeaderListSchema,
  setProjectLeadersBodySchema,
  xunDigestListSchema,
} from '../../../contract/leaders.contract';
import type { NewInstruction } from '../../../contract/leaders.contract';
import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
import { requireActor } from '../../plugins/auth.plugin';
import type { InstructionInput } from './instructions.service';
import { answerInstruction, closeInstruction, createInstruction, getInstruction, listInstructions } from './instructions.service';
import { generateDigest, listDigests, listLeaderUsers, listProjectLeaders, setProjectLeaders } from './leaders.service';
import { listMyInstructions } from './my-instructions.service';
import { leaderPortfolio } from './portfolio.service';

const signedIn = { access: 'authenticated' } as const;
const tags = ['leaders'];

/** leaders routes (issue 5): 分管领导, 旬 digests and instructions (批示). */
export const leadersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/leaders',
    { config: signedIn, schema: { tags, summary: '可指定的分管领导（督查室选择用）', response: { 200: leaderUserListSchema } } },
    async (request) => listLeaderUsers(ctx, requireActor(request)),
  );

  app.get(
    '/projects/:id/leaders',
    { config: signedIn, schema: { tags, summary: '项目的分管领导', params: idParamsSchema, response: { 200: projectLeaderListSchema } } },
    async (request) => listProjectLeaders(ctx, requireActor(request), request.params.id),
  );

  app.put(
    '/projects/:id/leaders',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '指定项目的分管领导（督查室）',
        params: idParamsSchema,
        body: setProjectLeadersBodySchema,
        response: { 200: projectLeaderListSchema },
      },
    },
    async (request) => setProjectLeaders(ctx, requireActor(request), request.params.id, request.body.userIds),
  );

  app.get(
    '/me/leader-portfolio',
    {
      config: signedIn,
      schema: { tags, summary: '领导工作台：分管项目（在前）及本旬以来的变化', querystring: portfolioQuerySchema, response: { 200: leaderPortfolioSchema } },
    },
    async (request) => leaderPortfolio(ctx, requireActor(request), { asOf: request.query.asOf, all: request.query.all === '1' }),
  );

  app.post(
    '/me/xun-digests/generate',
    { config: signedIn, schema: { tags, summary: '生成本旬调度摘要（每旬一份，已有则返回已有的）', response: { 200: generateDigestResultSchema } } },
    async (request) => generateDigest(ctx, requireActor(request)),
  );

  app.get(
    '/me/xun-digests',
    { config: signedIn, schema: { tags, summary: '我的旬调度摘要（新的在前）', response: { 200: xunDigestListSchema } } },
    async (request) => listDigests(ctx, requireActor(request)),
  );

  app.post(
    '/projects/:id/instructions',
    {
      config: signedIn,
      schema: { tags, summary: '作出批示（分管领导）', params: idParamsSchema, body: createInstructionBodySchema, response: { 200: instructionSchema } },
    },
    async (request) => createInstruction(ctx, requireActor(request), request.params.id, instructionTarget(request.body)),
  );

  app.get(
    '/me/instructions',
    {
      config: signedIn,
      schema: { tags, summary: '待办批示（主办单位：待答复；领导：我作出的；督查室：全部未办结）', response: { 200: myInstructionListSchema } },
    },
    async (request) => listMyInstructions(ctx, requireActor(request)),
  );

  app.get(
    '/projects/:id/instructions',
    { config: signedIn, schema: { tags, summary: '项目的批示', params: idParamsSchema, response: { 200: instructionListSchema } } },
    async (request) => listInstructions(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/instructions/:id',
    { config: signedIn, schema: { tags, summary: '批示详情', params: idParamsSchema, response: { 200: instructionSchema } } },
    async (request) => getInstruction(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/instructions/:id/answer',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '答复批示（主办单位，需佐证）',
        params: idParamsSchema,
        body: answerInstructionBodySchema,
        response: { 200: instructionSchema },
      },
    },
    async (request) => answerInstruction(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/instructions/:id/close',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '办结批示（批示领导或督查室，需已答复）',
        params: idParamsSchema,
        body: closeInstructionBodySchema,
        response: { 200: instructionSchema },
      },
    },
    async (request) => closeInstruction(ctx, requireActor(request), request.params.id, request.body ?? {}),
  );
};

/** `{ blockerId }` and `{ updateId }` are shorthands of `{ targetKind, targetId }`; giving more than one target is refused. */
function instructionTarget(body: NewInstruction): InstructionInput {
  const { text, updateId, blockerId } = body;
  const shorthands = [
    updateId ? { targetKind: 'weekly_update' as const, targetId: updateId } : null,
    blockerId ? { targetKind: 'blocker' as const, targetId: blockerId } : null,
  ].filter((x) => x !== null);
  if (shorthands.length === 0) return { text, targetKind: body.targetKind, targetId: body.targetId };
  if (shorthands.length > 1 || body.targetKind || body.targetId) throw badRequest('一条批示只能针对一个对象（一份周台账或一个堵点）。', { field: 'blockerId' });
  return { text, ...shorthands[0] };
}
