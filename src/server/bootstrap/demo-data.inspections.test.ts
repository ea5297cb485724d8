import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import { DEMO_PASSWORD, seedDemoData } from './demo-data';
import { SAMPLE_NOTICE } from './first-start';

describeEachDialect(
  'demo data: inspections (督导检查) of the 2024 demo',
  (t) => {
    it('shows the June 专项督查 closed and the September 暗访 with one rectification past its deadline (逾期) as of the demo date, photos located', async () => {
      const office = await t().login('demo-supervisor', DEMO_PASSWORD);
      const plan = await t().ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow();
      const list = (await t().as(office, 'GET', `/api/v1/plans/${plan.id}/inspections`)).json();
      expect(list.items.map((i: { date: string; kindLabel: string }) => `${i.date} ${i.kindLabel}`)).toEqual(['2024-09-10 暗访', '2024-06-18 专项督查']);
      // judged as of the demo's 台账截止日 2024-10-15 (not the real today): 2024-09-20 has passed, 2024-10-31 not yet
      expect(list.items[0]).toMatchObject({ findingCount: 3, openRectificationCount: 2, overdueRectificationCount: 1 });
      expect(list.items[1]).toMatchObject({ findingCount: 2, openRectificationCount: 0, overdueRectificationCount: 0 });

      const june = (await t().as(office, 'GET', `/api/v1/inspections/${list.items[1].id}`)).json();
      expect(
        june.findings.map((f: { rectification: { statusLabel: string; returnCount: number } }) => [f.rectification.statusLabel, f.rectification.returnCount]),
      ).toEqual([
        ['已销号', 0],
        ['已销号', 1],
      ]);
      expect(june.findings[0].photos[0]).toMatchObject({ locationSource: 'exif', lat: 35.4021, lng: 116.6215 });
      expect((await t().as(office, 'GET', june.findings[0].photos[0].thumbUrl)).statusCode).toBe(200);

      // the road project's lead unit finds its overdue rectification in 我的待办
      const overdue = (await t().as(office, 'GET', `/api/v1/inspections/${list.items[0].id}`)).json().findings[0].rectification;
      expect(overdue).toMatchObject({ isOverdue: true, status: 'open', deadline: '2024-09-20' });
      const staff = await t()
        .ctx.db.selectFrom('user')
        .select('username')
        .where('unit_id', '=', overdue.unitId)
        .where('role', '=', 'unit_staff')
        .where('username', 'like', 'demo-%')
        .executeTakeFirstOrThrow();
      const unit = await t().login(staff.username, DEMO_PASSWORD);
      const mine = (await t().as(unit, 'GET', '/api/v1/me/rectifications')).json();
      expect(mine.items[0]).toMatchObject({ id: overdue.id, isOverdue: true, permissions: { canRespond: true } });
    });

    it('adds no inspection the second time (idempotent)', async () => {
      const count = async () =>
        Number(
          (
            await t()
              .ctx.db.selectFrom('inspection_finding')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      expect(before).toBe(5);
      await seedDemoData(t().ctx, t().config, { info: () => {}, warn: () => {} }, SAMPLE_NOTICE);
      expect(await count()).toBe(before);
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
