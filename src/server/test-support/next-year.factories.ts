import type { Solicitation } from '../../contract/solicitations.contract';
import type { Candidate, VoteSession } from '../../contract/votes.contract';
import { submitPublicProposal } from '../modules/next-year/solicitations.service';
import { buildUser, uniqueSuffix } from './factories';
import type { UnitUser } from './factories';
import type { Session, TestApp } from './test-app';

/** Test data of next year's list (issue 12): candidates, a 票决 and deputies, made through the API as the 督查室 would. */

async function ok<T>(t: TestApp, who: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const res = await t.as(who, method, url, body);
  if (res.statusCode !== 200) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/** `count` candidates for `year` named 候选<n>-<suffix>, each with a lead unit suggestion of its own. */
export async function buildCandidates(t: TestApp, office: Session, year: number, count: number): Promise<Candidate[]> {
  const suffix = uniqueSuffix();
  const made: Candidate[] = [];
  for (let i = 1; i <= count; i++) {
    made.push(
      await ok<Candidate>(t, office, 'POST', '/api/v1/vote-candidates', {
        year,
        name: `候选项目${i}-${suffix}`,
        content: `新建口袋公园${i}处，年底前建成开放。`,
        leadUnit: `票决测试局${suffix}${i % 3}`,
        investment: 100 * i,
        expectedEffect: `惠及群众${i}万人`,
      }),
    );
  }
  return made;
}

/** A 票决 over the year's candidates (choose `chooseCount`), opened. */
export async function buildOpenVote(t: TestApp, office: Session, year: number, chooseCount: number): Promise<VoteSession> {
  const session = await ok<VoteSession>(t, office, 'POST', '/api/v1/vote-sessions', { year, title: `${year}年民生实事项目票决`, chooseCount });
  return ok<VoteSession>(t, office, 'POST', `/api/v1/vote-sessions/${session.id}/open`, { version: session.version });
}

export async function buildDeputies(t: TestApp, count: number): Promise<UnitUser[]> {
  const deputies: UnitUser[] = [];
  for (let i = 0; i < count; i++) deputies.push(await buildUser(t, 'deputy', null));
  return deputies;
}

/** Close (and optionally publish) a session as the 督查室. */
export async function closeVote(t: TestApp, office: Session, sessionId: number): Promise<VoteSession> {
  const current = await ok<VoteSession>(t, office, 'GET', `/api/v1/vote-sessions/${sessionId}`);
  return ok<VoteSession>(t, office, 'POST', `/api/v1/vote-sessions/${sessionId}/close`, { version: current.version });
}

/** A 征集 open from 2000 to 2099 (so open today) for `year`. */
export async function buildOpenSolicitation(t: TestApp, office: Session, year: number): Promise<Solicitation> {
  return ok<Solicitation>(t, office, 'POST', '/api/v1/solicitations', {
    year,
    title: `${year}年民生实事项目征集`,
    description: '请提出您最关心的民生实事建议。',
    startsOn: '2000-01-01',
    endsOn: '2099-12-31',
  });
}

export interface NextYearWorld {
  year: number;
  solicitationId: number;
  proposalId: number;
  /** a candidate on no ballot paper (editable, deletable) */
  freeCandidateId: number;
  candidateIds: number[];
  openSessionId: number;
  closedSessionId: number;
}

/** What the route matrix walks for next year's list: a 征集 with a pending proposal, 3 candidates in two 票决, one more candidate. */
export async function buildNextYearWorld(t: TestApp, office: Session): Promise<NextYearWorld> {
  const year = 2032;
  const solicitation = await buildOpenSolicitation(t, office, year);
  const proposal = await submitPublicProposal(
    t.ctx,
    solicitation.id,
    { title: '增设社区食堂', background: '老人吃饭难', content: '每个社区设一处老年食堂', name: '张三丰', phone: '13812341234' },
    '127.0.0.1',
  );
  const candidates = await buildCandidates(t, office, year, 3);
  const open = await buildOpenVote(t, office, year, 2);
  const other = await buildOpenVote(t, office, year, 1);
  const closed = await closeVote(t, office, other.id);
  const [free] = await buildCandidates(t, office, year, 1);
  return {
    year,
    solicitationId: solicitation.id,
    proposalId: proposal.id,
    freeCandidateId: free!.id,
    candidateIds: [...candidates.map((c) => c.id), free!.id],
    openSessionId: open.id,
    closedSessionId: closed.id,
  };
}
