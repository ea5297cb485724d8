import { afterEach, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, buildPlan, buildUnitUser, buildUser, USER_PASSWORD } from '../../test-support/factories';
import { setPlanRhythm } from '../../test-support/reporting.factories';

const DEFAULTS = {
  weekly: { dueWeekday: 5, dueTime: '18:00', missingWeekday: 1, missingTime: '09:00' },
  monthly: { dueDay: 25, dueTime: '18:00' },
  endDate: null,
};
const THURSDAY = { weekly: { dueWeekday: 4, dueTime: '17:00', missingWeekday: 1, missingTime: '09:00' }, monthly: { dueDay: 20, dueTime: '18:00' } };

describeEachDialect('报送时限: per-plan weekly and monthly deadlines', (t) => {
  afterEach(() => vi.useRealTimers());

  /**
   * A plan of its own (one project, baseline locked, the default 报送时限 unless `rhythm` is given), a user of the
   * project's lead unit and a leader; `version` is the plan's version after that.
   */
  async function setup(rhythm?: typeof THURSDAY) {
    const plan = await buildPlan(t(), { lockBaseline: true });
    const p = plan.projects[0]!;
    const admin = await adminSession(t());
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const leader = await buildUser(t(), 'leader', null);
    if (rhythm) await setPlanRhythm(t(), admin, plan.planId, rhythm);
    const version = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}`)).json().version as number;
    return { admin, econ, leader, planId: plan.planId, projectCount: plan.projects.length, p1: p.id, version };
  }

  it('shows the DESIGN defaults on GET /plans/:id, with the plan version', async () => {
    const { econ, planId } = await setup();
    const res = await t().as(econ, 'GET', `/api/v1/plans/${planId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().rhythm).toEqual(DEFAULTS);
    const version = res.json().version;
    expect(version).toBeGreaterThan(0);
  });

  it('lets only the 督查室 set it (403 for units and leaders)', async () => {
    const { econ, leader, planId, version } = await setup();
    for (const who of [econ, leader]) {
      const res = await t().as(who, 'PUT', `/api/v1/plans/${planId}/rhythm`, { ...THURSDAY, version });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad values with a Chinese message and changes nothing', async () => {
    const { admin, planId, version } = await setup();
    const cases: [object, string][] = [
      [{ ...DEFAULTS, weekly: { ...DEFAULTS.weekly, dueWeekday: 8 } }, '周报截止日应为周一至周日（1—7）'],
      [{ ...DEFAULTS, weekly: { ...DEFAULTS.weekly, dueTime: '25:00' } }, '周报截止时刻应为 24 小时制的“时:分”'],
      [{ ...DEFAULTS, monthly: { dueDay: 32, dueTime: '18:00' } }, '月报截止日应为每月 1—31 日'],
      [{ ...DEFAULTS, monthly: { dueDay: 0, dueTime: '6pm' } }, '月报截止时刻应为'],
      // due Thursday 17:00, missing from next Friday 09:00: later than the next week's due moment
      [
        { ...DEFAULTS, weekly: { dueWeekday: 4, dueTime: '17:00', missingWeekday: 5, missingTime: '09:00' } },
        '缺报判定时间（下周五 09:00）应在周报截止时间（本周四 17:00）之后、下一周的截止时间（下周四 17:00）之前',
      ],
      // due Sunday 20:00, missing from next Sunday 20:00: the same moment as the next week's due
      [{ ...DEFAULTS, weekly: { dueWeekday: 7, dueTime: '20:00', missingWeekday: 7, missingTime: '20:00' } }, '缺报判定时间'],
    ];
    for (const [body, message] of cases) {
      const res = await t().as(admin, 'PUT', `/api/v1/plans/${planId}/rhythm`, { ...body, version });
      expect(res.statusCode, message).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.message).toContain(message);
    }
    const plan = (await t().as(admin, 'GET', `/api/v1/plans/${planId}`)).json();
    expect(plan).toMatchObject({ version, rhythm: DEFAULTS });
  });

  it('saves a Thursday 17:00 / 20th rhythm with a version check and an audit row', async () => {
    const { admin, planId, projectCount, version } = await setup();
    const saved = await t().as(admin, 'PUT', `/api/v1/plans/${planId}/rhythm`, { ...THURSDAY, version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ id: planId, version: version + 1, rhythm: THURSDAY, projectCount });
    const stale = await t().as(admin, 'PUT', `/api/v1/plans/${planId}/rhythm`, { ...DEFAULTS, version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const auditor = await buildUser(t(), 'auditor', null);
    const audit = (await t().as(auditor, 'GET', `/api/v1/audit?entity=plan&entityId=${planId}&action=update`)).json();
    expect(audit.items[0]).toMatchObject({ username: 'admin', action: 'update', entity: 'plan', before: DEFAULTS, after: THURSDAY });
    expect(audit.items[0].summary).toContain('报送时限');
  });

  it('moves the weekly and monthly due moments (and keeps the holiday rule)', async () => {
    const { econ, p1 } = await setup(THURSDAY);
    // 2024-W23: Thursday 6 June 17:00 Beijing = 09:00Z
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W23`)).json().dueAt).toBe('2024-06-06T09:00:00.000Z');
    // 2024-W40: Thursday 3 October is 国庆 → Tuesday 8 October 17:00
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W40`)).json().dueAt).toBe('2024-10-08T09:00:00.000Z');
    // 20 June 2024 is a Thursday → 18:00 Beijing = 10:00Z; 20 July 2024 is a Saturday → Monday 22 July
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/monthly/2024-06`)).json().dueAt).toBe('2024-06-20T10:00:00.000Z');
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/monthly/2024-07`)).json().dueAt).toBe('2024-07-22T10:00:00.000Z');
  });

  it('judges a submission late by the plan’s deadline (weekly, 我的待办, monthly)', async () => {
    const { econ, p1 } = await setup(THURSDAY);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-06T09:30:00.000Z')); // Thursday 17:30 Beijing: after Thursday 17:00, before Friday 18:00
    const unit = await t().login(econ.username, USER_PASSWORD);
    const todo = (await t().as(unit, 'GET', '/api/v1/me/todo')).json();
    expect(todo).toMatchObject({ week: '2024-W23', dueAt: '2024-06-06T09:00:00.000Z' });
    expect(todo.items.find((i: { projectId: number }) => i.projectId === p1)).toMatchObject({ status: 'none', isOverdue: true });
    const fresh = (await t().as(unit, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W23`)).json();
    const body = {
      values: fresh.values.map((v: { targetId: number }) => ({ targetId: v.targetId, actual: 10 })),
      milestones: [],
      progressText: '本周新建充电桩10座',
      problemsText: '',
      nextStepsText: '',
      coUnitIds: [],
      version: 0,
    };
    const saved = await t().as(unit, 'PUT', `/api/v1/projects/${p1}/weekly/2024-W23`, body);
    expect(saved.statusCode).toBe(200);
    const submitted = await t().as(unit, 'POST', `/api/v1/weekly/${saved.json().id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().isLate).toBe(true); // on time with the default Friday 18:00

    vi.setSystemTime(new Date('2024-06-20T10:30:00.000Z')); // 20 June 18:30 Beijing: after the 20th 18:00, before the 25th
    const unit2 = await t().login(econ.username, USER_PASSWORD);
    const report = await t().as(unit2, 'PUT', `/api/v1/projects/${p1}/monthly/2024-06`, {
      progressText: '6月新建充电桩10座',
      problemsText: '',
      nextPlanText: '',
      version: 0,
    });
    expect(report.statusCode).toBe(200);
    const sent = await t().as(unit2, 'POST', `/api/v1/monthly/${report.json().id}/submit`, { version: report.json().version });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'submitted', isLate: true, dueAt: '2024-06-20T10:00:00.000Z' });
  });
});
