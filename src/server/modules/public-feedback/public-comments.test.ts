import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { buildPublishedPlan, citizen } from '../../test-support/public-feedback.factories';
import { describeEachDialect } from '../../test-support/test-app';
import { COMMENT_RATE } from './public-comments.service';

type Managed = { id: number; name: string | null; phone: string | null; status: string; permissions: { canReply: boolean } };

describeEachDialect('citizen comments (群众留言): moderation, masking, replies, spam defence', (t) => {
  const text = (what: string) => `${what}，希望充电桩能早日建成投用${uniqueSuffix()}`;

  it('shows a comment only once the 督查室 approves it, masked, with the lead unit reply under it', async () => {
    const plan = await buildPublishedPlan(t());
    const project = plan.projects[0]!;
    const anon = citizen(t());
    const posted = await anon.comment(project.id, { kind: 'suggestion', body: text('小区门口'), name: '张三丰', phone: '13812341234' });
    expect(posted.statusCode).toBe(200);
    expect(posted.json().message).toContain('审核');

    const before = await anon.send('GET', `/api/v1/public/projects/${project.id}/comments`);
    expect(before.json().items).toEqual([]);

    const admin = await adminSession(t());
    const queue = await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/public-comments?status=pending`);
    const pending = queue.json().items as Managed[];
    expect(pending).toHaveLength(1);
    // the 督查室 sees the full phone to call back
    expect(pending[0]).toMatchObject({ name: '张三丰', phone: '13812341234', status: 'pending' });
    const unit = await buildUnitUser(t(), project.leadUnitId);
    const approved = await t().as(admin, 'POST', `/api/v1/public-comments/${pending[0]!.id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    // the lead unit is told in its bell that a comment waits for its answer
    const bell = (await t().as(unit, 'GET', '/api/v1/notifications')).json().items as { kind: string; title: string; link: string }[];
    expect(bell.filter((n) => n.kind === 'public_comment_to_reply')).toEqual([
      expect.objectContaining({ title: `项目 ${project.seq} 有一条群众留言待答复`, link: `/plans/${plan.planId}/public-comments` }),
    ]);
    const unitList = (await t().as(unit, 'GET', `/api/v1/plans/${plan.planId}/public-comments`)).json().items as Managed[];
    expect(unitList).toHaveLength(1);
    expect(unitList[0]).toMatchObject({ name: '张**', phone: '138****1234', permissions: { canReply: true } });
    const replied = await t().as(unit, 'POST', `/api/v1/public-comments/${pending[0]!.id}/reply`, { reply: '已列入计划，6月底前完成。' });
    expect(replied.statusCode).toBe(200);

    const after = await anon.send('GET', `/api/v1/public/projects/${project.id}/comments`);
    expect(after.body).not.toContain('13812341234');
    expect(after.body).not.toContain('张三丰');
    const shown = after.json().items;
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: 'suggestion', name: '张**', phone: '138****1234' });
    expect(shown[0].reply).toMatchObject({ text: '已列入计划，6月底前完成。', unitName: project.leadUnitName });
    expect(shown[0].reply.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'public_comment')
      .where('entity_id', '=', String(pending[0]!.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['approve', 'reply']);
  });

  it('needs a reason to reject; a rejected comment never shows', async () => {
    const plan = await buildPublishedPlan(t());
    const project = plan.projects[0]!;
    const anon = citizen(t());
    expect((await anon.comment(project.id, { kind: 'message', body: text('广告') })).statusCode).toBe(200);
    const admin = await adminSession(t());
    const [comment] = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/public-comments`)).json().items as Managed[];
    const noReason = await t().as(admin, 'POST', `/api/v1/public-comments/${comment!.id}/reject`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('不予公开的原因');
    const rejected = await t().as(admin, 'POST', `/api/v1/public-comments/${comment!.id}/reject`, { reason: '与项目无关' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '与项目无关' });
    expect((await anon.send('GET', `/api/v1/public/projects/${project.id}/comments`)).json().items).toEqual([]);
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('summary')
      .where('entity', '=', 'public_comment')
      .where('action', '=', 'reject')
      .where('entity_id', '=', String(comment!.id))
      .executeTakeFirst();
    expect(audit?.summary).toContain('与项目无关');
  });

  it('lets only the lead unit reply: a co-unit and another unit are refused, a leader reads masked', async () => {
    const s = uniqueSuffix();
    const plan = await buildPublishedPlan(t(), { projects: [{ lead: `区留言甲局${s}` }, { lead: `区留言乙局${s}` }] });
    const [project, other] = plan.projects as [(typeof plan.projects)[0], (typeof plan.projects)[0]];
    const anon = citizen(t());
    await anon.comment(project.id, { kind: 'message', body: text('路灯'), phone: '13900001111' });
    const admin = await adminSession(t());
    const [comment] = (await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}/public-comments`)).json().items as Managed[];
    await t().as(admin, 'POST', `/api/v1/public-comments/${comment!.id}/approve`, {});

    const otherUnit = await buildUnitUser(t(), other.leadUnitId);
    const coUnit = await buildUnitUser(t(), project.coUnits[0]!.id);
    for (const who of [otherUnit, coUnit]) {
      const res = await t().as(who, 'POST', `/api/v1/public-comments/${comment!.id}/reply`, { reply: '我来答复' });
      expect([403, 404]).toContain(res.statusCode);
      expect((await t().as(who, 'GET', `/api/v1/plans/${plan.planId}/public-comments`)).json().items).toEqual([]);
    }
    const leader = await buildUser(t(), 'leader', null);
    const seen = (await t().as(leader, 'GET', `/api/v1/plans/${plan.planId}/public-comments`)).json().items as Managed[];
    expect(seen[0]!.phone).toBe('139****1111');
    expect((await anon.send('GET', `/api/v1/public/projects/${project.id}/comments`)).json().items[0].reply).toBeNull();
  });

  it('refuses the honeypot, a form sent too fast, a forged token, long text, many links and a duplicate', async () => {
    const plan = await buildPublishedPlan(t());
    const project = plan.projects[0]!;
    const anon = citizen(t());
    const honeypot = await anon.comment(project.id, { kind: 'message', body: text('机器人'), website: 'http://spam.example' });
    expect(honeypot.statusCode).toBe(400);

    const fresh = await anon.send('GET', `/api/v1/public/projects/${project.id}/comment-form-token`);
    expect(fresh.json().minSeconds).toBeGreaterThan(0);
    const tooFast = await anon.send('POST', `/api/v1/public/projects/${project.id}/comments`, {
      kind: 'message',
      body: text('太快'),
      formToken: fresh.json().token,
    });
    expect(tooFast.statusCode).toBe(400);
    expect(tooFast.json().error.message).toContain('提交太快');
    const forged = await anon.send('POST', `/api/v1/public/projects/${project.id}/comments`, {
      kind: 'message',
      body: text('伪造'),
      formToken: `${Date.now() - 60_000}.abc`,
    });
    expect(forged.json().error.message).toContain('表单已失效');

    const long = await anon.comment(project.id, { kind: 'message', body: '长'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toContain('500');
    const links = await anon.comment(project.id, { kind: 'message', body: '请看 http://a.example 和 http://b.example' });
    expect(links.json().error.message).toContain('网址');

    const body = text('重复');
    expect((await citizen(t()).comment(project.id, { kind: 'message', body })).statusCode).toBe(200);
    const again = await citizen(t()).comment(project.id, { kind: 'message', body: ` ${body} ` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('重复');
    expect(await t().ctx.db.selectFrom('public_comment').select('id').where('project_id', '=', project.id).execute()).toHaveLength(1);
  });

  it('answers 429 past the comment limit of one address', async () => {
    const plan = await buildPublishedPlan(t());
    const project = plan.projects[0]!;
    const anon = citizen(t());
    for (let i = 0; i < COMMENT_RATE.limit; i++) expect((await anon.comment(project.id, { kind: 'message', body: text(`第${i}条`) })).statusCode).toBe(200);
    const over = await anon.comment(project.id, { kind: 'message', body: text('超出') });
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('RATE_LIMITED');
    // another address is not limited
    expect((await citizen(t()).comment(project.id, { kind: 'message', body: text('另一位') })).statusCode).toBe(200);
  });

  it('knows no project of an unpublished plan', async () => {
    const plan = await buildPlan(t());
    const project = plan.projects[0]!;
    const anon = citizen(t());
    expect((await anon.send('GET', `/api/v1/public/projects/${project.id}/comments`)).statusCode).toBe(404);
    expect((await anon.send('GET', `/api/v1/public/projects/${project.id}/comment-form-token`)).statusCode).toBe(404);
    expect((await anon.comment(project.id, { kind: 'message', body: text('未发布') })).statusCode).toBe(404);
    expect((await anon.send('POST', `/api/v1/public/projects/${project.id}/ratings`, { rating: 'satisfied' })).statusCode).toBe(404);
  });
});
