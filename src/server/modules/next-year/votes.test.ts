import { expect, it } from 'vitest';
import type { VoteSession } from '../../../contract/votes.contract';
import { adminSession, buildProject, buildUser, uniqueSuffix } from '../../test-support/factories';
import { buildCandidates, buildDeputies, buildOpenVote, closeVote } from '../../test-support/next-year.factories';
import { describeEachDialect } from '../../test-support/test-app';
import { votePlanTitle } from './vote-plan.service';
import { insertBallot } from './votes.repo';

describeEachDialect('差额票决 by deputies', (t) => {
  it('a vote of 10 of 13 candidates by 5 deputies publishes the right result; a second ballot by one deputy is refused', async () => {
    const year = 2061;
    const office = await buildUser(t(), 'supervisor', null);
    const candidates = await buildCandidates(t(), office, year, 13);
    const session = await buildOpenVote(t(), office, year, 10);
    const deputies = await buildDeputies(t(), 5);
    // Ballots name candidates through a shuffled order, so the elected are not simply the first ten on the paper.
    const order = [2, 12, 0, 5, 7, 9, 11, 1, 4, 8, 3, 6, 10].map((i) => candidates[i]!);
    const pick = (...positions: number[]) => positions.map((p) => order[p]!.id);
    const ballots = [
      pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
      pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
      pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 10),
      pick(0, 1, 2, 3, 4, 5, 6, 7, 11, 12),
      pick(0, 1, 2, 3, 4, 5, 6, 9, 12),
    ];
    for (const [i, deputy] of deputies.entries()) {
      const res = await t().as(deputy, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: ballots[i] });
      expect(res.statusCode, res.body).toBe(200);
    }
    const again = await t().as(deputies[0]!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: pick(10, 11, 12) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('只能投一次');

    // no running count while the vote is open
    const running = await t().as(office, 'GET', `/api/v1/vote-sessions/${session.id}`);
    expect(running.json<VoteSession>()).toMatchObject({ status: 'open', ballotCount: 5, result: null });

    const closed = await closeVote(t(), office, session.id);
    const rows = closed.result!.rows.map((r) => [r.name, r.votes, r.rank, r.elected]);
    const n = (p: number) => order[p]!.name;
    const byPaper = (...positions: number[]) => positions.sort((a, b) => order[a]!.seq - order[b]!.seq);
    expect(rows).toEqual([
      ...byPaper(0, 1, 2, 3, 4, 5, 6).map((p) => [n(p), 5, 1, true]),
      [n(7), 4, 8, true],
      ...byPaper(8, 9).map((p) => [n(p), 3, 9, true]),
      [n(12), 2, 11, false],
      ...byPaper(10, 11).map((p) => [n(p), 1, 12, false]),
    ]);
    expect(closed.result).toMatchObject({ tie: null, resolved: true });

    const published = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/publish`, { version: closed.version });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<VoteSession>().status).toBe('published');
    const late = await t().as(deputies[4]!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: pick(12) });
    expect(late.statusCode).toBe(409);
  });

  it('refuses a ballot of 11 choices when 10 are to be chosen, and counts nothing of it', async () => {
    const year = 2062;
    const office = await buildUser(t(), 'supervisor', null);
    const candidates = await buildCandidates(t(), office, year, 13);
    const session = await buildOpenVote(t(), office, year, 10);
    const [deputy] = await buildDeputies(t(), 1);
    const eleven = candidates.slice(0, 11).map((c) => c.id);
    const refused = await t().as(deputy!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: eleven });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('最多选择 10 个');
    const paper = await t().as(deputy!, 'GET', '/api/v1/me/ballots');
    expect(paper.json().items.find((p: { sessionId: number }) => p.sessionId === session.id).myBallot).toBeNull();
    // fewer than N is a valid ballot (少选有效)
    const fewer = await t().as(deputy!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: eleven.slice(0, 3) });
    expect(fewer.statusCode, fewer.body).toBe(200);
  });

  it('keeps one ballot when the same deputy submits twice at the same moment', async () => {
    const year = 2063;
    const office = await buildUser(t(), 'supervisor', null);
    const candidates = await buildCandidates(t(), office, year, 3);
    const session = await buildOpenVote(t(), office, year, 2);
    const [deputy] = await buildDeputies(t(), 1);
    const send = (ids: number[]) => t().as(deputy!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: ids });
    const results = await Promise.all([send([candidates[0]!.id]), send([candidates[1]!.id, candidates[2]!.id])]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const closed = await closeVote(t(), office, session.id);
    expect(closed.ballotCount).toBe(1);
    expect(closed.result!.rows.reduce((sum, r) => sum + r.votes, 0)).toBe(results.find((r) => r.statusCode === 200)!.json().candidateIds.length);
  });

  it('has the database itself refuse a second ballot of a deputy, whatever the service checks', async () => {
    const year = 2066;
    const office = await buildUser(t(), 'supervisor', null);
    const candidates = await buildCandidates(t(), office, year, 3);
    const session = await buildOpenVote(t(), office, year, 2);
    const [deputy] = await buildDeputies(t(), 1);
    await insertBallot(t().ctx.db, session.id, deputy!.id, new Date().toISOString(), [candidates[0]!.id]);
    await expect(insertBallot(t().ctx.db, session.id, deputy!.id, new Date().toISOString(), [candidates[1]!.id])).rejects.toThrow(/unique|duplicate/i);
  });

  it('holds a tie at the cut until the 督查室 decides, then publishes and drafts the plan', async () => {
    const year = 2064;
    const office = await buildUser(t(), 'supervisor', null);
    const [a, b, c] = await buildCandidates(t(), office, year, 3);
    const session = await buildOpenVote(t(), office, year, 1);
    const deputies = await buildDeputies(t(), 2);
    await t().as(deputies[0]!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: [a!.id] });
    await t().as(deputies[1]!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: [b!.id] });
    const closed = await closeVote(t(), office, session.id);
    expect(closed.result).toMatchObject({ tie: { candidateIds: [a!.id, b!.id], seats: 1 }, resolved: false });
    expect(closed.result!.rows.filter((r) => r.elected)).toEqual([]);

    const publish = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/publish`, { version: closed.version });
    expect(publish.statusCode).toBe(409);
    expect(publish.json().error.message).toContain('请先确定');
    const draft = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/plan-draft`);
    expect(draft.statusCode).toBe(409);
    const wrong = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/resolve-tie`, {
      candidateIds: [c!.id],
      note: '再次票决',
      version: closed.version,
    });
    expect(wrong.statusCode).toBe(400);

    const resolved = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/resolve-tie`, {
      candidateIds: [b!.id],
      note: '主任会议再次票决确定',
      version: closed.version,
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const view = resolved.json<VoteSession>();
    expect(view.result!.rows.filter((r) => r.elected).map((r) => r.name)).toEqual([b!.name]);
    const published = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/publish`, { version: view.version });
    expect(published.statusCode, published.body).toBe(200);
  });

  it('turns the 当选 of 10 of 13 into a draft plan of 10 projects through the notice import, targets proposed and baseline open', async () => {
    const year = 2065;
    const office = await buildUser(t(), 'supervisor', null);
    const candidates = await buildCandidates(t(), office, year, 13);
    const session = await buildOpenVote(t(), office, year, 10);
    const [deputy] = await buildDeputies(t(), 1);
    const chosen = candidates.slice(3).map((c) => c.id);
    await t().as(deputy!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: chosen });
    await closeVote(t(), office, session.id);

    const res = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/plan-draft`);
    expect(res.statusCode, res.body).toBe(200);
    const { planId, projectCount } = res.json();
    expect(projectCount).toBe(10);
    const plan = await t().as(office, 'GET', `/api/v1/plans/${planId}`);
    expect(plan.json()).toMatchObject({ title: votePlanTitle(year), year });
    const projects = await t().as(office, 'GET', `/api/v1/plans/${planId}/projects`);
    const names = projects.json().items.map((p: { name: string }) => p.name);
    expect(names).toEqual(candidates.slice(3).map((c) => c.name));
    const row = await t().ctx.db.selectFrom('plan').select('baseline_locked_at').where('id', '=', planId).executeTakeFirstOrThrow();
    expect(row.baseline_locked_at).toBeNull();
    const proposed = await t()
      .ctx.db.selectFrom('target')
      .innerJoin('project', 'project.id', 'target.project_id')
      .select('target.status')
      .where('project.plan_id', '=', planId)
      .execute();
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((r) => r.status === 'proposed')).toBe(true);

    const twice = await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/plan-draft`);
    expect(twice.statusCode).toBe(409);
    const session2 = await t().as(office, 'GET', `/api/v1/vote-sessions/${session.id}`);
    expect(session2.json().planId).toBe(planId);
  });

  it('keeps deputies out of the back office while they still sign in, see themselves and vote', async () => {
    const [deputy] = await buildDeputies(t(), 1);
    expect((await t().as(deputy!, 'GET', '/api/v1/auth/me')).json().user.role).toBe('deputy');
    for (const url of ['/api/v1/plans', '/api/v1/units', '/api/v1/todo', '/api/v1/vote-sessions', '/api/v1/notifications']) {
      const res = await t().as(deputy!, 'GET', url);
      expect([403, 404], `${url} ${res.statusCode}`).toContain(res.statusCode);
    }
    expect((await t().as(deputy!, 'GET', '/api/v1/me/ballots')).statusCode).toBe(200);
    const office = await buildUser(t(), 'supervisor', null);
    expect((await t().as(office, 'GET', '/api/v1/me/ballots')).statusCode).toBe(403);
    // an admin creates deputy accounts with no unit
    const { leadUnitId } = await buildProject(t());
    const admin = await adminSession(t());
    const withUnit = await t().as(admin, 'POST', '/api/v1/users', {
      username: `dep${uniqueSuffix()}`,
      displayName: '代表',
      role: 'deputy',
      unitId: leadUnitId,
      password: 'First#2024pw',
    });
    expect(withUnit.statusCode).toBe(400);
    expect(withUnit.json().error.message).toContain('人大代表账号不属于任何责任单位');
  });
});
