import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, unitIdByName } from '../../test-support/factories';

interface ProjectItem {
  id: number;
  seq: number;
  name: string;
  content: string;
  leadUnits: string[];
  coUnits: string[];
}

describeEachDialect('plans, projects and units API on the 2024 sample', (t) => {
  /** The admin and the plan of the bundled sample notice, which no test of this file changes. */
  async function setup() {
    const admin = await adminSession(t());
    const plan = await t().ctx.db.selectFrom('plan').select('id').where('doc_number', '=', '济开管发〔2024〕1号').executeTakeFirstOrThrow();
    return { admin, planId: plan.id };
  }

  it('answers the health check with the dialect', async () => {
    const res = await t().as(null, 'GET', '/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: t().dialect });
  });

  it('rejects anonymous API calls with 401 and a Chinese message', async () => {
    for (const url of [
      '/api/v1/plans',
      '/api/v1/plans/1/projects',
      '/api/v1/projects/1',
      '/api/v1/units',
      '/api/v1/users',
      '/api/v1/audit',
      '/api/v1/auth/me',
    ]) {
      const res = await t().as(null, 'GET', url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录。' });
    }
    const write = await t().as(null, 'POST', '/api/v1/imports/notice/preview', {});
    expect(write.statusCode).toBe(401);
  });

  it('lists the imported plan as in the contract', async () => {
    const admin = await adminSession(t());
    const res = await t().as(admin, 'GET', '/api/v1/plans');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ title: '关于办好2024年“重点民生实事”的通知', docNumber: '济开管发〔2024〕1号', year: 2024, projectCount: 27 });
  });

  it('lists the 27 projects with the units of the notice', async () => {
    const { admin, planId } = await setup();
    const res = await t().as(admin, 'GET', `/api/v1/plans/${planId}/projects`);
    const body = res.json<{ items: ProjectItem[]; total: number }>();
    expect(body.total).toBe(27);
    expect(body.items.map((p) => p.seq)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    const [first] = body.items;
    expect(first).toMatchObject({
      seq: 1,
      name: '方便群众新能源汽车充电',
      content: '全区新改建充电桩110座。',
      leadUnits: ['区经济发展局'],
      coUnits: ['区城乡建设和交通局', '市自然资源和规划局经开区分局', '疃里镇', '马集镇', '区供电中心', '济宁祥城投资集团有限公司'],
    });
    const bySeq = new Map(body.items.map((p) => [p.seq, p]));
    expect(bySeq.get(5)?.coUnits).toEqual([]);
    expect(bySeq.get(25)?.leadUnits).toEqual(['区社会事业中心', '市消防救援支队济东大队']);
    expect(bySeq.get(7)?.leadUnits).toEqual(['区组织部（人力资源部）']);
    expect(bySeq.get(3)?.coUnits).toContain('区组织部（人力资源部）');
  });

  it('filters projects by unit and role, and searches name and content', async () => {
    const { admin, planId } = await setup();
    const town = await unitIdByName(t(), '疃里镇');
    const all = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/projects?unitId=${town}`)).json<{ items: ProjectItem[] }>();
    expect(all.items.length).toBeGreaterThan(15);
    expect(all.items.every((p) => p.leadUnits.includes('疃里镇') || p.coUnits.includes('疃里镇'))).toBe(true);
    const lead = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/projects?unitId=${town}&role=lead`)).json<{ total: number }>();
    expect(lead.total).toBe(0);
    const search = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/projects?q=${encodeURIComponent('充电桩')}`)).json<{ items: ProjectItem[] }>();
    expect(search.items.map((p) => p.seq)).toEqual([1]);
    const literal = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/projects?q=${encodeURIComponent('100%')}`)).json<{ items: ProjectItem[] }>();
    expect(literal.items.map((p) => p.seq)).toEqual([6]);
  });

  it('shows one project with its plan, and 404 for an unknown one', async () => {
    const { admin, planId } = await setup();
    const list = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/projects`)).json<{ items: ProjectItem[] }>();
    const p3 = list.items.find((p) => p.seq === 3)!;
    const res = await t().as(admin, 'GET', `/api/v1/projects/${p3.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ seq: 3, name: '丰富托位供给降低托育费用', deadline: '2024-12-31', plan: { docNumber: '济开管发〔2024〕1号' } });
    expect(res.json().content).toContain('\n②');
    const missing = await t().as(admin, 'GET', '/api/v1/projects/99999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('lists units with their load, and a unit with its projects', async () => {
    const { admin } = await setup();
    const units = (await t().as(admin, 'GET', '/api/v1/units')).json<{
      items: { id: number; name: string; kind: string; leadCount: number; coCount: number }[];
    }>();
    const names = units.items.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith('区组织部'))).toEqual(['区组织部（人力资源部）']);
    const social = units.items.find((u) => u.name === '区社会事业中心')!;
    expect(social).toMatchObject({ kind: 'department', leadCount: 9 });
    const town = units.items.find((u) => u.name === '疃里镇')!;
    expect(town.kind).toBe('town');
    const detail = (await t().as(admin, 'GET', `/api/v1/units/${town.id}`)).json<{ lead: unknown[]; co: { seq: number }[] }>();
    expect(detail.lead).toEqual([]);
    expect(detail.co.length).toBe(town.coCount);
  });

  it('counts the load of a unit within one plan', async () => {
    const { admin, planId } = await setup();
    const inPlan = (await t().as(admin, 'GET', `/api/v1/units?planId=${planId}`)).json<{ items: { name: string; leadCount: number }[] }>();
    expect(inPlan.items.find((u) => u.name === '区社会事业中心')?.leadCount).toBe(9);
    const otherPlan = (await t().as(admin, 'GET', '/api/v1/units?planId=99999')).json<{ items: { leadCount: number; coCount: number }[] }>();
    expect(otherPlan.items.every((u) => u.leadCount === 0 && u.coCount === 0)).toBe(true);
  });

  it('answers a missing asset with 404, not the app page', async () => {
    const res = await t().as(null, 'GET', '/assets/missing-abc123.js');
    expect(res.statusCode).toBe(404);
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t().as(null, 'GET', '/api/docs/json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/plans/{id}/projects');
  });
});
