import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser, uniqueSuffix } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { describeEachDialect } from '../../test-support/test-app';

/**
 * A 2024 plan read with the real clock (2026 or later): the overview and 我的待办 take the plan's last day as their
 * date, so nobody is asked for a week of another year, and statuses are those of 2024-12-31.
 */
/** Projects each led by a unit of its own. */
const leads = (n: number) => Array.from({ length: n }, (_, i) => ({ lead: `区测试${i + 1}局${uniqueSuffix()}` }));

describeEachDialect('one as-of for a past plan: overview and 我的待办', (t) => {
  it('shows the overview as of 2024-12-31: a project that reported week 52 is reported and complete', async () => {
    const plan = await buildPlan(t(), { lockBaseline: true, projects: leads(2) });
    const admin = await adminSession(t());
    const [reported, silent] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    await buildWeek(t(), await buildUnitUser(t(), reported.leadUnitId), admin, reported.id, '2024-W52', { actual: 110 });
    const res = await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/overview`);
    expect(res.statusCode).toBe(200);
    const overview = res.json();
    expect(overview).toMatchObject({ asOf: '2024-12-31', isYearOver: true });
    const line = (id: number) => overview.items.find((i: { projectId: number }) => i.projectId === id);
    expect(line(reported.id)).toMatchObject({ status: 'completed', notReported: false, progress: 1, expected: 1 });
    expect(line(silent.id)).toMatchObject({ status: 'seriously_behind', notReported: true });
    // a date the user picks outside the year is kept inside it
    expect((await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/ledger?asOf=2026-12-06`)).json().asOf).toBe('2024-12-31');
    expect((await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/ledger?asOf=2024-06-30`)).json().asOf).toBe('2024-06-30');
  });

  it('asks a unit of the 2024 plan for its week 52, never for a week of the real year', async () => {
    const plan = await buildPlan(t(), { lockBaseline: true, projects: leads(2) });
    const admin = await adminSession(t());
    const [reported, silent] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    const unit = await buildUnitUser(t(), reported.leadUnitId);
    await buildWeek(t(), unit, admin, reported.id, '2024-W52', { actual: 110 });
    const todo = (await t().as(unit, 'GET', '/api/v1/me/todo')).json();
    expect(todo).toMatchObject({ week: '2024-W52', asOf: '2024-12-31', isYearOver: true });
    expect(todo.items).toHaveLength(1);
    expect(todo.items[0]).toMatchObject({ projectId: reported.id, week: '2024-W52', status: 'accepted', isOverdue: false });
    const silentUnit = await buildUnitUser(t(), silent.leadUnitId);
    const silentTodo = (await t().as(silentUnit, 'GET', '/api/v1/me/todo')).json();
    // as of 2024-12-31 week 52 (due Friday 27 December) was overdue; no week of 2025 or later is asked for
    expect(silentTodo.items[0]).toMatchObject({ projectId: silent.id, week: '2024-W52', status: 'none', isOverdue: true });
    expect(JSON.stringify([todo, silentTodo])).not.toMatch(/"week":"20(2[5-9]|[3-9]\d)-W/);
  });

  it("refuses a draft for a week outside the plan's year in Chinese", async () => {
    const plan = await buildPlan(t(), { lockBaseline: true });
    const project = plan.projects[0]!;
    const unit = await buildUnitUser(t(), project.leadUnitId);
    const form = (await t().as(unit, 'GET', `/api/v1/projects/${project.id}/weekly?week=2025-W10`)).json();
    const res = await t().as(unit, 'PUT', `/api/v1/projects/${project.id}/weekly/2025-W10`, {
      values: [{ targetId: form.values[0].targetId, actual: 10 }],
      milestones: [],
      progressText: '',
      problemsText: '',
      nextStepsText: '',
      coUnitIds: [],
      version: 0,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('请填报 2024 年的周次');
  });
});
