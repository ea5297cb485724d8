import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import { adminSession, buildPlan, buildUnitUser } from '../../test-support/factories';
import { assignLeaders, buildBlocker, buildLeader } from '../../test-support/steering.factories';
import { shanghaiDate } from '../../../domain/calendar';
import { xunOf } from './xun';

describeEachDialect('leaders: assignment, portfolio, 旬 digests and instructions', (t) => {
  /** A plan of its own with two projects, two leaders (none assigned yet), a user of p2's lead unit and one of its co-unit. */
  async function setup() {
    const admin = await adminSession(t());
    const plan = await buildPlan(t(), { projects: [{}, {}] });
    const project1 = plan.projects[0]!;
    const project2 = plan.projects[1]!;
    const leadUnit = { id: project2.leadUnitId, name: project2.leadUnitName };
    const leader = await buildLeader(t());
    const leader2 = await buildLeader(t());
    const lead = await buildUnitUser(t(), leadUnit.id);
    const co = await buildUnitUser(t(), project2.coUnits[0]!.id);
    return { admin, p1: project1.id, p2: project2.id, planId: plan.planId, leadUnit, leader, leader2, leaderId: leader.id, lead, co };
  }

  /** The same, with the first leader assigned to p2 by the 督查室. */
  async function withLeaderOfP2() {
    const s = await setup();
    await assignLeaders(t(), s.p2, [s.leaderId]);
    return s;
  }

  it('lets only the 督查室 assign leaders, and only users with role leader', async () => {
    const { admin, p2, leader, leaderId, lead } = await setup();
    const leadId = (await t().as(lead, 'GET', '/api/v1/auth/me')).json().user.id;

    const byUnit = await t().as(lead, 'PUT', `/api/v1/projects/${p2}/leaders`, { userIds: [leaderId] });
    expect(byUnit.statusCode).toBe(403);
    expect(byUnit.json().error.message).toContain('督查室');
    const notLeader = await t().as(admin, 'PUT', `/api/v1/projects/${p2}/leaders`, { userIds: [leadId] });
    expect(notLeader.statusCode).toBe(400);
    expect(notLeader.json().error.message).toContain('不是分管领导');
    const ok = await t().as(admin, 'PUT', `/api/v1/projects/${p2}/leaders`, { userIds: [leaderId, leaderId] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items).toMatchObject([{ userId: leaderId, username: leader.username }]);
    expect((await t().as(lead, 'GET', `/api/v1/projects/${p2}/leaders`)).json().total).toBe(1);
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'project_leader')
      .where('entity_id', '=', String(p2))
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('lists the leader own projects first, with new blockers and overdue action items of the 旬', async () => {
    const { p2, planId, leadUnit, leader, leader2, lead } = await withLeaderOfP2();
    expect((await t().as(lead, 'GET', '/api/v1/me/leader-portfolio')).statusCode).toBe(403);
    const raised = await t().as(lead, 'POST', `/api/v1/projects/${p2}/blockers`, { kind: 'coordination', description: '管线迁改需协调' });
    expect(raised.statusCode).toBe(200);
    const meeting = await t().as(leader, 'POST', `/api/v1/plans/${planId}/meetings`, {
      kind: 'topic',
      date: '2024-06-03',
      host: 'leader1',
      projectIds: [p2],
      actionItems: [{ title: '完成管线迁改方案', ownerUnitId: leadUnit.id, deadline: '2024-06-05', projectId: p2 }],
    });
    expect(meeting.statusCode).toBe(200);

    // the 2024 plan's year is over: by default the desk shows it as of its last day, in its last 旬
    const byDefault = (await t().as(leader, 'GET', '/api/v1/me/leader-portfolio')).json();
    expect(byDefault).toMatchObject({ asOf: '2024-12-31', xun: xunOf('2024-12-31') });
    // the blocker was raised today: the 旬 of today (a chosen date) shows it as new
    const today = shanghaiDate(new Date());
    const mine = await t().as(leader, 'GET', `/api/v1/me/leader-portfolio?asOf=${today}`);
    expect(mine.statusCode).toBe(200);
    const body = mine.json();
    expect(body.xun).toEqual(xunOf(today));
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ projectId: p2, mine: true });
    expect(['completed', 'on_track', 'behind', 'seriously_behind']).toContain(body.items[0].status);
    expect(body.items[0].changes.newBlockers).toMatchObject([{ id: raised.json().id, kind: 'coordination' }]);
    expect(body.items[0].changes.overdueActionItems).toMatchObject([{ title: '完成管线迁改方案', deadline: '2024-06-05' }]);
    expect(typeof body.items[0].changes.statusChanged).toBe('boolean');

    const all = (await t().as(leader, 'GET', '/api/v1/me/leader-portfolio?all=1')).json();
    expect(all.items.length).toBeGreaterThan(1);
    expect(all.items[0]).toMatchObject({ projectId: p2, mine: true });
    expect(all.items.slice(1).every((i: { mine: boolean }) => !i.mine)).toBe(true);
    expect((await t().as(leader2, 'GET', '/api/v1/me/leader-portfolio')).json().items).toEqual([]);
    expect((await t().as(leader, 'GET', '/api/v1/me/leader-portfolio?asOf=2024-6-1')).statusCode).toBe(400);
  });

  it('claims the 旬 digest once, even with two concurrent generate calls', async () => {
    const { p2, leader, leader2, leaderId, lead } = await withLeaderOfP2();
    expect((await t().as(lead, 'POST', '/api/v1/me/xun-digests/generate', {})).statusCode).toBe(403);
    const [a, b] = await Promise.all([
      t().as(leader, 'POST', '/api/v1/me/xun-digests/generate', {}),
      t().as(leader, 'POST', '/api/v1/me/xun-digests/generate', {}),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.json().digest.id).toBe(b.json().digest.id);
    expect([a.json().created, b.json().created].filter(Boolean)).toHaveLength(1);
    const again = await t().as(leader, 'POST', '/api/v1/me/xun-digests/generate', {});
    expect(again.json()).toMatchObject({ created: false, digest: { id: a.json().digest.id } });
    const rows = await t().ctx.db.selectFrom('xun_digest').selectAll().where('user_id', '=', leaderId).execute();
    expect(rows).toHaveLength(1);
    const list = (await t().as(leader, 'GET', '/api/v1/me/xun-digests')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ periodStart: xunOf(shanghaiDate(new Date())).start, label: xunOf(shanghaiDate(new Date())).label });
    expect(list.items[0].content.items[0]).toMatchObject({ projectId: p2 });
    expect((await t().as(leader2, 'GET', '/api/v1/me/xun-digests')).json().items).toEqual([]);
  });

  it('lets only leaders write instructions; the lead unit answers with evidence; the author closes', async () => {
    const { admin, p1, p2, planId, leader, leader2, lead, co } = await withLeaderOfP2();
    await buildBlocker(t(), lead, p2, { kind: 'coordination', description: '管线迁改需协调' });
    const byUnit = await t().as(lead, 'POST', `/api/v1/projects/${p2}/instructions`, { text: '请加快推进' });
    expect(byUnit.statusCode).toBe(403);
    expect(byUnit.json().error.message).toContain('分管领导');
    expect((await t().as(admin, 'POST', `/api/v1/projects/${p2}/instructions`, { text: '请加快推进' })).statusCode).toBe(403);
    expect((await t().as(leader, 'POST', `/api/v1/projects/${p2}/instructions`, { text: '  ' })).statusCode).toBe(400);
    const blockerId = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items[0].id;
    expect(
      (await t().as(leader, 'POST', `/api/v1/projects/${p1}/instructions`, { text: '请协调', targetKind: 'blocker', targetId: blockerId })).statusCode,
    ).toBe(400);

    const created = await t().as(leader, 'POST', `/api/v1/projects/${p2}/instructions`, {
      text: '请本周内召开协调会解决管线迁改',
      targetKind: 'blocker',
      targetId: blockerId,
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ projectId: p2, status: 'open', author: leader.username, targetKind: 'blocker', targetId: blockerId, answer: null });
    const instructionId = created.json().id;
    expect((await t().as(lead, 'GET', `/api/v1/projects/${p2}/instructions`)).json().items).toMatchObject([{ id: instructionId }]);

    const early = await t().as(leader, 'POST', `/api/v1/instructions/${instructionId}/close`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('尚未答复');
    const byCo = await t().as(co, 'POST', `/api/v1/instructions/${instructionId}/answer`, { text: '已落实', evidence: '会议纪要' });
    expect([403, 404]).toContain(byCo.statusCode);
    const noEvidence = await t().as(lead, 'POST', `/api/v1/instructions/${instructionId}/answer`, { text: '已召开协调会' });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.message).toContain('佐证');
    const answered = await t().as(lead, 'POST', `/api/v1/instructions/${instructionId}/answer`, {
      text: '已召开协调会，管线迁改 6 月底完成',
      evidence: '协调会纪要（2024-06-07）',
    });
    expect(answered.json()).toMatchObject({ status: 'answered', answeredBy: lead.username, evidence: '协调会纪要（2024-06-07）' });

    const byOther = await t().as(leader2, 'POST', `/api/v1/instructions/${instructionId}/close`, {});
    expect(byOther.statusCode).toBe(403);
    const closed = await t().as(leader, 'POST', `/api/v1/instructions/${instructionId}/close`, {});
    expect(closed.json()).toMatchObject({ status: 'closed', closedBy: leader.username });
    expect(closed.json().closedAt).toBeTruthy();
    expect((await t().as(admin, 'POST', `/api/v1/instructions/${instructionId}/close`, {})).statusCode).toBe(409);
    expect((await t().as(lead, 'POST', `/api/v1/instructions/${instructionId}/answer`, { text: 'x', evidence: 'y' })).statusCode).toBe(409);

    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'instruction')
      .where('entity_id', '=', String(instructionId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'answer', 'close']);
  });
});
