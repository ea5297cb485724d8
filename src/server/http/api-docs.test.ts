import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser } from '../test-support/factories';
import { createTestApp } from '../test-support/test-app';
import type { TestApp } from '../test-support/test-app';

describe('/api/docs in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses anonymous visitors the API map and shows it to a signed-in user', async () => {
    for (const url of ['/api/docs', '/api/docs/json', '/api/docs/static/index.html']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.message).toBe('请先登录后查看接口文档。');
    }
    const admin = await adminSession(t);
    const docs = await t.as(admin, 'GET', '/api/docs/json');
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths).length).toBeGreaterThan(50);
    // a deputy (人大代表) account votes; the back office's API map is not for it
    const deputy = await buildUser(t, 'deputy', null);
    expect((await t.as(deputy, 'GET', '/api/docs/json')).statusCode).toBe(403);
  });
});
