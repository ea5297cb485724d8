import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { handlePortalPageErrors, portalPageId } from './portal-page-errors';
import { renderPortalPage, portalScriptPath, sendPortalHtml } from './portal-layout';
import { planPageBody, plansPageBody, projectPageBody } from './portal.pages';
import { getPublicPlan, getPublicProject, listPublishedPlans, readPublicPhoto } from './portal.service';

/**
 * The public portal's pages (no sign-in): server-rendered HTML with their content in the first response, cacheable
 * for a minute, plus the published photos. They live outside /api, so the API's access rules do not apply: every
 * read here goes through the public read model (portal.service), which returns only what was published.
 */
export async function portalRoutes(app: FastifyInstance, opts: { ctx: AppContext }) {
  const { ctx } = opts;
  const script = () => portalScriptPath(ctx.config.webDir);
  const hide = { schema: { hide: true } };
  handlePortalPageErrors(app, { href: '/public', label: '返回全部清单' });

  app.get('/public', hide, async (request, reply) => {
    const plans = await listPublishedPlans(ctx);
    return sendPortalHtml(request, reply, renderPortalPage({ title: '民生实事清单', body: plansPageBody(plans), script: script() }));
  });

  app.get<{ Params: { id: string } }>('/public/plans/:id', hide, async (request, reply) => {
    const data = await getPublicPlan(ctx, portalPageId(request.params.id));
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
    const data = await getPublicProject(ctx, portalPageId(request.params.id));
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
    const data = await readPublicPhoto(ctx, portalPageId(request.params.id), request.query.thumb ? 'thumb' : 'full');
    return reply.header('Content-Type', 'image/jpeg').header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'public, max-age=3600').send(data);
  });
}
