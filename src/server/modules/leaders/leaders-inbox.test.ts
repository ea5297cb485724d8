import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';
import { buildPlan, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { assignLeaders, buildBlocker, buildInstruction, buildLeader, escalateBlocker } from '../../test-support/steering.factories';

interface EscalatedItem {
  id: number;
  projectId: number;
  openInstructions: number;
}

describeEachDialect('leaders: escalated blockers, leader picker and my instructions', (t) => {
  /**
   * A plan of its own with two projects led by two units (pB is 序号 1, pA 序号 2), a 督查室 user, two leaders and a
   * user of each lead unit. Nothing is assigned yet.
   */
  async function setup() {
    const s = uniqueSuffix();
    const plan = await buildPlan(t(), { projects: [{ lead: `主办单位乙${s}` }, { lead: `主办单位甲${s}` }] });
    const projectB = plan.projects[0]!;
    const projectA = plan.projects[1]!;
    const office = await buildUser(t(), 'supervisor', null);
    const leader = await buildLeader(t(), `leaderA${s}`);
    const leader2 = await buildLeader(t(), `leaderB${s}`);
    const leadA = await buildUnitUser(t(), projectA.leadUnitId);
    const leadB = await buildUnitUser(t(), projectB.leadUnitId, 'unit_manager');
    return { pA: projectA.id, pB: projectB.id, office, leader, leader2, leaderId: leader.id, leader2Id: leader2.id, leadA, leadB };
  }

  /** The same, with the first leader assigned to pA. */
  async function withLeaderOfA() {
    const s = await setup();
    await assignLeaders(t(), s.pA, [s.leaderId]);
    return s;
  }

  /** The same, with a land blocker on pA and a funding blocker on pB escalated, and the second leader assigned to pB. */
  async function withEscalated() {
    const s = await withLeaderOfA();
    const blockerA = await buildBlocker(t(), s.leadA, s.pA, { kind: 'land', description: '用地预审未批' });
    const blockerB = await buildBlocker(t(), s.leadB, s.pB, { kind: 'funding', description: '资金未到位' });
    await escalateBlocker(t(), s.leadA, blockerA);
    await escalateBlocker(t(), s.leadB, blockerB);
    await assignLeaders(t(), s.pB, [s.leader2Id]);
    return { ...s, blockerA, blockerB };
  }

  /** The same, with the first leader's instruction on blocker A and the second leader's on pB, both open. */
  async function withInstructions() {
    const s = await withEscalated();
    const instructionA = await buildInstruction(t(), s.leader, s.pA, { text: '请自然资源分局本周内完成预审', blockerId: s.blockerA });
    await buildInstruction(t(), s.leader2, s.pB, { text: '请财政局尽快拨付' });
    return { ...s, instructionA };
  }

  /** The blockers escalated to a leader, of this test's projects only (other tests escalate on projects of their own). */
  const escalatedOf = async (s: Session, projectIds: number[]): Promise<EscalatedItem[]> =>
    ((await t().as(s, 'GET', '/api/v1/me/leader-portfolio')).json().escalatedBlockers as EscalatedItem[]).filter((b) => projectIds.includes(b.projectId));

  it('offers the 督查室 the active leader users to pick from', async () => {
    const { pA, office, leader, leader2, leaderId, leader2Id, leadA } = await setup();

    const list = await t().as(office, 'GET', '/api/v1/leaders');
    expect(list.statusCode).toBe(200);
    // other tests of this database add leaders of their own: of the list, this test's two, in id order
    const ours = (list.json().items as { userId: number }[]).filter((i) => i.userId === leaderId || i.userId === leader2Id);
    expect(ours).toEqual([
      { userId: leaderId, username: leader.username, displayName: leader.username },
      { userId: leader2Id, username: leader2.username, displayName: leader2.username },
    ]);
    expect((await t().as(leadA, 'GET', '/api/v1/leaders')).statusCode).toBe(403);
    expect((await t().as(office, 'PUT', `/api/v1/projects/${pA}/leaders`, { userIds: [leaderId] })).statusCode).toBe(200);
  });

  it('brings an escalated blocker to the project leader, or to every leader while the project has none', async () => {
    const { pA, pB, office, leader, leader2, leader2Id, leadA, leadB } = await withLeaderOfA();
    const ours = [pA, pB];
    const blockerA = (await t().as(leadA, 'POST', `/api/v1/projects/${pA}/blockers`, { kind: 'land', description: '用地预审未批' })).json().id;
    const blockerB = (await t().as(leadB, 'POST', `/api/v1/projects/${pB}/blockers`, { kind: 'funding', description: '资金未到位' })).json().id;
    expect(await escalatedOf(leader, ours)).toEqual([]);

    expect((await t().as(leadA, 'POST', `/api/v1/blockers/${blockerA}/escalate`, {})).statusCode).toBe(200);
    expect((await t().as(leadB, 'POST', `/api/v1/blockers/${blockerB}/escalate`, {})).statusCode).toBe(200);
    const mine = await escalatedOf(leader, ours);
    expect(mine.map((b) => b.id)).toEqual([blockerA, blockerB]);
    expect(mine[0]).toMatchObject({ projectId: pA, kind: 'land', description: '用地预审未批', status: 'in_progress', openInstructions: 0 });
    expect((await escalatedOf(leader2, ours)).map((b) => b.id)).toEqual([blockerB]);

    // once pB has its own leader, the escalation goes to him only
    expect((await t().as(office, 'PUT', `/api/v1/projects/${pB}/leaders`, { userIds: [leader2Id] })).statusCode).toBe(200);
    expect((await escalatedOf(leader, ours)).map((b) => b.id)).toEqual([blockerA]);
    expect((await escalatedOf(leader2, ours)).map((b) => b.id)).toEqual([blockerB]);
    const all = (await t().as(leader, 'GET', '/api/v1/me/leader-portfolio?all=1')).json();
    expect(all.escalatedBlockers.filter((b: EscalatedItem) => ours.includes(b.projectId)).map((b: EscalatedItem) => b.id)).toEqual([blockerA]);
  });

  it('takes an instruction on a blocker by blockerId and counts it on the escalated blocker', async () => {
    const { pA, pB, office, leader, leader2, blockerA, blockerB } = await withEscalated();
    const ours = [pA, pB];
    const bySupervisor = await t().as(office, 'POST', `/api/v1/projects/${pA}/instructions`, { text: '请协调', blockerId: blockerA });
    expect(bySupervisor.statusCode).toBe(403);
    const both = await t().as(leader, 'POST', `/api/v1/projects/${pA}/instructions`, {
      text: '请协调',
      blockerId: blockerA,
      targetKind: 'blocker',
      targetId: blockerA,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toContain('只能针对一个对象');
    expect((await t().as(leader, 'POST', `/api/v1/projects/${pA}/instructions`, { text: '请协调', blockerId: blockerB })).statusCode).toBe(400);

    const created = await t().as(leader, 'POST', `/api/v1/projects/${pA}/instructions`, { text: '请自然资源分局本周内完成预审', blockerId: blockerA });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ targetKind: 'blocker', targetId: blockerA, status: 'open', author: leader.username, authorName: leader.username });
    expect((await escalatedOf(leader, ours))[0]).toMatchObject({ id: blockerA, openInstructions: 1 });
    expect((await t().as(leader2, 'POST', `/api/v1/projects/${pB}/instructions`, { text: '请财政局尽快拨付' })).statusCode).toBe(200);
  });

  it('lists each unit only the instructions on projects it leads, the leader those he wrote, the 督查室 all', async () => {
    const { pA, pB, office, leader, leadA, leadB, blockerA, instructionA } = await withInstructions();
    const ours = [pA, pB];
    const ofA = (await t().as(leadA, 'GET', '/api/v1/me/instructions')).json();
    expect(ofA.items).toHaveLength(1);
    expect(ofA.items[0]).toMatchObject({ id: instructionA, status: 'open', project: { id: pA, seq: 2 } });
    const ofB = (await t().as(leadB, 'GET', '/api/v1/me/instructions')).json();
    expect(ofB.items).toHaveLength(1);
    expect(ofB.items[0].project.id).toBe(pB);
    expect((await t().as(leader, 'GET', '/api/v1/me/instructions')).json().items.map((i: { id: number }) => i.id)).toEqual([instructionA]);
    // the 督查室 sees every open instruction; of this test's projects, these two
    const ofOffice = (await t().as(office, 'GET', '/api/v1/me/instructions')).json();
    expect(ofOffice.items.filter((i: { project: { id: number } }) => ours.includes(i.project.id))).toHaveLength(2);
    expect(ofOffice.total).toBe(ofOffice.items.length);
    // another unit can neither read nor answer it
    expect((await t().as(leadB, 'GET', `/api/v1/instructions/${instructionA}`)).statusCode).toBe(404);
    expect((await t().as(leadB, 'POST', `/api/v1/instructions/${instructionA}/answer`, { text: '已办', evidence: '无' })).statusCode).toBe(404);

    const answered = await t().as(leadA, 'POST', `/api/v1/instructions/${instructionA}/answer`, { text: '预审已批复', evidence: '预审批复文件' });
    expect(answered.statusCode).toBe(200);
    expect((await t().as(leadA, 'GET', '/api/v1/me/instructions')).json().items[0]).toMatchObject({ status: 'answered', evidence: '预审批复文件' });
    expect((await t().as(office, 'POST', `/api/v1/instructions/${instructionA}/close`, {})).statusCode).toBe(200);
    expect((await t().as(leadA, 'GET', '/api/v1/me/instructions')).json().items).toEqual([]);
    expect((await t().as(leader, 'GET', '/api/v1/me/instructions')).json().items).toEqual([]);

    // a resolved blocker leaves the leader's list
    expect((await t().as(leadA, 'POST', `/api/v1/blockers/${blockerA}/resolve`, { resolution: '预审已批复' })).statusCode).toBe(200);
    expect(await escalatedOf(leader, ours)).toEqual([]);
  });
});
