import { expect, it } from 'vitest';
import { ADMIN_PASSWORD, describeEachDialect } from '../../test-support/test-app';
import type { Session, TestApp } from '../../test-support/test-app';
import { projectIdBySeq, signedInUser } from '../../test-support/factories';

interface UnitRef { id: number; name: string; role: 'lead' | 'co' }
interface EscalatedItem { id: number; projectId: number; openInstructions: number }

async function leadUnitOf(t: TestApp, admin: Session, projectId: number): Promise<UnitRef> {
  const units: UnitRef[] = (await t.as(admin, 'GET', `/api/v1/projects/${projectId}`)).json().units;
  return units.find((u) => u.role === 'lead')!;
}

describeEachDialect('leaders: escalated blockers, leader picker and my instructions', (t) => {
  let admin: Session;
  let office: Session;
  let leader: Session;
  let leader2: Session;
  let leadA: Session;
  let leadB: Session;
  let pA: number;
  let pB: number;
  let leaderId: number;
  let leader2Id: number;
  let blockerA: number;
  let blockerB: number;
  let instructionA: number;

  const escalatedOf = async (s: Session): Promise<EscalatedItem[]> => (await t().as(s, 'GET', '/api/v1/me/leader-portfolio')).json().escalatedBlockers;

  it('offers the 督查室 the active leader users to pick from', async () => {
    admin = await t().login('admin', ADMIN_PASSWORD);
    pA = await projectIdBySeq(t(), 2);
    const unitA = await leadUnitOf(t(), admin, pA);
    // a second project led by another unit, to check that units only see their own instructions
    for (let seq = 3; !pB; seq++) {
      const id = await projectIdBySeq(t(), seq);
      if ((await leadUnitOf(t(), admin, id)).id !== unitA.id) pB = id;
    }
    const unitB = await leadUnitOf(t(), admin, pB);
    office = await signedInUser(t(), admin, 'office1', 'supervisor', null);
    leader = await signedInUser(t(), admin, 'leaderA', 'leader', null);
    leader2 = await signedInUser(t(), admin, 'leaderB', 'leader', null);
    leadA = await signedInUser(t(), admin, 'leadA', 'unit_staff', unitA.name);
    leadB = await signedInUser(t(), admin, 'leadB', 'unit_manager', unitB.name);
    leaderId = (await t().as(leader, 'GET', '/api/v1/auth/me')).json().user.id;
    leader2Id = (await t().as(leader2, 'GET', '/api/v1/auth/me')).json().user.id;

    const list = await t().as(office, 'GET', '/api/v1/leaders');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      { userId: leaderId, username: 'leaderA', displayName: 'leaderA' },
      { userId: leader2Id, username: 'leaderB', displayName: 'leaderB' },
    ]);
    expect((await t().as(leadA, 'GET', '/api/v1/leaders')).statusCode).toBe(403);
    expect((await t().as(office, 'PUT', `/api/v1/projects/${pA}/leaders`, { userIds: [leaderId] })).statusCode).toBe(200);
  });

  it('brings an escalated blocker to the project leader, or to every leader while the project has none', async () => {
    blockerA = (await t().as(leadA, 'POST', `/api/v1/projects/${pA}/blockers`, { kind: 'land', description: '用地预审未批' })).json().id;
    blockerB = (await t().as(leadB, 'POST', `/api/v1/projects/${pB}/blockers`, { kind: 'funding', description: '资金未到位' })).json().id;
    expect(await escalatedOf(leader)).toEqual([]);

    expect((await t().as(leadA, 'POST', `/api/v1/blockers/${blockerA}/escalate`, {})).statusCode).toBe(200);
    expect((await t().as(leadB, 'POST', `/api/v1/blockers/${blockerB}/escalate`, {})).statusCode).toBe(200);
    const mine = await escalatedOf(leader);
    expect(mine.map((b) => b.id)).toEqual([blockerA, blockerB]);
    expect(mine[0]).toMatchObject({ projectId: pA, kind: 'land', description: '用地预审未批', status: 'in_progress', openInstructions: 0 });
    expect((await escalatedOf(leader2)).map((b) => b.id)).toEqual([blockerB]);

    // once pB has its own leader, the escalation goes to him only
    expect((await t().as(office, 'PUT', `/api/v1/projects/${pB}/leaders`, { userIds: [leader2Id] })).statusCode).toBe(200);
    expect((await escalatedOf(leader)).map((b) => b.id)).toEqual([blockerA]);
    expect((await escalatedOf(leader2)).map((b) => b.id)).toEqual([blockerB]);
    const all = (await t().as(leader, 'GET', '/api/v1/me/leader-portfolio?all=1')).json();
    expect(all.escalatedBlockers.map((b: EscalatedItem) => b.id)).toEqual([blockerA]);
  });

  it('takes an instruction on a blocker by blockerId and counts it on the escalated blocker', async () => {
    const bySupervisor = await t().as(office, 'POST', `/api/v1/projects/${pA}/instructions`, { text: '请协调', blockerId: blockerA });
    expect(bySupervisor.statusCode).toBe(403);
    const both = await t().as(leader, 'POST', `/api/v1/projects/${pA}/instructions`, { text: '请协调', blockerId: blockerA, targetKind: 'blocker', targetId: blockerA });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toContain('只能针对一个对象');
    expect((await t().as(leader, 'POST', `/api/v1/projects/${pA}/instructions`, { text: '请协调', blockerId: blockerB })).statusCode).toBe(400);

    const created = await t().as(leader, 'POST', `/api/v1/projects/${pA}/instructions`, { text: '请自然资源分局本周内完成预审', blockerId: blockerA });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ targetKind: 'blocker', targetId: blockerA, status: 'open', author: 'leaderA', authorName: 'leaderA' });
    instructionA = created.json().id;
    expect((await escalatedOf(leader))[0]).toMatchObject({ id: blockerA, openInstructions: 1 });
    expect((await t().as(leader2, 'POST', `/api/v1/projects/${pB}/instructions`, { text: '请财政局尽快拨付' })).statusCode).toBe(200);
  });

  it('lists each unit only the instructions on projects it leads, the leader those he wrote, the 督查室 all', async () => {
    const ofA = (await t().as(leadA, 'GET', '/api/v1/me/instructions')).json();
    expect(ofA.items).toHaveLength(1);
    expect(ofA.items[0]).toMatchObject({ id: instructionA, status: 'open', project: { id: pA, seq: 2 } });
    const ofB = (await t().as(leadB, 'GET', '/api/v1/me/instructions')).json();
    expect(ofB.items).toHaveLength(1);
    expect(ofB.items[0].project.id).toBe(pB);
    expect((await t().as(leader, 'GET', '/api/v1/me/instructions')).json().items.map((i: { id: number }) => i.id)).toEqual([instructionA]);
    expect((await t().as(office, 'GET', '/api/v1/me/instructions')).json().total).toBe(2);
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
    expect(await escalatedOf(leader)).toEqual([]);
  });
});
