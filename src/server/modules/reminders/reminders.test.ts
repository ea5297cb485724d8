import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminSession, buildPlan } from '../../test-support/factories';
import { mailOf, reachableUnitUser, startWorkers, stopWorkers, useNotificationWorld, waitFor } from '../../test-support/notification-world';
import { buildWeek } from '../../test-support/reporting.factories';
import { testedDialects } from '../../test-support/test-app';
import { runReminders } from './reminders.service';

/** 2030-W10: Monday 4 March, due Friday 8 March 18:00; Thursday 7 March is the working day before. */
const WEEK = '2030-W10';
const NOW = new Date('2030-03-07T10:00:00+08:00');
const SECRETS = { r1: 'SECrem00000001', r2: 'SECrem00000002', r3: 'SECrem00000003', r4: 'SECrem00000004' };

for (const dialect of testedDialects()) {
  describe(`scheduled reminders from two instances [${dialect}]`, () => {
    const w = useNotificationWorld(dialect, SECRETS);
    afterEach(() => {
      vi.useRealTimers();
    });

    /** The lead unit's 联络员 with e-mail and mobile, and the unit's signed 钉钉 robot at /ding/<robot>. */
    const reachable = (unitId: number, robot: keyof typeof SECRETS) => reachableUnitUser(w, unitId, `/ding/${robot}`, SECRETS[robot], '13900139000');

    it('the weekly reminder reaches each lead unit once in-app, by e-mail and by signed 钉钉 message; submitted and past plans get none', async () => {
      // the clock reads Thursday 7 March 2030 (only Date is faked, timers run): the unit can submit that week
      vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
      const { a, b, receiver, smtp } = w;
      const admin = await adminSession(a);
      const plan = await buildPlan(a, {
        year: 2030,
        lockBaseline: true,
        projects: ['甲', '乙', '丙'].map((k) => ({ lead: `提醒测试${k}局${dialect}${Date.now() % 100000}` })),
      });
      const [p1, p2, done] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0], (typeof plan.projects)[0]];
      const u1 = await reachable(p1.leadUnitId, 'r1');
      const u2 = await reachable(p2.leadUnitId, 'r2');
      const u3 = await reachable(done.leadUnitId, 'r3');
      await buildWeek(a, u3, admin, done.id, WEEK, { actual: 10, status: 'submitted' });
      const past = await buildPlan(a, { year: 2024, lockBaseline: true });
      const u4 = await reachable(past.projects[0]!.leadUnitId, 'r4');

      const workers = startWorkers(w);
      try {
        // both processes run the job at the same moment (SQLite in one test process: better-sqlite3 is synchronous, so a
        // connection waiting for the write lock would block the other; separate processes wait on busy_timeout), and
        // once more (a catch-up after a restart)
        const runs =
          dialect === 'postgres'
            ? await Promise.all([runReminders(a.ctx, NOW), runReminders(b.ctx, NOW)])
            : [await runReminders(a.ctx, NOW), await runReminders(b.ctx, NOW)];
        const again = await runReminders(b.ctx, NOW);
        expect(runs[0]!.created + runs[1]!.created).toBe(2);
        expect(again.created).toBe(0);

        const mailsTo = (u: { username: string }) => smtp.mails.filter((m) => m.to.includes(mailOf(u)));
        const hitsOf = (robot: string) => receiver.hits.filter((h) => h.path === `/ding/${robot}`);
        await waitFor('two e-mails', () => mailsTo(u1).length > 0 && mailsTo(u2).length > 0);
        await waitFor('two 钉钉 messages', () => hitsOf('r1').length > 0 && hitsOf('r2').length > 0);
        await new Promise((r) => setTimeout(r, 400)); // both workers keep polling: nothing more arrives
        for (const [u, robot, p] of [
          [u1, 'r1', p1],
          [u2, 'r2', p2],
        ] as const) {
          expect(mailsTo(u)).toHaveLength(1);
          expect(hitsOf(robot)).toHaveLength(1);
          const hit = hitsOf(robot)[0]!;
          expect(hit.signatureOk).toBe(true);
          expect(hit.body.markdown?.text).toContain(p.name);
          expect(hit.body.markdown?.text).toContain('3月8日 18:00');
          expect(hit.body.markdown?.text).toContain(`https://minsheng.example.gov.cn/projects/${p.id}/weekly/${WEEK}`);
          const list = (await b.as(u, 'GET', '/api/v1/notifications')).json();
          expect(list.items).toHaveLength(1);
          expect(list.items[0]).toMatchObject({ kind: 'weekly_due_soon', kindLabel: '周台账即将截止', link: `/projects/${p.id}/weekly/${WEEK}` });
          expect(list.items[0].title).toContain('3月8日 18:00');
        }
        // submitted already, and a plan whose year is over: nothing
        for (const [u, robot] of [
          [u3, 'r3'],
          [u4, 'r4'],
        ] as const) {
          expect(mailsTo(u)).toHaveLength(0);
          expect(hitsOf(robot)).toHaveLength(0);
          expect((await a.as(u, 'GET', '/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
        }
      } finally {
        await stopWorkers(workers);
      }
    });
  });
}
