import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminSession, buildPlan, buildUnitUser } from '../../test-support/factories';
import { startRobotReceiver, startSmtpReceiver } from '../../test-support/notification-receivers';
import { buildWeek } from '../../test-support/reporting.factories';
import { createTestApp, testedDialects } from '../../test-support/test-app';
import type { TestApp } from '../../test-support/test-app';
import { startNotificationWorker } from '../notifications/delivery-worker';
import { runReminders } from './reminders.service';

/** 2030-W10: Monday 4 March, due Friday 8 March 18:00; Thursday 7 March is the working day before. */
const WEEK = '2030-W10';
const NOW = new Date('2030-03-07T10:00:00+08:00');
const SECRETS = { r1: 'SECrem00000001', r2: 'SECrem00000002', r3: 'SECrem00000003', r4: 'SECrem00000004' };
const quiet = { info: () => {}, error: () => {} };

async function waitFor(what: string, check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

for (const dialect of testedDialects()) {
  describe(`scheduled reminders from two instances [${dialect}]`, () => {
    let receiver: Awaited<ReturnType<typeof startRobotReceiver>>;
    let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
    let a: TestApp;
    let b: TestApp;

    beforeAll(async () => {
      receiver = await startRobotReceiver(SECRETS);
      smtp = await startSmtpReceiver();
      const env = {
        SMTP_URL: smtp.url,
        SMTP_FROM: 'minsheng@test.local',
        ROBOT_HTTP_HOSTS: '127.0.0.1',
        MINSHENG_SECRET_KEY: 'cd'.repeat(32),
        NOTIFY_ROBOT_WINDOW_MS: '0',
        NOTIFY_RETRY_BASE_MS: '20',
        NOTIFY_MAX_ATTEMPTS: '3',
        PUBLIC_URL: 'https://minsheng.example.gov.cn',
      };
      a = await createTestApp(dialect, env);
      b = await createTestApp(dialect, env, { shareDatabaseOf: a });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await receiver?.close();
      await smtp?.close();
    });

    /** The lead unit's 联络员 with e-mail and mobile, and the unit's signed 钉钉 robot at /ding/<robot>. */
    async function reachable(unitId: number, robot: keyof typeof SECRETS) {
      const admin = await adminSession(a);
      const unit = await buildUnitUser(a, unitId);
      const prefs = await a.as(unit, 'PUT', '/api/v1/me/notification-preferences', {
        email: `${unit.username}@unit.example.cn`,
        emailEnabled: true,
        mobile: '13900139000',
        quietStart: null,
        quietEnd: null,
      });
      expect(prefs.statusCode).toBe(200);
      const set = await a.as(admin, 'PUT', `/api/v1/units/${unitId}/robot-settings`, {
        channel: 'dingtalk',
        enabled: true,
        webhook: `${receiver.base}/ding/${robot}?access_token=tok${unit.username}`,
        secret: SECRETS[robot],
      });
      expect(set.statusCode).toBe(200);
      return unit;
    }

    it('the weekly reminder reaches each lead unit once in-app, by e-mail and by signed 钉钉 message; submitted and past plans get none', async () => {
      // the clock reads Thursday 7 March 2030 (only Date is faked, timers run): the unit can submit that week
      vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
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

      const workers = [
        startNotificationWorker(a.ctx, quiet, { id: 'instance-a', pollMs: 20 }),
        startNotificationWorker(b.ctx, quiet, { id: 'instance-b', pollMs: 20 }),
      ];
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

        const mailsTo = (u: { username: string }) => smtp.mails.filter((m) => m.to.includes(`${u.username}@unit.example.cn`));
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
        await Promise.all(workers.map((w) => w.stop()));
      }
    });
  });
}
