import { expect, it } from 'vitest';
import Fastify from 'fastify';
import { describeEachDialect } from '../test-support/test-app';
import { checkApiRoute } from './route-contract';

describeEachDialect('the route contract', (t) => {
  it('lists every /api/v1 JSON route in OpenAPI with its 200 response schema', async () => {
    const res = await t().as(null, 'GET', '/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> }>();
    const routes = t().app.apiRoutes;
    expect(routes.length).toBeGreaterThan(100);
    const openApiPath = (url: string) => url.replace(/:(\w+)(\([^)]*\))?/g, '{$1}');
    const withoutSchema = routes
      .filter((r) => !r.download)
      .flatMap((r) => r.method.split(',').map((m) => ({ m: m.toLowerCase(), url: openApiPath(r.url) })))
      .filter(({ m, url }) => !doc.paths[url]?.[m]?.responses?.['200'])
      .map(({ m, url }) => `${m} ${url}`);
    expect(withoutSchema).toEqual([]);
  });
});

it('refuses at startup an /api/v1 route without a response schema, and accepts a declared download', async () => {
  const app = Fastify();
  app.addHook('onRoute', (route) => void checkApiRoute(route));
  expect(() => app.get('/api/v1/things', { config: { access: 'authenticated' } }, async () => ({}))).toThrow(/declares no 200 response schema/);
  expect(() => app.get('/api/v1/nothing', {}, async () => ({}))).toThrow(/declares no access rule/);
  expect(() => app.get('/api/v1/things.xlsx', { config: { access: 'authenticated', download: true } }, async () => '')).not.toThrow();
  await app.close();
});
