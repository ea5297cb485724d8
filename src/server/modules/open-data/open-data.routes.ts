import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  openDataQuerySchema,
  openPlanParamsSchema,
  openPlansResponseSchema,
  openProjectsResponseSchema,
  openTargetsResponseSchema,
} from '../../../contract/open-data.contract';
import type { AppContext } from '../../context';
import { checkPublicRate } from '../../http/public-rate-limit';
import { siteOrigin } from '../portal/minsheng-code';
import { renderPortalPage, sendPortalHtml } from '../portal/portal-layout';
import { openDataPageBody } from './open-data-page';
import { csvDisposition, projectsCsv, targetsCsv } from './open-data.csv';
import { openPlans, openProjects, openTargets } from './open-data.service';

const TAGS = ['公开数据'];

/**
 * The open data API (公开数据): published plans, their projects and targets as JSON and CSV, read by anyone from any
 * site (CORS *), without sign-in or cookies, limited per client address. Registered with the prefix /open/v1.
 */
export async function openDataRoutes(instance: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Access-Control-Expose-Headers', 'Retry-After, Content-Disposition');
    // other sites may embed or fetch the files (helmet's default would keep them same-origin)
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    if (request.method === 'OPTIONS') return;
    // past the limit: 429 with a Chinese message and Retry-After (errors plugin)
    await checkPublicRate(ctx, `open-api:${request.ip}`, ctx.config.openDataRate.limit, ctx.config.openDataRate.windowSeconds);
  });

  // A preflight (a browser asking before a GET with custom headers): GET only, from anywhere.
  app.options('/*', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS').header('Access-Control-Max-Age', '86400').status(204).send(),
  );

  const cache = (reply: FastifyReply) => reply.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300');
  const origin = (request: FastifyRequest) => siteOrigin(ctx.config, request);

  app.get('/plans', { schema: { tags: TAGS, summary: '已公开发布的民生实事清单', response: { 200: openPlansResponseSchema } } }, async (request, reply) => {
    const data = await openPlans(ctx, origin(request));
    cache(reply);
    return data;
  });

  const planRoute = { params: openPlanParamsSchema, querystring: openDataQuerySchema, tags: TAGS };

  app.get(
    '/plans/:id/projects.json',
    { schema: { ...planRoute, summary: '清单的项目及进度（JSON）', response: { 200: openProjectsResponseSchema } } },
    async (request, reply) => {
      const data = await openProjects(ctx, request.params.id, origin(request), request.query.asOf);
      cache(reply);
      return data;
    },
  );

  app.get('/plans/:id/projects.csv', { schema: { ...planRoute, summary: '清单的项目及进度（CSV，UTF-8 带 BOM）' } }, async (request, reply) => {
    const data = await openProjects(ctx, request.params.id, origin(request), request.query.asOf);
    return cache(reply)
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', csvDisposition(`${data.plan.year}年民生实事项目进度_${data.asOf}.csv`, `projects-${data.plan.id}.csv`))
      .send(projectsCsv(data));
  });

  app.get(
    '/plans/:id/targets.json',
    { schema: { ...planRoute, summary: '清单的目标指标（JSON）', response: { 200: openTargetsResponseSchema } } },
    async (request, reply) => {
      const data = await openTargets(ctx, request.params.id, origin(request), request.query.asOf);
      cache(reply);
      return data;
    },
  );

  app.get('/plans/:id/targets.csv', { schema: { ...planRoute, summary: '清单的目标指标（CSV，UTF-8 带 BOM）' } }, async (request, reply) => {
    const data = await openTargets(ctx, request.params.id, origin(request), request.query.asOf);
    return cache(reply)
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', csvDisposition(`${data.plan.year}年民生实事目标指标_${data.asOf}.csv`, `targets-${data.plan.id}.csv`))
      .send(targetsCsv(data));
  });
}

/** The documentation page of the open data API (/public/open-data), server-rendered like the other public pages. */
export async function openDataPageRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const { ctx } = opts;
  app.get('/public/open-data', { schema: { hide: true } }, async (request, reply) => {
    const { plans } = await openPlans(ctx, siteOrigin(ctx.config, request));
    const page = renderPortalPage({
      title: '公开数据',
      description: '民生实事清单、项目进度和目标指标的开放数据（JSON、CSV）及公开读取接口说明',
      body: openDataPageBody(siteOrigin(ctx.config, request), plans, ctx.config.openDataRate),
      crumbs: [
        { href: '/public', label: '民生实事' },
        { href: '/public/open-data', label: '公开数据' },
      ],
    });
    return sendPortalHtml(request, reply, page);
  });
}
