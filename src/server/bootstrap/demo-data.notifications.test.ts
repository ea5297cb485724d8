import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import { DEMO_PASSWORD, seedDemoData } from './demo-data';
import { SAMPLE_NOTICE } from './first-start';

interface Item {
  kind: string;
  title: string;
  link: string;
  createdAt: string;
}

describeEachDialect(
  'demo data: the bell (MINSHENG_SAMPLE=demo)',
  (t) => {
    it('tells each unit of its open 督办单, 整改要求 and returned weekly updates, dated before the demo date; a second run adds none', async () => {
      const db = t().ctx.db;
      const notice = await db.selectFrom('supervision_notice').select(['unit_id', 'seq']).where('status', '=', 'issued').executeTakeFirstOrThrow();
      const staff = await db
        .selectFrom('user')
        .select('username')
        .where('unit_id', '=', notice.unit_id)
        .where('role', '=', 'unit_staff')
        .where('username', 'like', 'demo-%')
        .executeTakeFirstOrThrow();
      const unit = await t().login(staff.username, DEMO_PASSWORD);
      expect((await t().as(unit, 'GET', '/api/v1/notifications/unread-count')).json().unread).toBeGreaterThan(0);
      const items = (await t().as(unit, 'GET', '/api/v1/notifications')).json<{ items: Item[] }>().items;
      const issued = items.find((i) => i.kind === 'supervision_notice_issued' && i.title.startsWith(`督办〔2024〕${notice.seq}号`));
      expect(issued).toMatchObject({ link: expect.stringMatching(/^\/plans\/\d+\/supervision$/) });
      expect(items.every((i) => i.createdAt < '2024-10-15T16:00:00.000Z')).toBe(true);

      const returned = await db.selectFrom('weekly_update').select('id').where('status', '=', 'returned').where('is_current', '=', 1).execute();
      const events = await db.selectFrom('notification_event').select(['kind']).where('dedupe_key', 'like', 'demo:%').execute();
      expect(events.filter((e) => e.kind === 'weekly_returned').length).toBeGreaterThanOrEqual(returned.length);
      expect(events.some((e) => e.kind === 'rectification_requested')).toBe(true);

      await seedDemoData(t().ctx, t().config, { info: () => {}, warn: () => {} }, SAMPLE_NOTICE);
      expect(await db.selectFrom('notification_event').select('id').where('dedupe_key', 'like', 'demo:%').execute()).toHaveLength(events.length);
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
