import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams } from '../../http/schemas';
import { badRequest } from '../../errors';
import { requireActor } from '../../plugins/auth.plugin';
import { answerInstruction, closeInstruction, createInstruction, getInstruction, listInstructions } from './instructions.service';
import { generateDigest, listDigests, listLeaderUsers, listProjectLeaders, setProjectLeaders } from './leaders.service';
import { leaderPortfolio } from './portfolio.service';
import { listMyInstructions } from './my-instructions.service';

const signedIn = { access: 'authenticated' } as const;
const tags = ['leaders'];
const version = z.number().int().positive().optional();

/** leaders routes (issue 5): 分管领导, 旬 digests and instructions (批示). */
export const leadersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/leaders', { config: signedIn, schema: { tags, summary: '可指定的分管领导（督查室选择用）' } }, async (request) => listLeaderUsers(ctx, requireActor(request)));

  app.get('/projects/:id/leaders', { config: signedIn, schema: { tags, summary: '项目的分管领导', params: idParams } }, async (request) => {
    requireActor(request);
    return listProjectLeaders(ctx, request.params.id);
  });

  app.put(
    '/projects/:id/leaders',
    { config: signedIn, schema: { tags, summary: '指定项目的分管领导（督查室）', params: idParams, body: z.object({ userIds: z.array(z.number().int().positive()).max(20) }) } },
    async (request) => setProjectLeaders(ctx, requireActor(request), request.params.id, request.body.userIds),
  );

  app.get(
    '/me/leader-portfolio',
    {
      config: signedIn,
      schema: { tags, summary: '领导工作台：分管项目（在前）及本旬以来的变化', querystring: z.object({ asOf: z.string().max(10).optional(), all: z.enum(['0', '1']).optional() }) },
    },
    async (request) => leaderPortfolio(ctx, requireActor(request), { asOf: request.query.asOf, all: request.query.all === '1' }),
  );

  app.post('/me/xun-digests/generate', { config: signedIn, schema: { tags, summary: '生成本旬调度摘要（每旬一份，已有则返回已有的）' } }, async (request) =>
    generateDigest(ctx, requireActor(request)),
  );

  app.get('/me/xun-digests', { config: signedIn, schema: { tags, summary: '我的旬调度摘要（新的在前）' } }, async (request) => listDigests(ctx, requireActor(request)));

  app.post(
    '/projects/:id/instructions',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '作出批示（分管领导）',
        params: idParams,
        body: z.object({
          text: z.string().max(5000),
          targetKind: z.enum(['weekly_update', 'blocker']).nullable().optional(),
          targetId: z.number().int().positive().nullable().optional(),
          /** shorthand for targetKind 'weekly_update' */
          updateId: z.number().int().positive().nullable().optional(),
          /** shorthand for targetKind 'blocker' */
          blockerId: z.number().int().positive().nullable().optional(),
        }),
      },
    },
    async (request) => createInstruction(ctx, requireActor(request), request.params.id, instructionTarget(request.body)),
  );

  app.get('/me/instructions', { config: signedIn, schema: { tags, summary: '待办批示（主办单位：待答复；领导：我作出的；督查室：全部未办结）' } }, async (request) =>
    listMyInstructions(ctx, requireActor(request)),
  );

  app.get('/projects/:id/instructions', { config: signedIn, schema: { tags, summary: '项目的批示', params: idParams } }, async (request) =>
    listInstructions(ctx, requireActor(request), request.params.id),
  );

  app.get('/instructions/:id', { config: signedIn, schema: { tags, summary: '批示详情', params: idParams } }, async (request) => getInstruction(ctx, requireActor(request), request.params.id));

  app.post(
    '/instructions/:id/answer',
    { config: signedIn, schema: { tags, summary: '答复批示（主办单位，需佐证）', params: idParams, body: z.object({ text: z.string().max(5000), evidence: z.string().max(5000).nullable().optional(), version }) } },
    async (request) => answerInstruction(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post('/instructions/:id/close', { config: signedIn, schema: { tags, summary: '办结批示（批示领导或督查室，需已答复）', params: idParams, body: z.object({ version }).optional() } }, async (request) =>
    closeInstruction(ctx, requireActor(request), request.params.id, request.body ?? {}),
  );
};

/** `{ blockerId }` and `{ updateId }` are shorthands of `{ targetKind, targetId }`; giving more than one target is refused by the service. */
function instructionTarget(body: { text: string; targetKind?: 'weekly_update' | 'blocker' | null; targetId?: number | null; updateId?: number | null; blockerId?: number | null }) {
  const { text, updateId, blockerId } = body;
  const shorthands = [updateId ? { targetKind: 'weekly_update' as const, targetId: updateId } : null, blockerId ? { targetKind: 'blocker' as const, targetId: blockerId } : null].filter((x) => x !== null);
  if (shorthands.length === 0) return { text, targetKind: body.targetKind, targetId: body.targetId };
  if (shorthands.length > 1 || body.targetKind || body.targetId) throw badRequest('一条批示只能针对一个对象（一份周台账或一个堵点）。', { field: 'blockerId' });
  return { text, ...shorthands[0] };
}
