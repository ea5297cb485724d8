import { describe, expect, it } from 'vitest';
import { adminSession, buildProject, buildUnitUser, buildUser } from '../../test-support/factories';
import type { UnitUser } from '../../test-support/factories';
import { mailOf, reachableUnitUser, startWorkers, stopWorkers, useNotificationWorld, waitFor } from '../../test-support/notification-world';
import { buildWeek } from '../../test-support/reporting.factories';
import { testedDialects } from '../../test-support/test-app';
import type { TestApp } from '../../test-support/test-app';
import { runDeliveries } from './delivery-worker';
import { enqueueNotification } from './enqueue';

const WEEK = '2024-W23';
const SECRETS = { a: 'SECa1b2c3d4e5f6', b: 'SECfeedbeef0042', merge: 'SECmerge000001' };

for (const dialect of testedDialects()) {
  describe(`notifications: outbox, two instances, e-mail and robots [${dialect}]`, () => {
    const w = useNotificationWorld(dialect, SECRETS);

    /** A project whose lead unit has one 联络员 with e-mail and the unit's 钉钉 robot at `robotPath`. */
    async function setup(robotPath: string, secret: string | null) {
      const p = await buildProject(w.a, { lockBaseline: true });
      const admin = await adminSession(w.a);
      const unit = await reachableUnitUser(w, p.leadUnitId, robotPath, secret);
      return { p, admin, unit };
    }

    /** The unit's week submitted, then returned by the 督查室 through instance B: the user sees 200. */
    async function returnWeek(p: { id: number }, admin: Awaited<ReturnType<typeof adminSession>>, unit: UnitUser) {
      const week = await buildWeek(w.a, unit, admin, p.id, WEEK, { actual: 40, status: 'submitted' });
      const returned = await w.b.as(admin, 'POST', `/api/v1/weekly/${week.updateId}/return`, { comment: '照片不清晰，请补充现场照片' });
      expect(returned.statusCode).toBe(200);
      expect(returned.json().status).toBe('returned');
      return week;
    }

    it('a returned weekly update reaches the lead unit exactly once in-app, by e-mail and by signed 钉钉 message, with two instances delivering', async () => {
      const { a, b, receiver, smtp } = w;
      const { p, admin, unit } = await setup('/ding/a', SECRETS.a);
      const workers = startWorkers(w);
      try {
        await returnWeek(p, admin, unit);
        const mine = () => receiver.hits.filter((h) => h.body.markdown?.text?.includes(p.name));
        const address = mailOf(unit);
        const mails = () => smtp.mails.filter((m) => m.to.includes(address));
        await waitFor('the 钉钉 message', () => mine().length > 0);
        await waitFor('the e-mail', () => mails().length > 0);
        await new Promise((r) => setTimeout(r, 300)); // both workers keep polling: nothing more arrives
        expect(mails()).toHaveLength(1);
        expect(mails()[0]!.data).toContain('Subject:');
        expect(mine()).toHaveLength(1);
        const [hit] = mine();
        expect(hit!.path).toBe('/ding/a');
        expect(hit!.signatureOk).toBe(true);
        expect(hit!.body.msgtype).toBe('markdown');
        expect(hit!.body.markdown?.text).toContain('照片不清晰');
        expect(hit!.body.markdown?.text).toContain(`https://minsheng.example.gov.cn/projects/${p.id}/weekly/${WEEK}`);
        expect(hit!.body.at?.atMobiles).toEqual(['13800138000']);
      } finally {
        await stopWorkers(workers);
      }
      // the bell and the list, on either instance
      expect((await b.as(unit, 'GET', '/api/v1/notifications/unread-count')).json()).toEqual({ unread: 1 });
      const list = (await a.as(unit, 'GET', '/api/v1/notifications')).json();
      expect(list.items.filter((n: { kind: string }) => n.kind === 'weekly_returned')).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ kind: 'weekly_returned', kindLabel: '周台账被退回', link: `/projects/${p.id}/weekly/${WEEK}`, readAt: null });
      const read = await a.as(unit, 'POST', `/api/v1/notifications/${list.items[0].id}/read`, {});
      expect(read.json()).toEqual({ unread: 0 });
      // another user cannot mark it
      const other = await buildUnitUser(a, p.leadUnitId);
      expect((await a.as(other, 'POST', `/api/v1/notifications/${list.items[0].id}/read`, {})).statusCode).toBe(404);
    });

    it('holds e-mail and robot messages during quiet hours while the in-app item arrives at once', async () => {
      const { a, receiver, smtp } = w;
      const { p, admin, unit } = await setup('/ding/b', SECRETS.b);
      const hhmm = (offsetMin: number) => new Date(Date.now() + 8 * 3_600_000 + offsetMin * 60_000).toISOString().slice(11, 16);
      const prefs = await a.as(unit, 'PUT', '/api/v1/me/notification-preferences', {
        email: `${unit.username}@unit.example.cn`,
        emailEnabled: true,
        quietStart: hhmm(-60),
        quietEnd: hhmm(60),
      });
      expect(prefs.statusCode).toBe(200);
      const robot = await a.as(admin, 'PUT', `/api/v1/units/${p.leadUnitId}/robot-settings`, {
        channel: 'dingtalk',
        enabled: true,
        quietStart: hhmm(-60),
        quietEnd: hhmm(60),
      });
      expect(robot.json().robots[0]).toMatchObject({ quietStart: hhmm(-60), quietEnd: hhmm(60), hasSecret: true });
      await returnWeek(p, admin, unit);
      await runDeliveries(a.ctx, 'quiet');
      expect(smtp.mails.filter((m) => m.to.includes(`${unit.username}@unit.example.cn`))).toHaveLength(0);
      expect(receiver.hits.filter((h) => h.body.markdown?.text?.includes(p.name))).toHaveLength(0);
      const held = await a.ctx.db
        .selectFrom('notification_delivery')
        .select(['channel', 'status', 'next_attempt_at'])
        .where('unit_id', '=', p.leadUnitId)
        .orderBy('channel')
        .execute();
      expect(held.map((d) => [d.channel, d.status])).toEqual([
        ['dingtalk', 'pending'],
        ['email', 'pending'],
      ]);
      for (const d of held) expect(new Date(d.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
      expect((await a.as(unit, 'GET', '/api/v1/notifications/unread-count')).json().unread).toBe(1);
    });

    it('a co-unit robot answering 500 is retried, then logged as failed, while the weekly submission itself succeeded', async () => {
      const { a, b, receiver } = w;
      const p = await buildProject(a, { lockBaseline: true });
      const admin = await adminSession(a);
      const lead = await buildUnitUser(a, p.leadUnitId);
      const office = await buildUser(a, 'supervisor', null);
      const coUnitId = p.coUnits[0]!.id;
      const co = await reachableUnitUser(w, coUnitId, '/fail/co', null);
      const draft = await buildWeek(a, lead, admin, p.id, WEEK, { actual: 40, status: 'draft' });
      const workers = startWorkers(w);
      try {
        // the lead unit submits through instance B: the user sees 200 whatever the robot answers later
        const submitted = await b.as(lead, 'POST', `/api/v1/weekly/${draft.updateId}/submit`, { version: draft.version });
        expect(submitted.statusCode).toBe(200);
        expect(submitted.json().status).toBe('submitted');
        const row = () =>
          a.ctx.db
            .selectFrom('notification_delivery')
            .select(['status', 'attempts', 'last_error'])
            .where('unit_id', '=', coUnitId)
            .where('channel', '=', 'dingtalk')
            .executeTakeFirst();
        await waitFor('the delivery to fail for good', async () => (await row())?.status === 'failed');
        expect(await row()).toMatchObject({ status: 'failed', attempts: 3 });
      } finally {
        await stopWorkers(workers);
      }
      expect(receiver.hits.filter((h) => h.path === '/fail/co')).toHaveLength(3);
      expect(receiver.hits.find((h) => h.path === '/fail/co')!.body.markdown?.text).toContain(`${p.name}」${WEEK} 周台账已报送`);
      const log = await a.as(admin, 'GET', '/api/v1/admin/notification-deliveries?status=failed');
      expect(log.statusCode).toBe(200);
      const item = log.json().items.find((i: { title: string }) => i.title.includes(p.name));
      expect(item).toMatchObject({ channel: 'dingtalk', status: 'failed', attempts: 3 });
      expect(item.lastError).toContain('HTTP 500');
      expect((await a.as(lead, 'GET', '/api/v1/admin/notification-deliveries')).statusCode).toBe(403);
      // the update is submitted for the unit and for the 督查室
      for (const viewer of [lead, admin, office]) {
        expect((await a.as(viewer, 'GET', `/api/v1/projects/${p.id}/weekly?week=${WEEK}`)).json().status).toBe('submitted');
      }
      // the 督查室 and the co-unit are told in-app, the submitting unit is not
      const expected = {
        kind: 'weekly_submitted',
        kindLabel: '周台账已报送',
        // a week of 2024 submitted now is past its deadline
        title: `项目 ${p.seq}「${p.name}」${WEEK} 周台账已报送（逾期）`,
        body: `${p.leadUnitName}已报送${WEEK}周台账，待督查室审核。`,
        link: `/projects/${p.id}/weekly/${WEEK}`,
        readAt: null,
      };
      for (const told of [office, co]) {
        const list = (await b.as(told, 'GET', '/api/v1/notifications')).json();
        expect(list.items).toHaveLength(1);
        expect(list.items[0]).toMatchObject(expected);
      }
      expect((await a.as(lead, 'GET', '/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
    });

    it('merges a burst to one robot into one digest message', async () => {
      const { a, receiver } = w;
      const { p, unit } = await setup('/ding/merge', SECRETS.merge);
      await a.ctx.db.transaction().execute(async (trx) => {
        for (const n of [1, 2, 3]) {
          await enqueueNotification(trx, {
            kind: 'action_item_due',
            entityId: null,
            projectId: p.id,
            title: `交办事项${n}：${p.name}`,
            body: `第 ${n} 项`,
            link: '/todo',
            recipients: { userIds: [unit.id] },
            createdBy: 'test',
          });
        }
      });
      await runDeliveries(a.ctx, 'burst');
      const mine = receiver.hits.filter((h) => h.path === '/ding/merge');
      expect(mine).toHaveLength(1);
      expect(mine[0]!.body.markdown?.title).toBe('民生实事提醒（3 条）');
      expect(mine[0]!.body.markdown?.text).toContain('交办事项3');
    });

    it('sends a 企业微信 markdown message to the webhook with its key, cut to 4096 bytes on a character boundary', async () => {
      const { a, receiver } = w;
      const p = await buildProject(a);
      const admin = await adminSession(a);
      const unit = await buildUnitUser(a, p.leadUnitId);
      const saved = await a.as(admin, 'PUT', `/api/v1/units/${p.leadUnitId}/robot-settings`, {
        channel: 'wecom',
        enabled: true,
        webhook: `${receiver.base}/wecom/${p.leadUnitId}?key=693a91f6`,
      });
      expect(saved.statusCode).toBe(200);
      await a.ctx.db.transaction().execute((trx) =>
        enqueueNotification(trx, {
          kind: 'bulletin_issued',
          entityId: null,
          title: `通报 ${p.name}`,
          body: '民生实事'.repeat(600),
          link: '/x',
          recipients: { userIds: [unit.id] },
          createdBy: 'test',
        }),
      );
      await runDeliveries(a.ctx, 'wecom');
      const mine = receiver.hits.filter((h) => h.path === `/wecom/${p.leadUnitId}`);
      expect(mine).toHaveLength(1);
      const content = mine[0]!.body.markdown?.content ?? '';
      expect(mine[0]!.body.msgtype).toBe('markdown');
      expect(mine[0]!.key).toBe('693a91f6');
      expect(content).toContain(`通报 ${p.name}`);
      expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(4096);
      expect(Buffer.byteLength(content, 'utf8')).toBeGreaterThan(4000);
      expect(content).not.toContain('\uFFFD');
    });

    it('writes nothing when the change rolls back (the outbox shares its transaction)', async () => {
      const { a } = w;
      const { p, unit } = await setup('/ding/a', SECRETS.a);
      await expect(
        a.ctx.db.transaction().execute(async (trx) => {
          await enqueueNotification(trx, {
            kind: 'weekly_due_soon',
            entityId: p.id,
            projectId: p.id,
            title: `回滚${p.name}`,
            body: '',
            link: '/todo',
            recipients: { userIds: [unit.id] },
            createdBy: 'test',
          });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      const events = await a.ctx.db.selectFrom('notification_event').select('id').where('title', '=', `回滚${p.name}`).execute();
      expect(events).toHaveLength(0);
      expect((await a.as(unit, 'GET', '/api/v1/notifications/unread-count')).json().unread).toBe(0);
    });

    it('stores a reminder once when two instances enqueue it with the same key', async () => {
      const { a, b } = w;
      const { p, unit } = await setup('/ding/a', SECRETS.a);
      const event = {
        kind: 'weekly_due_soon' as const,
        entityId: p.id,
        projectId: p.id,
        title: `周台账即将截止 ${p.name}`,
        body: '明天 18:00 截止',
        link: `/projects/${p.id}/weekly/${WEEK}`,
        recipients: { unitIds: [p.leadUnitId] },
        createdBy: 'system:reminders',
        dedupeKey: `weekly_due_soon:${p.id}:${WEEK}`,
      };
      const enqueueOn = (t: TestApp) => t.ctx.db.transaction().execute((trx) => enqueueNotification(trx, event));
      // SQLite in one test process: better-sqlite3 is synchronous, so a second connection waiting for the write lock
      // would block the first; separate processes wait on busy_timeout. PostgreSQL: really at the same time.
      const [r1, r2] = dialect === 'postgres' ? await Promise.all([enqueueOn(a), enqueueOn(b)]) : [await enqueueOn(a), await enqueueOn(b)];
      expect([r1.eventId, r2.eventId].filter((id) => id !== null)).toHaveLength(1);
      expect((await a.as(unit, 'GET', '/api/v1/notifications/unread-count')).json().unread).toBe(1);
    });

    it('refuses a robot webhook that is not https and never shows the webhook or secret in full', async () => {
      const { a } = w;
      const p = await buildProject(a);
      const admin = await adminSession(a);
      const bad = await a.as(admin, 'PUT', `/api/v1/units/${p.leadUnitId}/robot-settings`, {
        channel: 'dingtalk',
        enabled: true,
        webhook: 'http://oapi.dingtalk.com/robot/send?access_token=abcdef123456',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toContain('必须以 https:// 开头');
      const token = 'a1b2c3d4e5f6a7b8c9d0';
      const ok = await a.as(admin, 'PUT', `/api/v1/units/${p.leadUnitId}/robot-settings`, {
        channel: 'dingtalk',
        enabled: true,
        webhook: `https://oapi.dingtalk.com/robot/send?access_token=${token}`,
        secret: 'SECverysecret123',
      });
      expect(ok.statusCode).toBe(200);
      const text = JSON.stringify(ok.json());
      expect(text).not.toContain(token);
      expect(text).not.toContain('SECverysecret123');
      expect(ok.json().robots[0]).toMatchObject({
        channel: 'dingtalk',
        configured: true,
        enabled: true,
        hasSecret: true,
        webhookMasked: 'https://oapi.dingtalk.com/robot/send?access_token=a1…d0',
      });
      const stored = await a.ctx.db
        .selectFrom('unit_robot_setting')
        .select(['webhook_enc', 'secret_enc'])
        .where('unit_id', '=', p.leadUnitId)
        .executeTakeFirstOrThrow();
      expect(stored.webhook_enc).not.toContain(token);
      expect(stored.secret_enc).not.toContain('SECverysecret');
      const unit = await buildUnitUser(a, p.leadUnitId);
      expect(
        (
          await a.as(unit, 'PUT', `/api/v1/units/${p.leadUnitId}/robot-settings`, {
            channel: 'wecom',
            enabled: true,
            webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
          })
        ).statusCode,
      ).toBe(403);
      const wecomNoKey = await a.as(admin, 'PUT', `/api/v1/units/${p.leadUnitId}/robot-settings`, {
        channel: 'wecom',
        enabled: true,
        webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send',
      });
      expect(wecomNoKey.json().error.message).toContain('key=');
    });

    it('refuses preferences that cannot work, with what to fix', async () => {
      const { a } = w;
      const p = await buildProject(a);
      const unit = await buildUnitUser(a, p.leadUnitId);
      const noMail = await a.as(unit, 'PUT', '/api/v1/me/notification-preferences', { email: null, emailEnabled: true, quietStart: null, quietEnd: null });
      expect(noMail.statusCode).toBe(400);
      expect(noMail.json().error.message).toContain('先填写电子邮箱');
      const half = await a.as(unit, 'PUT', '/api/v1/me/notification-preferences', { email: 'x@y.cn', emailEnabled: true, quietStart: '22:00', quietEnd: null });
      expect(half.json().error.message).toContain('同时填写');
      const saved = await a.as(unit, 'PUT', '/api/v1/me/notification-preferences', {
        email: 'x@y.cn',
        emailEnabled: true,
        quietStart: '22:00',
        quietEnd: '07:00',
      });
      expect(saved.json()).toMatchObject({ inApp: true, email: 'x@y.cn', emailEnabled: true, quietStart: '22:00', quietEnd: '07:00', version: 1 });
    });
  });
}
