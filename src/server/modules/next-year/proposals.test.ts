import { expect, it } from 'vitest';
import type { Proposal } from '../../../contract/solicitations.contract';
import type { VoteSession } from '../../../contract/votes.contract';
import { buildUser } from '../../test-support/factories';
import { buildCandidates, buildDeputies, buildOpenSolicitation, buildOpenVote, closeVote } from '../../test-support/next-year.factories';
import { describeEachDialect } from '../../test-support/test-app';
import { PROPOSAL_LIMITS } from './next-year-public.routes';

/** Each test proposes from an address of its own, so the per-IP limit of one test never touches another. */
let ipCounter = 0;
const newIp = () => `10.12.${Math.floor(Math.random() * 250)}.${++ipCounter}`;

describeEachDialect('征集: proposals from the public, moderated by the 督查室', (t) => {
  const propose = (solicitationId: number, body: object, ip: string) =>
    t().app.inject({ method: 'POST', url: `/api/v1/public/solicitations/${solicitationId}/proposals`, payload: body, remoteAddress: ip });

  it('shows a proposal publicly only once approved, name and phone masked; a rejected one never, with its reason kept', async () => {
    const office = await buildUser(t(), 'supervisor', null);
    const call = await buildOpenSolicitation(t(), office, 2071);
    const ip = newIp();
    const first = await propose(
      call.id,
      { title: '增设社区老年食堂', background: '老人吃饭难', content: '每个社区设一处', name: '张三丰', phone: '13812341234' },
      ip,
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().message).toContain('审核后公开');
    const second = await propose(call.id, { title: '<script>alert(1)</script>广告', background: '广告', content: '广告' }, ip);
    expect(second.statusCode).toBe(200);

    const before = await t().as(null, 'GET', '/api/v1/public/solicitations');
    const mine = () => before.json().items.find((s: { id: number }) => s.id === call.id);
    expect(mine().proposals).toEqual([]);

    const queue = await t().as(office, 'GET', `/api/v1/solicitations/${call.id}/proposals?status=pending`);
    const [spam, good] = queue.json<{ items: Proposal[] }>().items;
    expect(good).toMatchObject({ title: '增设社区老年食堂', name: '张三丰', phone: '13812341234' });
    const noReason = await t().as(office, 'POST', `/api/v1/proposals/${spam!.id}/moderate`, { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    const rejected = await t().as(office, 'POST', `/api/v1/proposals/${spam!.id}/moderate`, { decision: 'reject', reason: '广告信息' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '广告信息' });
    const approved = await t().as(office, 'POST', `/api/v1/proposals/${good!.id}/moderate`, { decision: 'approve' });
    expect(approved.json().status).toBe('approved');
    const twice = await t().as(office, 'POST', `/api/v1/proposals/${good!.id}/moderate`, { decision: 'reject', reason: '改主意' });
    expect(twice.statusCode).toBe(409);

    const after = await t().as(null, 'GET', '/api/v1/public/solicitations');
    const shown = after.json().items.find((s: { id: number }) => s.id === call.id).proposals;
    expect(shown).toEqual([expect.objectContaining({ title: '增设社区老年食堂', name: '张**', phone: '138****1234' })]);
    expect(after.body).not.toContain('13812341234');
    expect(after.body).not.toContain('张三丰');

    const page = await t().as(null, 'GET', '/public/proposals');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('增设社区老年食堂');
    expect(page.body).toContain('138****1234');
    expect(page.body).not.toContain('13812341234');
    expect(page.body).not.toContain('alert(1)');
    expect(page.body).toContain(`data-ms-widget="proposal" data-solicitation-id="${call.id}"`);
  });

  it('refuses proposals outside the call period and past the per-IP limit (429)', async () => {
    const office = await buildUser(t(), 'supervisor', null);
    const closed = await t().as(office, 'POST', '/api/v1/solicitations', {
      year: 2072,
      title: '往年征集',
      description: '',
      startsOn: '2001-01-01',
      endsOn: '2001-12-31',
    });
    const body = { title: '建议', background: '背景', content: '内容' };
    const late = await propose(closed.json().id, body, newIp());
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('不在征集期内');

    const call = await buildOpenSolicitation(t(), office, 2072);
    const ip = newIp();
    for (let i = 0; i < PROPOSAL_LIMITS.burst.limit; i++) expect((await propose(call.id, body, ip)).statusCode).toBe(200);
    const limited = await propose(call.id, body, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toContain('后再试');
    expect((await propose(call.id, body, newIp())).statusCode).toBe(200);
    const badPhone = await propose(call.id, { ...body, phone: '12345' }, newIp());
    expect(badPhone.statusCode).toBe(400);
  });

  it('publishes a 票决 result on the portal only once the 督查室 publishes it', async () => {
    const office = await buildUser(t(), 'supervisor', null);
    const [a, b, c] = await buildCandidates(t(), office, 2073, 3);
    const session = await buildOpenVote(t(), office, 2073, 2);
    const [deputy] = await buildDeputies(t(), 1);
    await t().as(deputy!, 'POST', `/api/v1/vote-sessions/${session.id}/ballot`, { candidateIds: [c!.id, a!.id] });
    const closed = await closeVote(t(), office, session.id);
    expect((await t().as(null, 'GET', `/public/votes/${session.id}`)).statusCode).toBe(404);
    expect((await t().as(null, 'GET', `/api/v1/public/votes/${session.id}`)).statusCode).toBe(404);

    await t().as(office, 'POST', `/api/v1/vote-sessions/${session.id}/publish`, { version: closed.version });
    const api = await t().as(null, 'GET', `/api/v1/public/votes/${session.id}`);
    expect(api.json().rows.map((r: { name: string; votes: number; elected: boolean }) => [r.name, r.votes, r.elected])).toEqual([
      [a!.name, 1, true],
      [c!.name, 1, true],
      [b!.name, 0, false],
    ]);
    const page = await t().as(null, 'GET', `/public/votes/${session.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<td>${a!.name}</td>`);
    expect(page.body.match(/当选<\/strong>/g)).toHaveLength(2);
    const list = await t().as(null, 'GET', '/public/proposals');
    expect(list.body).toContain(`/public/votes/${session.id}`);
    const view = await t().as(office, 'GET', `/api/v1/vote-sessions/${session.id}`);
    expect(view.json<VoteSession>().status).toBe('published');
  });
});
