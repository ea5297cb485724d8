import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { html } from './portal-html';
import { renderPortalPage } from './portal-layout';

/** A positive integer id from a public page's path, else a 404 page (a guessed or mistyped address). */
export function portalPageId(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('NOT_FOUND', '页面不存在。');
  return id;
}

/**
 * A citizen gets a page, not JSON: 404 "不存在或尚未公开" (with a way back) for anything missing or unpublished, a
 * plain apology otherwise (logged). Set on a plugin of public pages; `back` is where its 404 page points.
 */
export function handlePortalPageErrors(app: FastifyInstance, back: { href: string; label: string }): void {
  app.setErrorHandler((error, request, reply) => {
    const isMissing = error instanceof AppError && error.statusCode === 404;
    if (!isMissing) request.log.error(error);
    const body = isMissing
      ? html`<h1>页面不存在</h1><div class="card"><p>该页面不存在或尚未公开。</p><p><a href="${back.href}">${back.label}</a></p></div>`
      : html`<h1>暂时无法显示</h1><div class="card"><p>系统繁忙，请稍后刷新重试。</p></div>`;
    return reply
      .status(isMissing ? 404 : 500)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPortalPage({ title: isMissing ? '页面不存在' : '暂时无法显示', body, script: null }));
  });
}
