import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import { DEMO_PASSWORD, seedDemoData } from './demo-data';
import { SAMPLE_NOTICE } from './first-start';
import { runXunDigests } from '../jobs/xun-digest.job';
import { runReminders } from '../modules/reminders/reminders.service';

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

    it('sends no reminder and makes no 旬 digest for the finished 2024 demo: not today, nor in 2024 after its 台账截止日', async () => {
      const count = async () => (await t().ctx.db.selectFrom('notification_event').select('id').execute()).length;
      const before = await count();
      // a Thursday before a weekly deadline, the day before 月报 is due, and the real today
      for (const now of ['2024-10-24T10:00:00+08:00', '2024-11-22T10:00:00+08:00', new Date().toISOString()]) {
        expect(await runReminders(t().ctx, new Date(now)), now).toEqual({ created: 0, existing: 0 });
      }
      expect(await runXunDigests(t().ctx, new Date('2024-11-01T08:30:00+08:00'))).toMatchObject({ noRunningPlan: true, created: [] });
      expect(await count()).toBe(before);
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
