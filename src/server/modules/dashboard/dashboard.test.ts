import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { describeEachDialect } from '../../test-support/test-app';

type Counts = Record<'completed' | 'on_track' | 'behind' | 'seriously_behind' | 'notReported', number>;
type LedgerLine = { projectId: number; status: keyof Counts; notReported: boolean };

/** What the ledger page counts: projects per status and the not-reported flag. */
const ledgerCounts = (items: LedgerLine[]): Counts => ({
  completed: items.filter((i) => i.status === 'completed').length,
  on_track: items.filter((i) => i.status === 'on_track').length,
  behind: items.filter((i) => i.status === 'behind').length,
  seriously_behind: items.filter((i) => i.status === 'seriously_behind').length,
  notReported: items.filter((i) => i.notReported).length,
});

/** Projects each led by a unit of its own. */
const leads = (n: number) => Array.from({ length: n }, (_, i) => ({ lead: `区测试${i + 1}局${uniqueSuffix()}` }));

describeEachDialect("dashboard (督查大屏): the ledger's numbers for the same plan and date", (t) => {
  /** Four projects of one 2024 plan (target 110座 each) with weeks 22 and 23 as the ledger of 2024-06-10 reads them. */
  async function planWithWeeks() {
    const plan = await buildPlan(t(), { lockBaseline: true, projects: leads(4) });
    const admin = await adminSession(t());
    const [done, onPace, slow, silent] = plan.projects as [
      (typeof plan.projects)[0],
      (typeof plan.projects)[0],
      (typeof plan.projects)[0],
      (typeof plan.projects)[0],
    ];
    for (const [project, actuals] of [
      [done, [100, 110]],
      [onPace, [45, 50]],
      [slow, [20, 22]],
    ] as const) {
      const unit = await buildUnitUser(t(), project.leadUnitId);
      await buildWeek(t(), unit, admin, project.id, '2024-W22', { actual: actuals[0] });
      await buildWeek(t(), unit, admin, project.id, '2024-W23', { actual: actuals[1] });
    }
    return { plan, admin, silent };
  }

  it('counts projects by status exactly as the ledger of the same date does', async () => {
    const { plan, admin, silent } = await planWithWeeks();
    const ledger = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/ledger?asOf=2024-06-10`)).json();
    const res = await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/dashboard?asOf=2024-06-10`);
    expect(res.statusCode).toBe(200);
    const dash = res.json();
    expect(dash.asOf).toBe('2024-06-10');
    expect(dash.isYearOver).toBe(true);
    const { total, averageProgress: _p, averageExpected: _e, ...counts } = dash.counts;
    expect(counts).toEqual(ledgerCounts(ledger.items));
    expect(total).toBe(4);
    // the data was built for a known mix: one complete, one never reported
    expect(counts.completed).toBe(1);
    expect(counts.notReported).toBe(1);
    expect(ledger.items.find((i: LedgerLine) => i.projectId === silent.id).notReported).toBe(true);
    // the 挂牌督办 list is the ledger's lagging projects
    const lagging = ledger.items
      .filter((i: LedgerLine) => i.status === 'behind' || i.status === 'seriously_behind')
      .map((i: LedgerLine) => i.projectId)
      .sort();
    expect(dash.lagging.map((i: { projectId: number }) => i.projectId).sort()).toEqual(lagging);
  });

  it('draws the trend from the ledger of each week and ranks the unit that never reported first', async () => {
    const { plan, admin, silent } = await planWithWeeks();
    const dash = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/dashboard?asOf=2024-06-10`)).json();
    // from the week of issue (2024-01-10, week 2) to the as-of week
    expect(dash.trend[0].week).toBe('2024-W02');
    expect(dash.trend.at(-1)).toMatchObject({
      week: '2024-W24',
      date: '2024-06-10',
      averageProgress: dash.counts.averageProgress,
      averageExpected: dash.counts.averageExpected,
    });
    const week23 = dash.trend.find((p: { week: string }) => p.week === '2024-W23');
    const ledger23 = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/ledger?asOf=2024-06-09`)).json();
    const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10_000) / 10_000;
    expect(week23.averageProgress).toBe(mean(ledger23.items.map((i: { progress: number }) => Math.min(1, i.progress))));
    expect(dash.units[0]).toMatchObject({ unitId: silent.leadUnitId, projects: 1, onTime: 0, late: 0 });
    expect(dash.units[0].missing).toBe(dash.units[0].due);
    const reporting = dash.units.find((u: { unitId: number }) => u.unitId === plan.projects[0]!.leadUnitId);
    // weeks 2 to 23 are due; the two reported weeks were submitted now, long after their 2024 deadlines
    expect(reporting).toMatchObject({ projects: 1, due: 22, onTime: 0, late: 2, missing: 20 });
  });

  it('is read by the 督查室, admin and leaders, not by units', async () => {
    const plan = await buildPlan(t());
    const admin = await adminSession(t());
    const supervisor = await buildUser(t(), 'supervisor', null);
    const leader = await buildUser(t(), 'leader', null);
    const unit = await buildUnitUser(t(), plan.projects[0]!.leadUnitId, 'unit_manager');
    for (const who of [admin, supervisor, leader]) expect((await t().as(who, 'GET', `/api/v1/plans/${plan.planId}/dashboard`)).statusCode).toBe(200);
    const refused = await t().as(unit, 'GET', `/api/v1/plans/${plan.planId}/dashboard`);
    expect(refused.statusCode).toBe(403);
    expect((await t().as(admin, 'GET', '/api/v1/plans/999999/dashboard')).statusCode).toBe(404);
  });

  it('shows a past plan as of its last day, and a chosen date outside its year is kept inside it', async () => {
    const plan = await buildPlan(t());
    const admin = await adminSession(t());
    const dash = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/dashboard`)).json();
    expect(dash).toMatchObject({ asOf: '2024-12-31', isYearOver: true });
    expect(dash.trend.every((p: { week: string }) => p.week.startsWith('2024-'))).toBe(true);
    expect((await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/dashboard?asOf=2026-03-01`)).json().asOf).toBe('2024-12-31');
  });
});
