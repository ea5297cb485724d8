import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

/** Serve the built web app; unknown non-API GETs get index.html so client-side routes work on reload. */
export const webPlugin = fp(async (app: FastifyInstance, opts: { webDir: string }) => {
  const hasBuild = fs.existsSync(path.join(opts.webDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: opts.webDir,
      wildcard: false,
      index: false,
      // File names under assets/ carry a content hash, so they can be cached for long.
      setHeaders: (res, filePath) => {
        res.header('Cache-Control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing script or style must be a plain 404, not the app page (browsers report that confusingly).
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/open/') || request.url === '/healthz' || request.url.startsWith('/assets/');
    if (isApi || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: '请求的地址不存在，请检查地址。' } });
    }
    // a visitor without a session opening the address is a citizen: the public portal is the front door
    if ((request.url === '/' || request.url.startsWith('/?')) && !request.cookies?.ms_session) return reply.redirect('/public');
    if (!hasBuild) {
      return reply.status(503).type('text/plain; charset=utf-8').send('网页尚未构建：请先运行 npm run build（npm start 会自动构建）。');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
});
