import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { describeEachDialect } from '../../test-support/test-app';

describeEachDialect('hard bounds of weekly values: absurd numbers never reach the ledger', (t) => {
  async function setup() {
    const plan = await buildPlan(t(), { year: 2024, lockBaseline: true, projects: [{ content: '全区新改建充电桩110座。' }] });
    const p = plan.projects[0]!;
    const office = await adminSession(t());
    const unit = await buildUnitUser(t(), p.leadUnitId);
    const form = (await t().as(unit, 'GET', `/api/v1/projects/${p.id}/weekly?week=2024-W20`)).json();
    return { p, office, unit, targetId: form.values[0].targetId as number };
  }
  const draft = (actual: number, targetId: number, reason: string | null = null) => ({
    values: [{ targetId, actual, reason }],
    milestones: [],
    progressText: '本周完成城区段安装',
    problemsText: '',
    nextStepsText: '',
    coUnitIds: [],
  });

  it('refuses the example at submission with a message the unit understands, even with a reason typed; the draft keeps it', async () => {
    const { p, unit, targetId } = await setup();
    const saved = await t().as(unit, 'PUT', `/api/v1/projects/${p.id}/weekly/2024-W20`, { ...draft(99_999_999_999_999, targetId, '确实完成了'), version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().values[0]).toMatchObject({ actual: 99_999_999_999_999, flags: ['out_of_range'] });
    const submit = await t().as(unit, 'POST', `/api/v1/weekly/${saved.json().id}/submit`, { version: saved.json().version });
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error.message).toBe(
      '“新改建充电桩”的累计完成值 99,999,999,999,999座 超过目标 110座 的 10 倍，不能提交。请核实是否多输了数字；如确实大幅超额完成，请联系督查室调整目标。',
    );
    expect((await t().as(unit, 'GET', `/api/v1/projects/${p.id}/weekly?week=2024-W20`)).json().status).toBe('draft');
    // 1,100 (10 ×) is still a plausible over-achievement: it only needs its reason
    const plausible = await t().as(unit, 'PUT', `/api/v1/projects/${p.id}/weekly/2024-W20`, {
      ...draft(1100, targetId, '含往年结转'),
      version: saved.json().version,
    });
    expect(plausible.json().values[0].flags).toEqual(['over_total']);
    expect((await t().as(unit, 'POST', `/api/v1/weekly/${plausible.json().id}/submit`, { version: plausible.json().version })).statusCode).toBe(200);
  });

  it('refuses a negative value at once, naming the field', async () => {
    const { p, unit, targetId } = await setup();
    const res = await t().as(unit, 'PUT', `/api/v1/projects/${p.id}/weekly/2024-W20`, { ...draft(-5, targetId), version: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('“新改建充电桩”的累计完成值不能为负数（填写了 -5），请填写 0 或正数。');
    expect((await t().as(unit, 'GET', `/api/v1/projects/${p.id}/weekly?week=2024-W20`)).json().id).toBeNull();
  });

  it('the 督查室 cannot accept an update that carries a refused value (e.g. written before the bounds), and the ledger is untouched', async () => {
    const { p, office, unit } = await setup();
    const week = await buildWeek(t(), unit, office, p.id, '2024-W20', { actual: 40, status: 'submitted' });
    await t().ctx.db.updateTable('weekly_value').set({ actual: 99_999_999_999_999 }).where('update_id', '=', week.updateId).execute();
    const accept = await t().as(office, 'POST', `/api/v1/weekly/${week.updateId}/accept`, {});
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toContain('不能通过，请退回主办单位更正');
    expect(accept.json().error.message).toContain('新改建充电桩');
    const ledger = (await t().as(office, 'GET', `/api/v1/plans/${p.planId}/ledger?asOf=2024-06-30`)).json();
    expect(ledger.items[0].targets[0].actual).toBeNull();
    // returning it for correction still works
    expect((await t().as(office, 'POST', `/api/v1/weekly/${week.updateId}/return`, { comment: '数值有误，请更正' })).statusCode).toBe(200);
  });
});
