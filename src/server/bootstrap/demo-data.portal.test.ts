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

    it('has citizens: answered comments under project 1, two waiting for moderation, ratings of this quarter and 回访整改 tasks', async () => {
      const plan = await t().ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow();
      const first = await t().ctx.db.selectFrom('project').select('id').where('seq', '=', 1).executeTakeFirstOrThrow();
      const shown = (await t().app.inject({ method: 'GET', url: `/api/v1/public/projects/${first.id}/comments` })).json().items;
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatchObject({ name: '张**', reply: { text: expect.stringContaining('卫生院东侧') } });
      const office = await t().login('demo-supervisor', DEMO_PASSWORD);
      const managed = (await t().as(office, 'GET', `/api/v1/plans/${plan.id}/public-comments`)).json();
      expect(managed.counts).toMatchObject({ pending: 2, approved: 2 });
      const summary = (await t().as(office, 'GET', `/api/v1/plans/${plan.id}/satisfaction`)).json();
      expect(summary.items).toHaveLength(27);
      expect(summary.items.map((i: { total: number }) => i.total).filter((n: number) => n < 5)).toEqual([]);
      const followUps = (await t().as(office, 'GET', `/api/v1/plans/${plan.id}/rating-follow-ups`)).json().items;
      expect(followUps.map((f: { reason: string }) => f.reason).sort()).toEqual(
        ['老年食堂开了但离家太远，希望在村里设个助餐点。', '路修好了但路灯还没装，晚上走路不安全。'].sort(),
      );
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
