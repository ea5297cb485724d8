import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { adminSession, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { buildPublishedPlan, citizen } from '../../test-support/public-feedback.factories';
import { describeEachDialect } from '../../test-support/test-app';
import { RATING_ADDRESS_CAP } from './public-ratings.service';
import { SATISFACTION_HEADERS } from './satisfaction-workbook.builder';

type Item = { project: { id: number }; satisfied: number; basic: number; unsatisfied: number; total: number; satisfiedRate: number | null; passed: boolean };
type FollowUp = { id: number; project: { id: number }; reason: string; status: string; version: number; permissions: { canClose: boolean } };

describeEachDialect('满意度: one rating per person and period, results, 测评 table, 回访整改', (t) => {
  const rate = (who: ReturnType<typeof citizen>, projectId: number, rating: string, reason?: string) =>
    who.send('POST', `/api/v1/public/projects/${projectId}/ratings`, { rating, ...(reason ? { reason } : {}) });

  it('takes one rating per person per project and period; a second is refused in Chinese', async () => {
    const plan = await buildPublishedPlan(t());
    const project = plan.projects[0]!;
    const anon = citizen(t());
    const first = await rate(anon, project.id, 'satisfied');
    expect(first.statusCode).toBe(200);
    // the 2024 plan is over: ratings count in its last quarter
    expect(first.json().period).toBe('2024-Q4');
    const cookie = first.cookies.find((c) => c.name === 'ms_voter');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie!.maxAge).toBe(365 * 24 * 3600);

    const second = await rate(anon, project.id, 'unsatisfied', '还没建好');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('每人每季度只能评价一次');
    expect(second.json().error.message).toContain('2024年第4季度');

    const admin = await adminSession(t());
    const summary = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/satisfaction`)).json();
    expect(summary.period).toBe('2024-Q4');
    expect(summary.items.find((i: Item) => i.project.id === project.id)).toMatchObject({ satisfied: 1, unsatisfied: 0, total: 1 });
  });

  it('caps ratings from one address per project and period even with cleared cookies', async () => {
    const plan = await buildPublishedPlan(t());
    const project = plan.projects[0]!;
    const anon = citizen(t());
    for (let i = 0; i < RATING_ADDRESS_CAP; i++) {
      anon.clearCookies();
      expect((await rate(anon, project.id, 'satisfied')).statusCode).toBe(200);
    }
    anon.clearCookies();
    const over = await rate(anon, project.id, 'satisfied');
    expect(over.statusCode).toBe(429);
    expect(over.json().error.message).toContain('同一网络');
  });

  it('counts 满意率 per project for the 督查室 and leaders only, and exports the 测评 table', async () => {
    const s = uniqueSuffix();
    const plan = await buildPublishedPlan(t(), { projects: [{ lead: `区满意甲局${s}` }, { lead: `区满意乙局${s}` }, { lead: `区满意丙局${s}` }] });
    const [a, b] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    for (const rating of ['satisfied', 'satisfied', 'basic']) expect((await rate(citizen(t()), a.id, rating)).statusCode).toBe(200);
    for (const rating of ['satisfied', 'basic', 'unsatisfied', 'unsatisfied']) expect((await rate(citizen(t()), b.id, rating)).statusCode).toBe(200);

    const leader = await buildUser(t(), 'leader', null);
    const summary = (await t().as(leader, 'GET', `/api/v1/plans/${plan.planId}/satisfaction?period=year`)).json();
    const row = (id: number) => summary.items.find((i: Item) => i.project.id === id);
    expect(row(a.id)).toMatchObject({ satisfied: 2, basic: 1, unsatisfied: 0, total: 3, satisfiedRate: 66.7, passed: true });
    expect(row(b.id)).toMatchObject({ satisfied: 1, total: 4, satisfiedRate: 25, passed: false });
    expect(summary.totals).toMatchObject({ satisfied: 3, total: 7 });
    const unit = await buildUnitUser(t(), a.leadUnitId);
    expect((await t().as(unit, 'GET', `/api/v1/plans/${plan.planId}/satisfaction`)).statusCode).toBe(403);

    const admin = await adminSession(t());
    const xlsx = await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/satisfaction.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent('满意度测评表_2024.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('满意度测评')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(SATISFACTION_HEADERS);
    const rows = [4, 5, 6].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows[0]).toEqual([1, a.name, a.leadUnitName, 2, 1, 0, 3, 0.667, '通过']);
    expect(rows[1]).toEqual([2, b.name, b.leadUnitName, 1, 1, 2, 4, 0.25, '未通过']);
    expect(rows[2]!.slice(3)).toEqual([0, 0, 0, 0, '—', '未参评']);
  });

  it('turns 不满意 with a reason into a 回访整改 task the lead unit answers and closes', async () => {
    const s = uniqueSuffix();
    const plan = await buildPublishedPlan(t(), { projects: [{ lead: `区回访甲局${s}` }, { lead: `区回访乙局${s}` }] });
    const [a, b] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    const unitBefore = await buildUnitUser(t(), a.leadUnitId);
    const res = await rate(citizen(t()), a.id, 'unsatisfied', '充电桩建好了但一直没通电');
    expect(res.json().message).toContain('回访整改');
    // 不满意 without a reason, or another rating with one, makes no task
    await rate(citizen(t()), a.id, 'unsatisfied');
    await rate(citizen(t()), a.id, 'basic', '还可以');

    const unit = unitBefore;
    // told in the bell, with the citizen's reason (one follow-up, one notification)
    const bell = (await t().as(unit, 'GET', '/api/v1/notifications')).json().items as { kind: string; body: string }[];
    expect(bell.filter((n) => n.kind === 'satisfaction_follow_up').map((n) => n.body)).toEqual([expect.stringContaining('充电桩建好了但一直没通电')]);
    const todo = (await t().as(unit, 'GET', '/api/v1/me/rating-follow-ups')).json().items as FollowUp[];
    expect(todo).toHaveLength(1);
    expect(todo[0]).toMatchObject({ reason: '充电桩建好了但一直没通电', status: 'open', permissions: { canClose: true } });
    const admin = await adminSession(t());
    const office = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/rating-follow-ups`)).json().items as FollowUp[];
    expect(office.map((f) => f.id)).toEqual([todo[0]!.id]);
    expect(office[0]!.permissions.canClose).toBe(false);

    const other = await buildUnitUser(t(), b.leadUnitId);
    expect((await t().as(other, 'GET', `/api/v1/plans/${plan.planId}/rating-follow-ups`)).json().items).toEqual([]);
    expect((await t().as(other, 'POST', `/api/v1/rating-follow-ups/${todo[0]!.id}/close`, { response: '已处理' })).statusCode).toBe(404);
    const empty = await t().as(unit, 'POST', `/api/v1/rating-follow-ups/${todo[0]!.id}/close`, { response: ' ' });
    expect(empty.json().error.message).toContain('处理情况');
    const closed = await t().as(unit, 'POST', `/api/v1/rating-follow-ups/${todo[0]!.id}/close`, {
      response: '已联系供电公司接电，已回访群众',
      version: todo[0]!.version,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', response: '已联系供电公司接电，已回访群众', closedBy: unit.username });
    expect((await t().as(unit, 'GET', '/api/v1/me/rating-follow-ups')).json().items).toEqual([]);
    const again = await t().as(unit, 'POST', `/api/v1/rating-follow-ups/${todo[0]!.id}/close`, { response: '再次' });
    expect(again.statusCode).toBe(409);

    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'username'])
      .where('entity', '=', 'rating_follow_up')
      .where('entity_id', '=', String(todo[0]!.id))
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', username: '群众评价' },
      { action: 'close', username: unit.username },
    ]);
  });

  it('lists a project with two lead units (联合牵头) once, names both, and sends its follow-up to the first', async () => {
    const s = uniqueSuffix();
    const plan = await buildPublishedPlan(t(), { projects: [{ lead: `区联合甲局${s}` }, { lead: `区联合乙局${s}` }] });
    const [a, b] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    // the notice names unit B as a second lead unit of project A
    await t().ctx.db.insertInto('project_unit').values({ project_id: a.id, unit_id: b.leadUnitId, role: 'lead', sort_order: 9 }).execute();
    await rate(citizen(t()), a.id, 'unsatisfied', '施工噪音太大');
    await rate(citizen(t()), a.id, 'satisfied');

    const admin = await adminSession(t());
    const summary = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/satisfaction`)).json();
    const rows = summary.items.filter((i: Item) => i.project.id === a.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ leadUnitName: `${a.leadUnitName}、${b.leadUnitName}`, satisfied: 1, unsatisfied: 1, total: 2 });
    const followUps = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/rating-follow-ups`)).json().items as (FollowUp & { unitId: number })[];
    expect(followUps.map((f) => f.unitId)).toEqual([a.leadUnitId]);

    // a comment on it is listed once, and users of either lead unit may reply
    const posted = await citizen(t()).comment(a.id, { kind: 'message', body: `请控制夜间施工噪音${s}` });
    expect(posted.statusCode).toBe(200);
    const [comment] = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/public-comments`)).json().items;
    await t().as(admin, 'POST', `/api/v1/public-comments/${comment.id}/approve`, {});
    const second = await buildUnitUser(t(), b.leadUnitId);
    const listed = (await t().as(second, 'GET', `/api/v1/plans/${plan.planId}/public-comments`)).json().items;
    expect(listed.map((c: { id: number }) => c.id)).toEqual([comment.id]);
    const replied = await t().as(second, 'POST', `/api/v1/public-comments/${comment.id}/reply`, { reply: '已调整施工时间' });
    expect(replied.statusCode).toBe(200);
    const shown = (await citizen(t()).send('GET', `/api/v1/public/projects/${a.id}/comments`)).json().items;
    expect(shown[0].reply).toMatchObject({ text: '已调整施工时间', unitName: b.leadUnitName });
  });
});
