import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import { DEMO_PASSWORD } from './demo-data';

describeEachDialect(
  'demo data: the public portal (MINSHENG_SAMPLE=demo)',
  (t) => {
    it('publishes the 2024 plan: 27 projects as the ledger shows them, project 1 with 原承诺 110座 beside its approved change, published photos', async () => {
      const get = (url: string) => t().app.inject({ method: 'GET', url });
      const plan = await t().ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow();
      expect((await get('/')).headers.location).toBe('/public');
      expect((await get('/public')).body).toContain(`/public/plans/${plan.id}`);
      const page = (await get(`/public/plans/${plan.id}`)).body;
      const office = await t().login('demo-supervisor', DEMO_PASSWORD);
      const ledger = (await t().as(office, 'GET', `/api/v1/plans/${plan.id}/ledger`)).json<{
        asOf: string;
        items: { projectId: number; progress: number }[];
      }>();
      expect(ledger.items).toHaveLength(27);
      expect(page.match(/data-project-seq=/g)).toHaveLength(27);
      expect(page).toContain('进度截至 2024年10月15日');
      for (const item of ledger.items) expect(page).toContain(`/public/projects/${item.projectId}`);

      const first = await t().ctx.db.selectFrom('project').select('id').where('seq', '=', 1).executeTakeFirstOrThrow();
      const project = (await get(`/public/projects/${first.id}`)).body;
      expect(project).toMatch(/<td>110座<\/td><td>120座/);
      expect(project).toContain('原承诺 110座 → 变更为 120座');
      expect(project).toContain('群众充电需求旺盛');
      // the printed site board says so too
      const board = (await get(`/public/projects/${first.id}/board`)).body;
      expect(board).toMatch(/<dt>经批准变更<\/dt><dd>[^<]*原承诺 110座，变更为 120座（[^<]*群众充电需求旺盛/);
      const photo = /\/public\/photos\/(\d+)\?thumb=1/.exec(project);
      expect(photo).not.toBeNull();
      expect((await get(`/public/photos/${photo![1]}`)).statusCode).toBe(200);
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
