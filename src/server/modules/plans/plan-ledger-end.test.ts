import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser } from '../../test-support/factories';
import { setPlanRhythm } from '../../test-support/reporting.factories';
import { buildMeeting } from '../../test-support/steering.factories';
import { describeEachDialect } from '../../test-support/test-app';

const DEFAULTS = { weekly: { dueWeekday: 5, dueTime: '18:00', missingWeekday: 1, missingTime: '09:00' }, monthly: { dueDay: 25, dueTime: '18:00' } };

describeEachDialect('台账截止日: a plan whose ledger ends before 31 December', (t) => {
  /** A 2024 plan (its year is over on the real calendar) with one project, a user of its lead unit, the 督查室. */
  async function setup() {
    const plan = await buildPlan(t(), { year: 2024, lockBaseline: true });
    const p = plan.projects[0]!;
    const admin = await adminSession(t());
    const econ = await buildUnitUser(t(), p.leadUnitId);
    return { admin, econ, planId: plan.planId, p };
  }

  it('opens every page of the plan as of its 台账截止日: plan, project, ledger, overview, dashboard and 我的待办', async () => {
    const { admin, econ, planId, p } = await setup();
    const before = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/ledger`)).json();
    expect(before).toMatchObject({ asOf: '2024-12-31', isYearOver: true });

    await setPlanRhythm(t(), admin, planId, { ...DEFAULTS, endDate: '2024-10-15' });
    expect((await t().as(econ, 'GET', `/api/v1/plans/${planId}`)).json().rhythm.endDate).toBe('2024-10-15');
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p.id}`)).json().plan).toMatchObject({ year: 2024, endDate: '2024-10-15' });
    for (const path of [`/api/v1/plans/${planId}/ledger`, `/api/v1/plans/${planId}/overview`, `/api/v1/plans/${planId}/dashboard`]) {
      expect((await t().as(admin, 'GET', path)).json(), path).toMatchObject({ asOf: '2024-10-15', isYearOver: true });
    }
    // a chosen date still shows another day of the year
    expect((await t().as(admin, 'GET', `/api/v1/plans/${planId}/ledger?asOf=2024-12-01`)).json().asOf).toBe('2024-12-01');
    // the unit is asked about the week of 15 October (2024-W42), not the year's last week nor a week of the real year
    const todo = (await t().as(econ, 'GET', '/api/v1/me/todo')).json();
    expect(todo).toMatchObject({ asOf: '2024-10-15', week: '2024-W42', isYearOver: true });
    // a PUT without endDate keeps it; null gives the year's end back
    await setPlanRhythm(t(), admin, planId, DEFAULTS);
    expect((await t().as(admin, 'GET', `/api/v1/plans/${planId}`)).json().rhythm.endDate).toBe('2024-10-15');
    await setPlanRhythm(t(), admin, planId, { ...DEFAULTS, endDate: null });
    expect((await t().as(admin, 'GET', `/api/v1/plans/${planId}/ledger`)).json().asOf).toBe('2024-12-31');
  });

  it('refuses a 台账截止日 outside the plan year or not a date, naming the field', async () => {
    const { admin, planId } = await setup();
    for (const endDate of ['2025-01-05', '2024-02-30', '10月15日']) {
      const version = (await t().as(admin, 'GET', `/api/v1/plans/${planId}`)).json().version;
      const res = await t().as(admin, 'PUT', `/api/v1/plans/${planId}/rhythm`, { ...DEFAULTS, endDate, version });
      expect(res.statusCode, endDate).toBe(400);
      expect(res.json().error.message).toContain('台账截止日');
      expect(res.json().error.details?.field ?? res.json().error.field ?? 'endDate').toBe('endDate');
    }
    expect((await t().as(admin, 'GET', `/api/v1/plans/${planId}`)).json().rhythm.endDate).toBeNull();
  });

  it('judges 交办事项 overdue as of the 台账截止日, not by the real calendar', async () => {
    const { admin, econ, planId, p } = await setup();
    await setPlanRhythm(t(), admin, planId, { ...DEFAULTS, endDate: '2024-10-15' });
    const meeting = await buildMeeting(t(), admin, planId, {
      kind: 'topic',
      date: '2024-10-08',
      host: '督查室',
      attendees: '经发局',
      minutes: '研究推进',
      projectIds: [p.id],
      actionItems: [
        { title: '十月初报送方案', ownerUnitId: p.leadUnitId, deadline: '2024-10-10', projectId: p.id },
        { title: '月底前完成验收', ownerUnitId: p.leadUnitId, deadline: '2024-10-31', projectId: p.id },
      ],
    });
    expect(meeting.actionItems.map((i) => i.status)).toEqual(['overdue', 'open']);
    const mine = (await t().as(econ, 'GET', '/api/v1/me/action-items')).json();
    expect(mine.items.map((i: { title: string; status: string }) => [i.title, i.status])).toEqual([
      ['十月初报送方案', 'overdue'],
      ['月底前完成验收', 'open'],
    ]);
  });
});
