import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { buildWeek } from '../../test-support/reporting.factories';
import { describeEachDialect } from '../../test-support/test-app';

type Criterion = { key: string; points: number; deductions: string[] };
type Row = { unitId: number; unitName: string; rank: number; month: { total: number; criteria: Criterion[] }; year: { total: number; criteria: Criterion[] } };

const SEPTEMBER = ['2024-W35', '2024-W36', '2024-W37', '2024-W38', '2024-W39'];

describeEachDialect('unit assessment (单位考核): league table, explanations, rubric, xlsx', (t) => {
  /**
   * Two units of a 2024 plan. Unit A reports every week of September (W37 late, W38 returned once, all at 110座 =
   * completed) and has two 督办单 due in September (one answered in time, one late). Unit B never reports.
   */
  async function september() {
    const s = uniqueSuffix();
    const plan = await buildPlan(t(), { lockBaseline: true, projects: [{ lead: `区考核甲局${s}` }, { lead: `区考核乙局${s}` }] });
    const admin = await adminSession(t());
    const [a, b] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    const unitA = await buildUnitUser(t(), a.leadUnitId);
    for (const week of SEPTEMBER) {
      if (week !== '2024-W38') {
        await buildWeek(t(), unitA, admin, a.id, week, { actual: 110 });
        continue;
      }
      const built = await buildWeek(t(), unitA, admin, a.id, week, { actual: 110, status: 'submitted' });
      const returned = await t().as(admin, 'POST', `/api/v1/weekly/${built.updateId}/return`, { comment: '请补充现场照片' });
      expect(returned.statusCode).toBe(200);
      const resubmitted = await t().as(unitA, 'POST', `/api/v1/weekly/${built.updateId}/submit`, { version: returned.json().version });
      expect(resubmitted.statusCode).toBe(200);
      expect((await t().as(admin, 'POST', `/api/v1/weekly/${built.updateId}/accept`, {})).statusCode).toBe(200);
    }
    // submitted in 2026, every week is late: the 2024 timeliness is set by hand (W37 late, the others on time)
    await t().ctx.db.updateTable('weekly_update').set({ is_late: 0 }).where('project_id', '=', a.id).where('week', '!=', '2024-W37').execute();
    const notice = (seq: number, deadline: string, respondedAt: string) => ({
      plan_id: plan.planId,
      project_id: a.id,
      blocker_id: null,
      unit_id: a.leadUnitId,
      year: 2024,
      seq,
      subject: '加快充电桩建设',
      problem: '进度偏慢',
      requirement: '倒排工期',
      deadline,
      status: 'closed' as const,
      issued_by: 'admin',
      issued_at: '2024-09-01T02:00:00.000Z',
      responded_at: respondedAt,
      reviewed_at: respondedAt,
      escalated: 0,
    });
    // 督办〔2024〕N号 is numbered within the year across plans: take the next two numbers
    const last = await t()
      .ctx.db.selectFrom('supervision_notice')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('year', '=', 2024)
      .executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    await t()
      .ctx.db.insertInto('supervision_notice')
      .values([notice(seq, '2024-09-10', '2024-09-08T03:00:00.000Z'), notice(seq + 1, '2024-09-12', '2024-09-20T03:00:00.000Z')])
      .execute();
    return { plan, admin, a, b, lateNotice: `督办〔2024〕${seq + 1}号` };
  }

  const rowOf = (rows: Row[], unitId: number) => rows.find((r) => r.unitId === unitId)!;
  const pointsOf = (criteria: Criterion[]) => Object.fromEntries(criteria.map((c) => [c.key, c.points]));

  it('scores September 2024 by hand and explains each deduction', async () => {
    const { plan, admin, a, b, lateNotice } = await september();
    const res = await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/assessment?month=2024-09`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ month: '2024-09', asOf: '2024-09-30' });
    const rowA = rowOf(body.rows, a.leadUnitId);
    const rowB = rowOf(body.rows, b.leadUnitId);
    // A: 30×4/5 + 15×4/5 + 30 + 15×1/2 + 10; B: 0 + 15 (nothing reported) + 0 (严重滞后) + 15 + 10
    expect(pointsOf(rowA.month.criteria)).toEqual({ timeliness: 24, completeness: 12, progress: 30, supervision: 7.5, inspection: 10 });
    expect(rowA.month.total).toBe(83.5);
    expect(rowB.month.total).toBe(40);
    expect([rowA.rank, rowB.rank]).toEqual([1, 2]);
    const deductions = (row: Row, key: string) => row.month.criteria.find((c) => c.key === key)!.deductions;
    expect(deductions(rowA, 'timeliness')).toEqual(['项目1 第37周 迟报']);
    expect(deductions(rowA, 'completeness')).toEqual(['项目1 第38周 被退回补正']);
    expect(deductions(rowA, 'supervision')).toEqual([`${lateNotice} 逾期办结`]);
    expect(deductions(rowB, 'timeliness')).toEqual(SEPTEMBER.map((w) => `项目2 第${Number(w.slice(6))}周 未报送`));
    expect(deductions(rowB, 'progress')).toEqual(['项目2 严重滞后']);
    // the status is the ledger's of the same date
    const ledger = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/ledger?asOf=2024-09-30`)).json();
    expect(ledger.items.map((i: { status: string }) => i.status)).toEqual(['completed', 'seriously_behind']);
    // the year so far: 38 weeks due (W02–W39), 4 on time → 30×4/38 = 3.2
    expect(pointsOf(rowA.year.criteria)).toMatchObject({ timeliness: 3.2, completeness: 12 });
    expect(rowA.year.total).toBe(62.7);
  });

  it('shows a unit its own row only, and everyone of the 督查室 and leaders every row', async () => {
    const { plan, a } = await september();
    const unitA = await buildUnitUser(t(), a.leadUnitId, 'unit_manager');
    const own = (await t().as(unitA, 'GET', `/api/v1/plans/${plan.planId}/assessment?month=2024-09`)).json();
    expect(own.rows.map((r: Row) => r.unitId)).toEqual([a.leadUnitId]);
    expect(own.permissions).toMatchObject({ canEditRubric: false, seesAllUnits: false });
    const leader = await buildUser(t(), 'leader', null);
    expect((await t().as(leader, 'GET', `/api/v1/plans/${plan.planId}/assessment?month=2024-09`)).json().rows).toHaveLength(2);
  });

  it('refuses a rubric whose weights do not sum to 100, naming the sum, and scores with a saved one', async () => {
    const { plan, admin, a } = await september();
    const url = `/api/v1/plans/${plan.planId}/assessment-rubric`;
    const initial = (await t().as(admin, 'GET', url)).json();
    expect(initial).toMatchObject({ isDefault: true, version: 0 });
    expect(initial.criteria.reduce((s: number, c: { weight: number }) => s + c.weight, 0)).toBe(100);
    const bad = await t().as(admin, 'PUT', url, {
      criteria: [
        { key: 'timeliness', weight: 50 },
        { key: 'progress', weight: 40 },
      ],
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('各项考核指标分值合计为 90 分，应为 100 分，请调整后再保存。');
    const saved = await t().as(admin, 'PUT', url, {
      criteria: [
        { key: 'timeliness', weight: 50 },
        { key: 'progress', weight: 50 },
      ],
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ isDefault: false, version: 1 });
    const unit = await buildUnitUser(t(), a.leadUnitId, 'unit_manager');
    expect((await t().as(unit, 'PUT', url, { criteria: [{ key: 'timeliness', weight: 100 }], version: 1 })).statusCode).toBe(403);
    const rows = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/assessment?month=2024-09`)).json().rows as Row[];
    // A: 50×4/5 + 50
    expect(rowOf(rows, a.leadUnitId).month.total).toBe(90);
  });

  it('exports the league table and its explanations as .xlsx', async () => {
    const { plan, admin, a, b, lateNotice } = await september();
    const res = await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/assessment.xlsx?month=2024-09`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('单位考核排名_2024-09.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const table = book.getWorksheet('考核排名')!;
    expect(table.getCell('A1').value).toBe(`${plan.title}单位考核排名（2024年9月）`);
    expect(table.getRow(4).values).toEqual([undefined, 1, a.leadUnitName, 1, 24, 12, 30, 7.5, 10, 83.5, 62.7]);
    expect(table.getCell('B5').value).toBe(b.leadUnitName);
    const facts = book.getWorksheet('扣分说明')!;
    const lines: string[] = [];
    facts.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join('|')));
    expect(lines).toContain(`${a.leadUnitName}|报送及时|30|24|应考核 5 项，达标 4 项|项目1 第37周 迟报`);
    expect(lines).toContain(`${a.leadUnitName}|堵点与督办单按期办结|15|7.5|应考核 2 项，达标 1 项|${lateNotice} 逾期办结`);
  });
});
