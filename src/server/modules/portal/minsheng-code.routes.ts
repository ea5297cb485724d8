import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import { projectCodeUrl, qrPng, qrSvgFile, qrSvgInline, siteOrigin } from './minsheng-code';
import { findBoardProject } from './minsheng-code.repo';
import { listApprovedChanges } from './portal.repo';
import { describeChange } from './public-change';
import { html } from './portal-html';
import { renderPortalPage, sendPortalHtml } from './portal-layout';
import { renderSiteBoard } from './site-board.html';

// The code of a project does not change while its plan stays published; an hour of caching spares the server.
const CODE_CACHE = 'public, max-age=3600';

/**
 * 民生码 (public, only for an active project of a published plan): the QR code as PNG and SVG, and the printable
 * A4 site board (民生实事公示牌). The code holds the absolute address of the project's public page with ?from=qr.
 */
export async function minshengCodeRoutes(instance: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { ctx } = opts;

  const load = async (request: FastifyRequest, projectId: number) => {
    const project = await findBoardProject(ctx.db, projectId);
    if (!project) throw notFound('公开项目');
    return { project, url: projectCodeUrl(siteOrigin(ctx.config, request), project.id) };
  };

  app.get('/public/projects/:id/qr.png', { schema: { hide: true, params: idParamsSchema } }, async (request, reply) => {
    const { url } = await load(request, request.params.id);
    return reply
      .type('image/png')
      .header('Cache-Control', CODE_CACHE)
      .send(await qrPng(url));
  });

  app.get('/public/projects/:id/qr.svg', { schema: { hide: true, params: idParamsSchema } }, async (request, reply) => {
    const { url } = await load(request, request.params.id);
    return reply
      .type('image/svg+xml; charset=utf-8')
      .header('Cache-Control', CODE_CACHE)
      .send(await qrSvgFile(url));
  });

  app.get('/public/projects/:id/board', { schema: { hide: true, params: idParamsSchema } }, async (request, reply) => {
    const found = await findBoardProject(ctx.db, request.params.id);
    // a person opened this address: a page, as the other public pages answer it
    if (!found) {
      const body = html`<h1>页面不存在</h1><div class="card"><p>该项目不存在或尚未公开。</p><p><a href="/public">返回全部清单</a></p></div>`;
      return reply
        .status(404)
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(renderPortalPage({ title: '页面不存在', body, script: null }));
    }
    const project = found;
    const url = projectCodeUrl(siteOrigin(ctx.config, request), project.id);
    const units = (await loadProjectUnits(ctx.db, [project.id])).get(project.id) ?? [];
    const changes = (await listApprovedChanges(ctx.db, project.id)).map(describeChange);
    const page = renderSiteBoard({
      year: project.planYear,
      planTitle: project.planTitle,
      issuer: project.planIssuer,
      projectName: project.name,
      promise: project.content,
      changes,
      leadUnits: units.filter((u) => u.role === 'lead').map((u) => u.name),
      coUnits: units.filter((u) => u.role === 'co').map((u) => u.name),
      deadline: project.deadline,
      pageUrl: url,
      qrSvg: await qrSvgInline(url, `${project.name}的民生码，扫码打开项目公开页`),
    });
    return sendPortalHtml(request, reply, page);
  });
}
