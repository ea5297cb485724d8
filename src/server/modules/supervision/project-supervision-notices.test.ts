import { expect, it } from 'vitest';
import { shanghaiDate } from '../../../domain/calendar';
import { buildPlan, buildProject, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { describeEachDialect } from '../../test-support/test-app';

/** The project page's 督办单 card: a plan's list narrowed to one project, with the plan list's row access. */
describeEachDialect('督办单 of one project (projectId on the plan list)', (t) => {
  const deadline = () => shanghaiDate(new Date(Date.now() + 10 * 86_400_000));

  /** A plan of two projects with their own units; the 督查室 has sent one notice to each unit of project A and one to project B's lead unit. */
  async function setup() {
    const s = uniqueSuffix();
    const plan = await buildPlan(t(), {
      projects: [
        { lead: `甲主办局${s}`, co: [`甲协办镇${s}`] },
        { lead: `乙主办局${s}`, co: [`乙协办镇${s}`] },
      ],
    });
    const [a, b] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    const office = await buildUser(t(), 'supervisor', null);
    const issue = async (projectId: number, unitId: number, subject: string) => {
      const res = await t().as(office, 'POST', `/api/v1/plans/${plan.planId}/supervision-notices`, {
        projectId,
        unitId,
        subject,
        problem: '进度滞后于序时',
        requirement: `${subject}：倒排工期，按期反馈`,
        deadline: deadline(),
      });
      expect(res.statusCode).toBe(200);
      return res.json().id as number;
    };
    const toLeadA = await issue(a.id, a.leadUnitId, '甲主办事项');
    const toCoA = await issue(a.id, a.coUnits[0]!.id, '甲协办事项');
    const toLeadB = await issue(b.id, b.leadUnitId, '乙主办事项');
    const url = (projectId: number, extra = '') => `/api/v1/plans/${plan.planId}/supervision-notices?projectId=${projectId}${extra}`;
    return { plan, a, b, office, toLeadA, toCoA, toLeadB, url };
  }

  const ids = (json: { items: { id: number }[] }) => json.items.map((i) => i.id);

  it('the 督查室 and leaders see every notice of the project, with its unit, deadline and 整改要求, and may issue', async () => {
    const { a, office, toLeadA, toCoA, url } = await setup();
    const leader = await buildUser(t(), 'leader', null);
    const byOffice = (await t().as(office, 'GET', url(a.id))).json();
    expect(byOffice).toMatchObject({ total: 2, permissions: { canIssue: true } });
    expect(ids(byOffice)).toEqual([toCoA, toLeadA]);
    expect(byOffice.items[1]).toMatchObject({
      project: { id: a.id },
      unitId: a.leadUnitId,
      unitName: a.leadUnitName,
      subject: '甲主办事项',
      requirement: '甲主办事项：倒排工期，按期反馈',
      deadline: deadline(),
      status: 'issued',
      isOverdue: false,
      escalated: false,
    });
    const byLeader = (await t().as(leader, 'GET', url(a.id))).json();
    expect(ids(byLeader)).toEqual([toCoA, toLeadA]);
    expect(byLeader.permissions).toEqual({ canIssue: false });
  });

  it('a unit of the project sees only the notices addressed to it and may sign them; it may not issue', async () => {
    const { a, toLeadA, toCoA, url } = await setup();
    const lead = await buildUnitUser(t(), a.leadUnitId);
    const co = await buildUnitUser(t(), a.coUnits[0]!.id, 'unit_manager');
    const byLead = (await t().as(lead, 'GET', url(a.id))).json();
    expect(byLead).toMatchObject({ total: 1, items: [{ id: toLeadA, permissions: { canSign: true } }], permissions: { canIssue: false } });
    expect(ids((await t().as(co, 'GET', url(a.id))).json())).toEqual([toCoA]);
    // asking for another unit's notices does not widen what a unit sees
    expect((await t().as(lead, 'GET', url(a.id, `&unitId=${a.coUnits[0]!.id}`))).json().items).toEqual([]);
  });

  it('a unit of another project, or of another plan, sees none of the project notices', async () => {
    const { a, b, toLeadB, url } = await setup();
    const otherProject = await buildUnitUser(t(), b.leadUnitId);
    expect((await t().as(otherProject, 'GET', url(a.id))).json()).toMatchObject({ items: [], total: 0 });
    expect(ids((await t().as(otherProject, 'GET', url(b.id))).json())).toEqual([toLeadB]);
    const stranger = await buildUnitUser(t(), (await buildProject(t())).leadUnitId, 'unit_manager');
    expect((await t().as(stranger, 'GET', url(a.id))).json()).toMatchObject({ items: [], total: 0 });
  });

  it('answers an empty list for a project of another plan and 400 for a malformed project id', async () => {
    const { office, url } = await setup();
    const elsewhere = await buildProject(t());
    expect((await t().as(office, 'GET', url(elsewhere.id))).json()).toMatchObject({ items: [], total: 0 });
    expect((await t().as(office, 'GET', url(0))).statusCode).toBe(400);
  });
});
