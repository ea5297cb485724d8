import { expect, it } from 'vitest';
import { addWorkingDays, buildCalendar, CHINA_HOLIDAY_SCHEDULES } from '../../../domain/workdays';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';
import { adminSession, buildProject, buildUnitUser, uniqueSuffix } from '../../test-support/factories';
import { buildBlocker, buildGreenChannelRequest } from '../../test-support/steering.factories';

describeEachDialect('blockers and green-channel requests', (t) => {
  const landBlocker = { kind: 'land', description: '充电桩选址涉及 3 处用地手续未办结', neededFrom: '自然资源和规划部门办理用地手续' } as const;

  /** A project of its own (a lead unit, two co-units) with a user of each unit, and a user of a unit outside it. */
  async function setup() {
    const admin = await adminSession(t());
    const s = uniqueSuffix();
    const project = await buildProject(t(), { co: [`协办单位甲${s}`, `协办单位乙${s}`] });
    const outsider = await buildProject(t());
    const coUnit = project.coUnits[0]!;
    const lead = await buildUnitUser(t(), project.leadUnitId);
    const co = await buildUnitUser(t(), coUnit.id);
    const otherCo = await buildUnitUser(t(), project.coUnits[1]!.id, 'unit_manager');
    const stranger = await buildUnitUser(t(), outsider.leadUnitId);
    return { admin, project, p1: project.id, planId: project.planId, coUnit, lead, co, otherCo, stranger };
  }

  /** The same, with the land blocker raised by the lead unit. */
  async function withBlocker() {
    const s = await setup();
    return { ...s, blockerId: await buildBlocker(t(), s.lead, s.p1, landBlocker) };
  }

  /** The same, with a green-channel request on the blocker to the first co-unit (due in 3 working days). */
  async function withRequest() {
    const s = await withBlocker();
    return { ...s, requestId: await buildGreenChannelRequest(t(), s.lead, s.blockerId, s.coUnit.id, '请协助办理用地手续') };
  }

  it('lets the lead unit raise a blocker and refuses other units and bad input', async () => {
    const { project, p1, lead, stranger } = await setup();
    expect(project.coUnits.length).toBeGreaterThan(0);

    const body = landBlocker;
    const refused = await t().as(stranger, 'POST', `/api/v1/projects/${p1}/blockers`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('主办单位');
    const empty = await t().as(lead, 'POST', `/api/v1/projects/${p1}/blockers`, { ...body, description: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('堵点');
    expect((await t().as(lead, 'POST', `/api/v1/projects/${p1}/blockers`, { ...body, kind: 'weather' })).statusCode).toBe(400);

    const raised = await t().as(lead, 'POST', `/api/v1/projects/${p1}/blockers`, body);
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({
      projectId: p1,
      kind: 'land',
      kindLabel: '用地',
      status: 'open',
      resolvedAt: null,
      escalatedToLeader: false,
      greenChannel: [],
    });
    const blockerId = raised.json().id;
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'blocker')
      .where('entity_id', '=', String(blockerId))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('sends a green-channel request only to a co-unit of the project, due in 3 working days', async () => {
    const { admin, lead, co, stranger, coUnit, blockerId } = await withBlocker();
    const wrong = await t().as(lead, 'POST', `/api/v1/blockers/${blockerId}/green-channel`, { coUnitId: await unitOf(stranger), text: '请协助办理用地手续' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('协办单位');
    // a co-unit with no request yet does not even see the blocker
    expect((await t().as(co, 'POST', `/api/v1/blockers/${blockerId}/green-channel`, { coUnitId: coUnit.id, text: '请协助' })).statusCode).toBe(404);
    expect((await t().as(admin, 'POST', `/api/v1/blockers/${blockerId}/green-channel`, { coUnitId: coUnit.id, text: '请协助' })).statusCode).toBe(403);
    const sent = await t().as(lead, 'POST', `/api/v1/blockers/${blockerId}/green-channel`, { coUnitId: coUnit.id, text: '请协助办理用地手续' });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ coUnitId: coUnit.id, coUnitName: coUnit.name, status: 'requested', answer: null });
    expect(sent.json().dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const requestedOn = new Date(Date.parse(sent.json().requestedAt) + 8 * 3600_000).toISOString().slice(0, 10);
    expect(sent.json().dueDate).toBe(addWorkingDays(buildCalendar(CHINA_HOLIDAY_SCHEDULES), requestedOn, 3));
    const requestId = sent.json().id;
    expect((await t().as(lead, 'GET', `/api/v1/blockers/${blockerId}`)).json()).toMatchObject({
      status: 'in_progress',
      greenChannel: [{ id: requestId, isOverdue: false }],
    });
  });

  it('tells each user which actions they may take, mirroring the rules', async () => {
    const { admin, lead, co, planId, blockerId, requestId } = await withRequest();
    const none = { canRequestGreenChannel: false, canEscalate: false, canResolve: false, canClose: false };
    const noRequestActions = { canAccept: false, canAnswer: false, canClose: false };
    const byLead = (await t().as(lead, 'GET', `/api/v1/blockers/${blockerId}`)).json();
    expect(byLead.permissions).toEqual({ canRequestGreenChannel: true, canEscalate: true, canResolve: true, canClose: true });
    expect(byLead.greenChannel[0].permissions).toEqual(noRequestActions);
    const byOffice = (await t().as(admin, 'GET', `/api/v1/blockers/${blockerId}`)).json();
    expect(byOffice.permissions).toEqual({ ...none, canResolve: true, canClose: true });
    const byCo = (await t().as(co, 'GET', `/api/v1/blockers/${blockerId}`)).json();
    expect(byCo.permissions).toEqual(none);
    expect(byCo.greenChannel[0].permissions).toEqual({ canAccept: true, canAnswer: true, canClose: false });
    // past its due date and unanswered: 逾期
    const due = byCo.greenChannel[0].dueDate as string;
    await t().ctx.db.updateTable('green_channel_request').set({ due_date: '2024-01-02' }).where('id', '=', requestId).execute();
    expect((await t().as(co, 'GET', `/api/v1/blockers/${blockerId}`)).json().greenChannel[0].isOverdue).toBe(true);
    await t().ctx.db.updateTable('green_channel_request').set({ due_date: due }).where('id', '=', requestId).execute();
    // the co-unit's list marks the blocker as waiting for it (待我答复); the lead unit's does not
    const coList = (await t().as(co, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items;
    expect(coList).toMatchObject([{ id: blockerId, awaitingMyUnit: true }]);
    expect((await t().as(lead, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items).toMatchObject([{ id: blockerId, awaitingMyUnit: false }]);
  });

  it('lets only the addressed co-unit accept and answer', async () => {
    const { lead, co, otherCo, planId, blockerId, requestId } = await withRequest();
    const notAddressed = await t().as(otherCo, 'POST', `/api/v1/green-channel/${requestId}/answer`, { text: '已办理' });
    expect(notAddressed.statusCode).toBe(404);
    const byLead = await t().as(lead, 'POST', `/api/v1/green-channel/${requestId}/accept`, {});
    expect(byLead.statusCode).toBe(403);
    expect(byLead.json().error.message).toContain('协办单位');
    const accepted = (await t().as(co, 'POST', `/api/v1/green-channel/${requestId}/accept`, {})).json();
    expect(accepted).toMatchObject({ status: 'accepted', permissions: { canAccept: false, canAnswer: true, canClose: false } });
    expect((await t().as(co, 'POST', `/api/v1/green-channel/${requestId}/accept`, {})).statusCode).toBe(409);
    const blank = await t().as(co, 'POST', `/api/v1/green-channel/${requestId}/answer`, { text: '' });
    expect(blank.statusCode).toBe(400);
    const answered = await t().as(co, 'POST', `/api/v1/green-channel/${requestId}/answer`, { text: '已开辟绿色通道，用地手续 6 月 10 日前办结' });
    expect(answered.json()).toMatchObject({ status: 'answered', answer: '已开辟绿色通道，用地手续 6 月 10 日前办结', answeredBy: co.username });
    expect(answered.json().permissions).toEqual({ canAccept: false, canAnswer: false, canClose: true });
    expect((await t().as(co, 'POST', `/api/v1/green-channel/${requestId}/close`, {})).json()).toMatchObject({ status: 'closed' });
    expect((await t().as(co, 'GET', `/api/v1/blockers/${blockerId}`)).json().greenChannel[0].permissions).toEqual({
      canAccept: false,
      canAnswer: false,
      canClose: false,
    });
    expect((await t().as(co, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items).toMatchObject([{ id: blockerId, awaitingMyUnit: false }]);
  });

  it('shows each unit only its blockers, in the contract shape', async () => {
    const { admin, lead, co, stranger, p1, planId, blockerId } = await withRequest();
    const other = await t().as(lead, 'POST', `/api/v1/projects/${p1}/blockers`, { kind: 'funding', description: '二期资金未到位' });
    const escalatedId = other.json().id;
    const list = await t().as(admin, 'GET', `/api/v1/plans/${planId}/blockers`);
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'kind', 'projectId', 'raisedAt', 'resolvedAt', 'status']));
    }
    expect(items.find((i: { id: number }) => i.id === blockerId)).toMatchObject({ projectId: p1, kind: 'land', status: 'in_progress', resolvedAt: null });
    expect((await t().as(lead, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items).toHaveLength(2);
    // the co-unit sees only the blocker addressed to it, and only its own request there
    const coItems = (await t().as(co, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items;
    expect(coItems.map((i: { id: number }) => i.id)).toEqual([blockerId]);
    expect((await t().as(co, 'GET', `/api/v1/blockers/${escalatedId}`)).statusCode).toBe(404);
    expect((await t().as(stranger, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items).toEqual([]);
    expect((await t().as(stranger, 'GET', `/api/v1/blockers/${blockerId}`)).statusCode).toBe(404);
  });

  it('escalates to the leader and resolves or closes with a reason', async () => {
    const { admin, lead, co, p1, planId, blockerId } = await withRequest();
    const escalatedId = await buildBlocker(t(), lead, p1, { kind: 'funding', description: '二期资金未到位' });
    expect((await t().as(co, 'POST', `/api/v1/blockers/${escalatedId}/escalate`, {})).statusCode).toBe(404);
    const escalated = await t().as(lead, 'POST', `/api/v1/blockers/${escalatedId}/escalate`, {});
    expect(escalated.json()).toMatchObject({ escalatedToLeader: true, status: 'in_progress' });
    expect(escalated.json().permissions).toMatchObject({ canEscalate: false, canRequestGreenChannel: true, canResolve: true });
    expect((await t().as(lead, 'POST', `/api/v1/blockers/${escalatedId}/escalate`, {})).statusCode).toBe(409);

    const noText = await t().as(lead, 'POST', `/api/v1/blockers/${blockerId}/resolve`, { resolution: '   ' });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().error.message).toContain('如何解决');
    expect((await t().as(co, 'POST', `/api/v1/blockers/${blockerId}/resolve`, { resolution: '已解决' })).statusCode).toBe(403);
    const resolved = await t().as(lead, 'POST', `/api/v1/blockers/${blockerId}/resolve`, { resolution: '自然资源分局开辟绿色通道，用地手续已办结' });
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: '自然资源分局开辟绿色通道，用地手续已办结' });
    expect(resolved.json().resolvedAt).toBeTruthy();
    expect(resolved.json().permissions).toEqual({ canRequestGreenChannel: false, canEscalate: false, canResolve: false, canClose: false });
    expect((await t().as(lead, 'POST', `/api/v1/blockers/${blockerId}/close`, { reason: 'x' })).statusCode).toBe(409);

    expect((await t().as(admin, 'POST', `/api/v1/blockers/${escalatedId}/close`, {})).statusCode).toBe(400);
    const closed = await t().as(admin, 'POST', `/api/v1/blockers/${escalatedId}/close`, { reason: '资金已由区财政统筹，不再需要' });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    const items = (await t().as(admin, 'GET', `/api/v1/plans/${planId}/blockers`)).json().items;
    expect(items.every((i: { resolvedAt: string | null }) => i.resolvedAt !== null)).toBe(true);
  });

  async function unitOf(session: Session): Promise<number> {
    return (await t().as(session, 'GET', '/api/v1/auth/me')).json().user.unitId;
  }
});
