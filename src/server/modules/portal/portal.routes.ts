import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { html } from './portal-html';
import { renderPortalPage, portalScriptPath, sendPortalHtml } from './portal-layout';
import { planPageBody, plansPageBody, projectPageBody } from './portal.pages';
import { getPublicPlan, getPublicProject, listPublishedPlans, readPublicPhoto } from './portal.service';

/** A positive integer id from the path, else a 404 page (a guessed or mistyped address). */
function idOf(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('NOT_FOUND', '页面不存在。');
  return id;
}

/**
 * The public portal's pages (no sign-in): server-rendered HTML with their content in the first response, cacheable
 * for a minute, plus the published photos. They live outside /api, so the API's access rules do not apply: every
 * read here goes through the public read model (portal.service), which returns only what was published.
 */
export async function portalRoutes(app: FastifyInstance, opts: { ctx: AppContext }) {
  const { ctx } = opts;
  const script = () => portalScriptPath(ctx.config.webDir);
  const hide = { schema: { hide: true } };

  // a citizen gets a page, not JSON: 404 for anything missing or not published, a plain apology otherwise
  app.setErrorHandler((error, request, reply) => {
    const isMissing = error instanceof AppError && error.statusCode === 404;
    if (!isMissing) request.log.error(error);
    const body = isMissing
      ? html`<h1>页面不存在</h1><div class="card"><p>该页面不存在或尚未公开。</p><p><a href="/public">返回全部清单</a></p></div>`
      : html`<h1>暂时无法显示</h1><div class="card"><p>系统繁忙，请稍后刷新重试。</p></div>`;
    return reply
      .status(isMissing ? 404 : 500)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPortalPage({ title: isMissing ? '页面不存在' : '暂时无法显示', body, script: null }));
  });

  app.get('/public', hide, async (request, reply) => {
    const plans = await listPublishedPlans(ctx);
    return sendPortalHtml(request, reply, renderPortalPage({ title: '民生实事清单', body: plansPageBody(plans), script: script() }));
  });

  app.get<{ Params: { id: string } }>('/public/plans/:id', hide, async (request, reply) => {
    const data = await getPublicPlan(ctx, idOf(request.params.id));
    const page = renderPortalPage({
      title: data.plan.title,
      description: `${data.plan.title}：${data.projects.length} 项民生实事的进度、承诺与变更，截至 ${data.asOf}。`,
      crumbs: [{ href: '/public', label: '全部清单' }],
      body: planPageBody(data),
      script: script(),
    });
    return sendPortalHtml(request, reply, page);
  });

  app.get<{ Params: { id: string } }>('/public/projects/:id', hide, async (request, reply) => {
    const data = await getPublicProject(ctx, idOf(request.params.id));
    const page = renderPortalPage({
      title: `${data.project.seq}. ${data.project.name}`,
      description: `${data.project.name}：承诺、进度和群众评价。`,
      crumbs: [
        { href: '/public', label: '全部清单' },
        { href: `/public/plans/${data.plan.id}`, label: data.plan.title },
      ],
      body: projectPageBody(data),
      script: script(),
    });
    return sendPortalHtml(request, reply, page);
  });

  app.get<{ Params: { id: string }; Querystring: { thumb?: string } }>('/public/photos/:id', hide, async (request, reply) => {
    const data = await readPublicPhoto(ctx, idOf(request.params.id), request.query.thumb ? 'thumb' : 'full');
    return reply.header('Content-Type', 'image/jpeg').header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'public, max-age=3600').send(data);
  });
}
