import { expect, it } from 'vitest';
import { buildPlan, buildProject, buildUnitUser } from './factories';
import { describeEachDialect } from './test-app';

describeEachDialect('test factories', (t) => {
  it('builds a plan of its own with units, proposed targets and a locked baseline when asked', async () => {
    const plan = await buildPlan(t(), { lockBaseline: true, projects: [{}, { content: '改造老旧小区12个，惠及居民3000户。' }] });
    expect(plan.projects).toHaveLength(2);
    const [first, second] = plan.projects;
    expect(first!.leadUnitName).toMatch(/^区测试主办局/);
    expect(first!.coUnits).toHaveLength(1);
    expect(first!.targetIds.length).toBeGreaterThan(0);
    expect(second!.targetIds.length).toBeGreaterThan(0);
    const locked = await t().ctx.db.selectFrom('plan').select('baseline_locked_at').where('id', '=', plan.planId).executeTakeFirstOrThrow();
    expect(locked.baseline_locked_at).not.toBeNull();
  });

  it('signs in a unit user who sees the project and may write for it only as its lead unit', async () => {
    const project = await buildProject(t());
    const lead = await buildUnitUser(t(), project.leadUnitId);
    const co = await buildUnitUser(t(), project.coUnits[0]!.id, 'unit_manager');
    const asLead = await t().as(lead, 'GET', `/api/v1/projects/${project.id}`);
    expect(asLead.statusCode).toBe(200);
    expect(asLead.json().name).toBe(project.name);
    const liaison = { liaisonName: '张三', liaisonPhone: '13800000000', version: asLead.json().version };
    expect((await t().as(co, 'PATCH', `/api/v1/projects/${project.id}/liaison`, liaison)).statusCode).toBe(403);
    expect((await t().as(lead, 'PATCH', `/api/v1/projects/${project.id}/liaison`, liaison)).statusCode).toBe(200);
  });
});
