import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import { publicProposalBodySchema, publicProposalCreatedSchema, publicSolicitationsSchema } from '../../../contract/solicitations.contract';
import { publicVoteResultSchema } from '../../../contract/votes.contract';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { checkPublicRate } from '../../http/public-rate-limit';
import { handlePortalPageErrors, portalPageId } from '../portal/portal-page-errors';
import { portalScriptPath, renderPortalPage, sendPortalHtml } from '../portal/portal-layout';
import { proposalsPageBody, voteResultPageBody } from './next-year.pages';
import { listPublicSolicitations, submitPublicProposal } from './solicitations.service';
import { listPublishedSessions } from './votes.repo';
import { findPublicVoteResult } from './votes.service';

const pub = { access: 'public' } as const;
const tags = ['public'];

/** Proposals per IP: a handful in ten minutes, a few dozen a day (a household or an office shares an address). */
export const PROPOSAL_LIMITS = { burst: { limit: 5, windowSeconds: 600 }, daily: { limit: 30, windowSeconds: 86_400 } };

/** The public JSON of next year's list (issue 12), under /api/v1/public. */
export const nextYearPublicApiRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/public/solicitations',
    { config: pub, schema: { tags, summary: '项目征集与已公开的群众建议（姓名电话已隐藏）', response: { 200: publicSolicitationsSchema } } },
    async () => listPublicSolicitations(ctx),
  );
  app.post(
    '/public/solicitations/:id/proposals',
    {
      config: pub,
      schema: {
        tags,
        summary: '提交民生实事项目建议（审核后公开）',
        params: idParamsSchema,
        body: publicProposalBodySchema,
        response: { 200: publicProposalCreatedSchema },
      },
    },
    async (request) => {
      const { burst, daily } = PROPOSAL_LIMITS;
      await checkPublicRate(ctx, `proposal:${request.ip}`, burst.limit, burst.windowSeconds);
      await checkPublicRate(ctx, `proposal-day:${request.ip}`, daily.limit, daily.windowSeconds);
      return submitPublicProposal(ctx, request.params.id, request.body, request.ip);
    },
  );
  app.get(
    '/public/votes/:id',
    { config: pub, schema: { tags, summary: '已公布的人大代表票决结果', params: idParamsSchema, response: { 200: publicVoteResultSchema } } },
    async (request) => {
      const result = await findPublicVoteResult(ctx, request.params.id);
      if (!result) throw notFound('票决结果');
      return result;
    },
  );
};

/** The public pages /public/proposals and /public/votes/:id: server-rendered, cacheable, nothing unpublished. */
export async function nextYearPageRoutes(app: FastifyInstance, opts: { ctx: AppContext }) {
  const { ctx } = opts;
  const script = () => portalScriptPath(ctx.config.webDir);
  const hide = { schema: { hide: true } };
  handlePortalPageErrors(app, { href: '/public/proposals', label: '返回意见征集' });

  app.get('/public/proposals', hide, async (request, reply) => {
    const [solicitations, votes] = await Promise.all([listPublicSolicitations(ctx), listPublishedSessions(ctx.db)]);
    const page = renderPortalPage({
      title: '意见征集',
      description: '下一年度民生实事项目意见征集：提出建议，查看已公开的群众建议和人大代表票决结果。',
      crumbs: [{ href: '/public', label: '全部清单' }],
      body: proposalsPageBody(solicitations.items, votes),
      script: script(),
    });
    return sendPortalHtml(request, reply, page);
  });

  app.get<{ Params: { id: string } }>('/public/votes/:id', hide, async (request, reply) => {
    const result = await findPublicVoteResult(ctx, portalPageId(request.params.id));
    if (!result) throw new AppError('NOT_FOUND', '页面不存在。');
    const page = renderPortalPage({
      title: result.title,
      description: `${result.title}：${result.candidateCount} 个候选项目中票决产生 ${result.chooseCount} 个${result.year}年民生实事项目。`,
      crumbs: [
        { href: '/public', label: '全部清单' },
        { href: '/public/proposals', label: '意见征集' },
      ],
      body: voteResultPageBody(result),
      script: script(),
    });
    return sendPortalHtml(request, reply, page);
  });
}
