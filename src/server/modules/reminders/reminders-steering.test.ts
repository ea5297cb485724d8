import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationItem } from '../../../contract/notifications.contract';
import { buildPlan, buildUnitUser, uniqueSuffix } from '../../test-support/factories';
import type { UnitUser } from '../../test-support/factories';
import { useNotificationWorld } from '../../test-support/notification-world';
import { buildMonthlyDraft } from '../../test-support/reporting.factories';
import { buildBlocker, buildMeeting, closeActionItem } from '../../test-support/steering.factories';
import { testedDialects } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';
import { runReminders } from './reminders.service';

/**
 * The reminder job against the database for 月报, 交办事项 and 绿色通道 (the weekly path is in reminders.test.ts).
 * In 2030 only weekends are days off. April 2030: Monday 15, Wednesday 17, Friday 19, Wednesday 24, Thursday 25.
 * The moments are chosen so that no weekly reminder falls on them (Wednesdays), except where a test says so.
 */

/** A Shanghai wall-clock time as an instant. */
const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

for (const dialect of testedDialects()) {
  describe(`reminders of 月报, 交办事项 and 绿色通道 against the database [${dialect}]`, () => {
    const w = useNotificationWorld(dialect);
    afterEach(() => {
      vi.useRealTimers();
    });

    /** A function returning what the user's in-app list gained since the last call (read on instance B). */
    async function watch(user: Session): Promise<() => Promise<NotificationItem[]>> {
      const list = async () => (await w.b.as(user, 'GET', '/api/v1/notifications')).json<{ items: NotificationItem[] }>().items;
      const seen = new Set((await list()).map((n) => n.id));
      return async () => {
        const fresh = (await list()).filter((n) => !seen.has(n.id));
        for (const n of fresh) seen.add(n.id);
        return fresh;
      };
    }

    /** The job at `now` on instance A, then again on A and on instance B (a catch-up, another process): the repeats store nothing. */
    async function runThrice(now: Date): Promise<void> {
      await runReminders(w.a.ctx, now);
      expect((await runReminders(w.a.ctx, now)).created).toBe(0);
      expect((await runReminders(w.b.ctx, now)).created).toBe(0);
    }

    it('reminds the lead unit of the 月报 once, from the working day before it is due; a submitted 月报, co-units and a past plan get none', async () => {
      // April's 月报 is due Thursday 25 April 2030 18:00; the clock reads Wednesday 24 April (only Date is faked)
      const NOW = sh('2030-04-24', '10:00');
      vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
      const { a } = w;
      const s = uniqueSuffix();
      const plan = await buildPlan(a, {
        year: 2030,
        lockBaseline: true,
        projects: [
          { lead: `月报甲局${s}`, co: [`月报协办镇${s}`] },
          { lead: `月报乙局${s}`, co: [`月报协办镇${s}`] },
        ],
      });
      const [p, done] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
      const lead = await buildUnitUser(a, p.leadUnitId);
      const co = await buildUnitUser(a, p.coUnits[0]!.id);
      const doneLead = await buildUnitUser(a, done.leadUnitId);
      const report = await buildMonthlyDraft(a, doneLead, done.id, '2030-04', { progressText: '4月新建充电桩10座', problemsText: '', nextPlanText: '' });
      expect((await a.as(doneLead, 'POST', `/api/v1/monthly/${report.id}/submit`, { version: report.version })).statusCode).toBe(200);
      const past = await buildPlan(a, { year: 2029, lockBaseline: true, projects: [{ lead: `月报往年局${s}` }] });
      const pastLead = await buildUnitUser(a, past.projects[0]!.leadUnitId);
      const [leadGot, coGot, doneGot, pastGot] = [await watch(lead), await watch(co), await watch(doneLead), await watch(pastLead)];

      // Tuesday: the window has not opened
      await runThrice(sh('2030-04-23', '10:00'));
      expect(await leadGot()).toEqual([]);

      await runThrice(NOW);
      const got = await leadGot();
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({
        kind: 'monthly_due',
        kindLabel: '月报即将截止',
        title: `项目 ${p.seq} 2030年4月月报将于 4月25日 18:00 截止`,
        body: `项目 ${p.seq}“${p.name}”2030年4月的月报尚未报送，请于 4月25日 18:00 前报送。`,
        link: `/projects/${p.id}/monthly/2030-04`,
        readAt: null,
      });
      for (const other of [coGot, doneGot, pastGot]) expect(await other()).toEqual([]);

      // later that day, still inside the window: the one reminder stands
      await runThrice(sh('2030-04-24', '16:00'));
      expect(await leadGot()).toEqual([]);
    });

    it('reminds the owner unit of a 交办事项 the working day before its deadline and once overdue, never before 08:30; closed items and past plans get none', async () => {
      const { a } = w;
      const s = uniqueSuffix();
      const plan = await buildPlan(a, { year: 2030, projects: [{ lead: `交办主办局${s}`, co: [`交办协办镇${s}`] }] });
      const p = plan.projects[0]!;
      const coUnitId = p.coUnits[0]!.id;
      const lead = await buildUnitUser(a, p.leadUnitId);
      const co = await buildUnitUser(a, coUnitId);
      const titles = { soon: `完成充电桩选址${s}`, late: `报送施工方案${s}`, later: `完成竣工验收${s}`, closed: `落实配套资金${s}` };
      const meeting = await buildMeeting(a, lead, plan.planId, {
        kind: 'weekly',
        date: '2030-04-15',
        host: '主办局局长',
        projectIds: [p.id],
        actionItems: [
          { title: titles.soon, ownerUnitId: coUnitId, deadline: '2030-04-18', projectId: p.id },
          { title: titles.late, ownerUnitId: p.leadUnitId, deadline: '2030-04-16', projectId: p.id },
          { title: titles.later, ownerUnitId: p.leadUnitId, deadline: '2030-04-30', projectId: p.id },
          { title: titles.closed, ownerUnitId: p.leadUnitId, deadline: '2030-04-16', projectId: p.id },
        ],
      });
      await closeActionItem(a, lead, meeting.actionItems.find((i) => i.title === titles.closed)!.id);
      const past = await buildPlan(a, { year: 2029, projects: [{ lead: `交办往年局${s}` }] });
      const pastLead = await buildUnitUser(a, past.projects[0]!.leadUnitId);
      const pastProject = past.projects[0]!.id;
      await buildMeeting(a, pastLead, past.planId, {
        kind: 'weekly',
        date: '2029-12-10',
        host: '往年局局长',
        projectIds: [pastProject],
        actionItems: [{ title: `往年事项${s}`, ownerUnitId: past.projects[0]!.leadUnitId, deadline: '2029-12-20', projectId: pastProject }],
      });
      // watched after the meetings: recording one tells the owner units at once
      const [leadGot, coGot, pastGot] = [await watch(lead), await watch(co), await watch(pastLead)];

      // Wednesday 17 April 00:10: one item is overdue since midnight, but no one is woken for it
      await runThrice(sh('2030-04-17', '00:10'));
      for (const got of [leadGot, coGot, pastGot]) expect(await got()).toEqual([]);

      await runThrice(sh('2030-04-17', '10:00'));
      const late = await leadGot();
      expect(late).toHaveLength(1);
      expect(late[0]).toMatchObject({
        kind: 'action_item_overdue',
        kindLabel: '交办事项已逾期',
        title: `交办事项已逾期：${titles.late}`,
        body: `交办事项“${titles.late}”已超过办理期限 2030-04-16，请尽快办结并填写办结情况。`,
        link: '/todo',
      });
      const soon = await coGot();
      expect(soon).toHaveLength(1);
      expect(soon[0]).toMatchObject({
        kind: 'action_item_due',
        kindLabel: '交办事项',
        title: `交办事项将于 2030-04-18 到期：${titles.soon}`,
        body: `交办事项“${titles.soon}”办理期限为 2030-04-18，请按时办结并填写办结情况。`,
        link: '/todo',
      });
      expect(await pastGot()).toEqual([]);

      // on its deadline the item is not reminded again; the day after, it is overdue once
      await runThrice(sh('2030-04-18', '10:00'));
      expect(await coGot()).toEqual([]);
      await runThrice(sh('2030-04-19', '10:00'));
      const overdue = await coGot();
      expect(overdue.map((n) => [n.kind, n.title])).toEqual([['action_item_overdue', `交办事项已逾期：${titles.soon}`]]);
    });

    it('reminds the addressed co-unit of a 绿色通道 request the working day before its due date and once overdue; answered requests and past plans get none', async () => {
      // requested on Monday 15 April 2030: the due date counts working days from the day of the request
      vi.useFakeTimers({ toFake: ['Date'], now: sh('2030-04-15', '10:00'), shouldAdvanceTime: true });
      const { a } = w;
      const s = uniqueSuffix();
      const plan = await buildPlan(a, { year: 2030, projects: [{ lead: `绿通主办局${s}`, co: [`绿通甲镇${s}`, `绿通乙镇${s}`] }] });
      const p = plan.projects[0]!;
      const [co1, co2] = [p.coUnits[0]!, p.coUnits[1]!];
      const lead = await buildUnitUser(a, p.leadUnitId);
      const u1 = await buildUnitUser(a, co1.id);
      const u2 = await buildUnitUser(a, co2.id);
      const request = async (by: UnitUser, blockerId: number, coUnitId: number, dueDays: number) => {
        const res = await a.as(by, 'POST', `/api/v1/blockers/${blockerId}/green-channel`, { coUnitId, text: '请协助办理用地预审', dueDays });
        expect(res.statusCode).toBe(200);
        return res.json<{ id: number; dueDate: string; version: number }>();
      };
      const blocker = await buildBlocker(a, lead, p.id);
      const soon = await request(lead, blocker, co1.id, 3);
      const late = await request(lead, blocker, co2.id, 1);
      const answered = await request(lead, blocker, co1.id, 1);
      expect([soon.dueDate, late.dueDate, answered.dueDate]).toEqual(['2030-04-18', '2030-04-16', '2030-04-16']);
      const answer = await a.as(u1, 'POST', `/api/v1/green-channel/${answered.id}/answer`, { text: '已办结用地预审', version: answered.version });
      expect(answer.statusCode).toBe(200);
      const past = await buildPlan(a, { year: 2029, projects: [{ lead: `绿通往年局${s}`, co: [`绿通往年镇${s}`] }] });
      const pastLead = await buildUnitUser(a, past.projects[0]!.leadUnitId);
      const pastCo = await buildUnitUser(a, past.projects[0]!.coUnits[0]!.id);
      await request(pastLead, await buildBlocker(a, pastLead, past.projects[0]!.id), past.projects[0]!.coUnits[0]!.id, 1);
      // watched after the requests: each told its co-unit at once
      const [got1, got2, leadGot, pastGot] = [await watch(u1), await watch(u2), await watch(lead), await watch(pastCo)];

      await runThrice(sh('2030-04-17', '10:00'));
      const project = `项目 ${p.seq}「${p.name}」`;
      const common = { kind: 'green_channel_request', kindLabel: '绿色通道请求', link: `/plans/${plan.planId}/blockers` };
      const first = await got1();
      expect(first).toHaveLength(1);
      expect(first[0]).toMatchObject({
        ...common,
        title: `${project}的绿色通道请求将于 2030-04-18 到期`,
        body: `${project}的绿色通道请求办理期限为 2030-04-18，请按时答复。`,
      });
      const second = await got2();
      expect(second).toHaveLength(1);
      expect(second[0]).toMatchObject({
        ...common,
        title: `${project}的绿色通道请求已逾期`,
        body: `${project}的绿色通道请求已超过办理期限 2030-04-16，请尽快答复。`,
      });
      expect(await leadGot()).toEqual([]);
      expect(await pastGot()).toEqual([]);

      // the day after its due date the first request is overdue, once; the second is not told again
      await runThrice(sh('2030-04-19', '10:00'));
      expect((await got1()).map((n) => n.title)).toEqual([`${project}的绿色通道请求已逾期`]);
      expect(await got2()).toEqual([]);
    });
  });
}
