import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser } from '../../test-support/factories';
import { buildMonthlyDraft } from '../../test-support/reporting.factories';
import { weeksOfMonth } from './monthly-draft';

const MONTH = '2024-06';

it('assigns each ISO week to the month holding its Thursday', () => {
  expect(weeksOfMonth('2024-06')).toEqual(['2024-W23', '2024-W24', '2024-W25', '2024-W26']);
  expect(weeksOfMonth('2024-05')).toContain('2024-W22');
});

describeEachDialect('monthly reports (月报): drafted from accepted weeks, submitted, returned, accepted', (t) => {
  /** A project of its own with a locked baseline (target 110座), two users of its lead unit and one of its co-unit. */
  async function setup() {
    const p = await buildProject(t(), { lockBaseline: true });
    const admin = await adminSession(t());
    const econ = await buildUnitUser(t(), p.leadUnitId);
    const econ2 = await buildUnitUser(t(), p.leadUnitId, 'unit_manager');
    const town = await buildUnitUser(t(), p.coUnits[0]!.id);
    return { p1: p.id, admin, econ, econ2, town };
  }

  it('drafts the month from the accepted weekly updates', async () => {
    const { p1, admin, econ } = await setup();
    const empty = (await t().as(econ, 'GET', `/api/v1/projects/${p1}/weekly?week=2024-W23`)).json();
    const targetId = empty.values[0].targetId;
    const saved = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/weekly/2024-W23`, {
      values: [{ targetId, actual: 46 }],
      milestones: [],
      progressText: '本周新建充电桩6座',
      problemsText: '部分点位电力增容待批',
      nextStepsText: '下周完成剩余点位选址',
      coUnitIds: [],
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await t().as(econ, 'POST', `/api/v1/weekly/${saved.json().id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode).toBe(200);
    expect((await t().as(admin, 'POST', `/api/v1/weekly/${saved.json().id}/accept`, {})).statusCode).toBe(200);

    const res = await t().as(econ, 'GET', `/api/v1/projects/${p1}/monthly/${MONTH}`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      id: null,
      version: 0,
      status: 'draft',
      month: MONTH,
      dueAt: '2024-06-25T10:00:00.000Z',
      sourceWeeks: ['2024-W23'],
      nextPlanText: '下周完成剩余点位选址',
    });
    expect(report.progressText).toContain('本周新建充电桩6座');
    expect(report.problemsText).toContain('电力增容');
    expect(report.values[0]).toMatchObject({ targetId, actual: 46, target: 110 });
    expect(report.values[0].expected).toBeGreaterThan(0);
    expect((await t().as(econ, 'GET', `/api/v1/projects/${p1}/monthly/2024-13`)).statusCode).toBe(400);
  });

  it('saves a draft for the lead unit only, with a version check', async () => {
    const { p1, econ, econ2, town } = await setup();
    const body = { progressText: '6月新建充电桩6座，累计46座', problemsText: '电力增容待批', nextPlanText: '7月完成剩余点位选址', version: 0 };
    expect((await t().as(town, 'PUT', `/api/v1/projects/${p1}/monthly/${MONTH}`, body)).statusCode).toBe(403);
    const saved = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/monthly/${MONTH}`, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, progressText: body.progressText, status: 'draft' });
    const stale = await t().as(econ2, 'PUT', `/api/v1/projects/${p1}/monthly/${MONTH}`, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    // another unit does not see the draft
    expect((await t().as(town, 'GET', `/api/v1/projects/${p1}/monthly/${MONTH}`)).json().id).toBeNull();
  });

  it('submits late, refuses a return without comment, returns, resubmits and accepts', async () => {
    const { p1, admin, econ, town } = await setup();
    const draft = await buildMonthlyDraft(t(), econ, p1, MONTH, {
      progressText: '6月新建充电桩6座，累计46座',
      problemsText: '电力增容待批',
      nextPlanText: '7月完成剩余点位选址',
    });
    const reportId = draft.id as number;
    const submitted = await t().as(econ, 'POST', `/api/v1/monthly/${reportId}/submit`, { version: 1 });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedBy: econ.username, isLate: true });
    const locked = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/monthly/${MONTH}`, {
      progressText: 'x',
      problemsText: '',
      nextPlanText: '',
      version: submitted.json().version,
    });
    expect(locked.json().error.code).toBe('REPORT_LOCKED');
    expect((await t().as(econ, 'POST', `/api/v1/monthly/${reportId}/accept`, {})).statusCode).toBe(403);
    const noComment = await t().as(admin, 'POST', `/api/v1/monthly/${reportId}/return`, {});
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.message).toContain('意见');
    const returned = await t().as(admin, 'POST', `/api/v1/monthly/${reportId}/return`, { comment: '请补充电力增容办理进度' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请补充电力增容办理进度' });
    const fixed = await t().as(econ, 'PUT', `/api/v1/projects/${p1}/monthly/${MONTH}`, {
      progressText: '6月新建充电桩6座，累计46座',
      problemsText: '电力增容已报供电公司，预计7月10日前批复',
      nextPlanText: '7月完成剩余点位选址',
      version: returned.json().version,
    });
    expect(fixed.statusCode).toBe(200);
    expect((await t().as(econ, 'POST', `/api/v1/monthly/${reportId}/submit`, { version: fixed.json().version })).statusCode).toBe(200);
    const accepted = await t().as(admin, 'POST', `/api/v1/monthly/${reportId}/accept`, {});
    expect(accepted.json()).toMatchObject({ status: 'accepted', reviewedBy: 'admin' });
    expect((await t().as(town, 'GET', `/api/v1/projects/${p1}/monthly/${MONTH}`)).json()).toMatchObject({ id: reportId, status: 'accepted' });
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'monthly_report')
      .where('entity_id', '=', String(reportId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['submit', 'return', 'submit', 'accept']);
  });
});
