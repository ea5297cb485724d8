import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PORTAL_CSS } from './portal.css';
import type { SafeHtml } from './portal-html';
import { html, raw } from './portal-html';

const scriptPaths = new Map<string, string | null>();

/**
 * The hashed file of the public bundle (src/public/portal.ts) from the build manifest; null without a build
 * (the pages still work: everything but the widgets is in the HTML).
 */
export function portalScriptPath(webDir: string): string | null {
  const known = scriptPaths.get(webDir);
  if (known !== undefined) return known;
  let found: string | null = null;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(webDir, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string; name?: string; isEntry?: boolean }
    >;
    const entry = Object.values(manifest).find((m) => m.isEntry && m.name === 'portal');
    found = entry ? `/${entry.file}` : null;
  } catch {
    found = null;
  }
  scriptPaths.set(webDir, found);
  return found;
}

export interface PortalPage {
  title: string;
  description?: string;
  body: SafeHtml;
  crumbs?: { href: string; label: string }[];
  /** the public bundle's path (portalScriptPath) */
  script?: string | null;
}

/** A whole public page: light, server-rendered, readable without its script. */
export function renderPortalPage(page: PortalPage): string {
  const crumbs = page.crumbs?.length
    ? html`<nav aria-label="位置"><p class="crumbs">${page.crumbs.map((c, i) => html`${i > 0 ? ' › ' : ''}<a href="${c.href}">${c.label}</a>`)}</p></nav>`
    : '';
  return `<!doctype html>${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · 民生实事公开</title>
<meta name="description" content="${page.description ?? '重点民生实事项目进展向群众公开：每一项承诺、进度、变更和群众评价。'}">
<style>${raw(PORTAL_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site"><div class="in"><a href="/public">民生实事 · 向群众公开</a>
<nav aria-label="公众门户"><a href="/public/proposals">意见征集</a><a href="/public/open-data">公开数据</a></nav></div></header>
<main id="main">${crumbs}${page.body}</main>
<footer class="site"><div class="in"><a href="/public">全部清单</a><a href="/public/open-data">公开数据</a><a href="/public/proposals">意见征集</a><a href="/login">工作人员登录</a>
<p>本页数据来自督查室审核通过的工作台账；项目承诺如经批准变更，原承诺与变更理由一并公开。</p></div></footer>
${page.script ? html`<script type="module" src="${page.script}"></script>` : ''}
</body>
</html>`}`;
}

/**
 * Answer a public page: cacheable by browsers and proxies for a short time (a WeChat spike is served from caches),
 * a weak ETag of the body, 304 when the client has it already.
 */
export function sendPortalHtml(request: FastifyRequest, reply: FastifyReply, body: string, maxAgeSeconds = 60) {
  const etag = `W/"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  reply
    .header('Cache-Control', `public, max-age=${maxAgeSeconds}, stale-while-revalidate=300`)
    .header('ETag', etag)
    .header('Vary', 'Accept-Encoding')
    .header('X-Content-Type-Options', 'nosniff');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type('text/html; charset=utf-8').send(body);
}
