import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import { DEMO_PASSWORD, seedDemoData } from './demo-data';
import { SAMPLE_NOTICE } from './first-start';

const DEMO_START = new Date('2024-10-15T00:00:00+08:00').toISOString();

interface Notice {
  id: number;
  number: string;
  status: string;
  escalated: boolean;
  issuedAt: string;
  unitId: number;
  permissions: { canSign: boolean; canRespond: boolean; canReview: boolean };
}

describeEachDialect(
  'demo data: 督办单 (MINSHENG_SAMPLE=demo)',
  (t) => {
    it('has 督办单 in every state, one escalated to 挂牌督办, issued before the demo date, each with its timeline; a second run adds none', async () => {
      const planId = (await t().ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
      const office = await t().login('demo-supervisor', DEMO_PASSWORD);
      const { items } = (await t().as(office, 'GET', `/api/v1/plans/${planId}/supervision-notices`)).json<{ items: Notice[] }>();
      expect(new Set(items.map((n) => n.status))).toEqual(new Set(['issued', 'signed', 'responded', 'returned', 'closed']));
      expect(items.map((n) => n.number).sort()).toEqual(['督办〔2024〕1号', '督办〔2024〕2号', '督办〔2024〕3号', '督办〔2024〕4号', '督办〔2024〕5号']);
      expect(items.filter((n) => n.escalated)).toHaveLength(1);
      expect(items.every((n) => n.issuedAt < DEMO_START)).toBe(true);
      expect(items.find((n) => n.status === 'responded')!.permissions.canReview).toBe(true);
      for (const n of items) {
        const detail = (await t().as(office, 'GET', `/api/v1/supervision-notices/${n.id}`)).json();
        expect(detail.timeline[0].action).toBe('issue');
        expect(detail.version).toBe(detail.timeline.length);
      }
      // the unit the 待签收 notice is addressed to may sign it
      const issued = items.find((n) => n.status === 'issued')!;
      const unitUser = await t()
        .ctx.db.selectFrom('user')
        .select('username')
        .where('unit_id', '=', issued.unitId)
        .where('role', '=', 'unit_staff')
        .executeTakeFirstOrThrow();
      const unit = await t().login(unitUser.username, DEMO_PASSWORD);
      expect((await t().as(unit, 'GET', `/api/v1/supervision-notices/${issued.id}`)).json().permissions.canSign).toBe(true);

      await seedDemoData(t().ctx, t().config, { info: () => {}, warn: () => {} }, SAMPLE_NOTICE);
      expect((await t().as(office, 'GET', `/api/v1/plans/${planId}/supervision-notices`)).json().total).toBe(5);
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
