import sharp from 'sharp';
import { expect, it } from 'vitest';
import { shanghaiDate } from '../../../domain/calendar';
import { adminSession, buildProject, buildUnitUser, buildUser, uniqueSuffix } from '../../test-support/factories';
import { describeEachDialect, multipartFile } from '../../test-support/test-app';
import { escalateOverdueNotices } from './supervision-escalation.service';

describeEachDialect('督办单 (supervision notices)', (t) => {
  const today = () => shanghaiDate(new Date());
  const inDays = (days: number) => shanghaiDate(new Date(Date.now() + days * 86_400_000));

  /** A project with a co-unit, a 督查室 user, a leader, a user of the lead unit, of the co-unit and of an unrelated unit. */
  async function setup() {
    const admin = await adminSession(t());
    const project = await buildProject(t(), { co: [`协办单位${uniqueSuffix()}`] });
    const outsider = await buildProject(t());
    const office = await buildUser(t(), 'supervisor', null);
    const leader = await buildUser(t(), 'leader', null);
    const lead = await buildUnitUser(t(), project.leadUnitId);
    const co = await buildUnitUser(t(), project.coUnits[0]!.id);
    const stranger = await buildUnitUser(t(), outsider.leadUnitId, 'unit_manager');
    const body = {
      projectId: project.id,
      unitId: project.leadUnitId,
      subject: '充电桩建设进度滞后',
      problem: '截至6月底仅建成46座，低于序时进度30个百分点',
      requirement: '倒排工期，7月底前完成选址并开工',
      deadline: inDays(10),
    };
    return { admin, project, planId: project.planId, office, leader, lead, co, stranger, body };
  }

  async function issued() {
    const s = await setup();
    const res = await t().as(s.office, 'POST', `/api/v1/plans/${s.planId}/supervision-notices`, s.body);
    expect(res.statusCode).toBe(200);
    return { ...s, id: res.json().id as number, notice: res.json() };
  }

  const pngFile = async () =>
    multipartFile(
      '整改后现场.png',
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } })
        .png()
        .toBuffer(),
    );

  it('runs the whole lifecycle: issued → 签收 → 反馈 with evidence → 退回 → 反馈 → 办结, each step versioned, on the timeline and audited', async () => {
    const { office, lead, id, notice, planId, project } = await issued();
    const year = (await t().ctx.db.selectFrom('plan').select('year').where('id', '=', planId).executeTakeFirstOrThrow()).year;
    expect(notice).toMatchObject({
      status: 'issued',
      isOverdue: false,
      escalated: false,
      unitId: project.leadUnitId,
      project: { id: project.id },
      issuedBy: office.username,
    });
    expect(notice.number).toMatch(new RegExp(`^督办〔${year}〕\\d+号$`));
    expect(notice.permissions).toEqual({ canSign: false, canRespond: false, canUploadEvidence: false, canReview: false });
    const second = await t().as(office, 'POST', `/api/v1/plans/${planId}/supervision-notices`, {
      ...(await setup()).body,
      projectId: project.id,
      unitId: project.leadUnitId,
    });
    const seqOf = (n: string) => Number(/〕(\d+)号/.exec(n)![1]);
    expect(seqOf(second.json().number)).toBe(seqOf(notice.number) + 1);

    const byUnit = (await t().as(lead, 'GET', `/api/v1/supervision-notices/${id}`)).json();
    expect(byUnit.permissions).toEqual({ canSign: true, canRespond: false, canUploadEvidence: false, canReview: false });
    const signed = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/sign`, { version: byUnit.version });
    expect(signed.json()).toMatchObject({
      status: 'signed',
      signedBy: lead.username,
      permissions: { canSign: false, canRespond: true, canUploadEvidence: true },
    });

    const file = await pngFile();
    const upload = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/attachments`, file.payload, file.headers);
    expect(upload.statusCode).toBe(200);
    expect(upload.json()).toMatchObject({ fileName: '整改后现场.png', isImage: true });
    expect((await t().as(lead, 'GET', upload.json().url)).statusCode).toBe(200);

    const responded = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, {
      response: '已完成选址 12 处，开工 8 处',
      evidence: '现场照片、开工令',
      version: signed.json().version,
    });
    expect(responded.json()).toMatchObject({
      status: 'responded',
      response: '已完成选址 12 处，开工 8 处',
      evidence: '现场照片、开工令',
      attachments: [{ fileName: '整改后现场.png' }],
    });
    const byOffice = (await t().as(office, 'GET', `/api/v1/supervision-notices/${id}`)).json();
    expect(byOffice.permissions).toEqual({ canSign: false, canRespond: false, canUploadEvidence: false, canReview: true });

    const noReason = await t().as(office, 'POST', `/api/v1/supervision-notices/${id}/review`, { outcome: 'return', comment: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('退回原因');
    const returned = await t().as(office, 'POST', `/api/v1/supervision-notices/${id}/review`, {
      outcome: 'return',
      comment: '请补充开工令扫描件',
      version: byOffice.version,
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请补充开工令扫描件', permissions: { canReview: false } });
    expect((await t().as(lead, 'GET', `/api/v1/supervision-notices/${id}`)).json().permissions).toMatchObject({ canRespond: true, canSign: false });
    const again = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, { response: '已补充开工令', evidence: '开工令扫描件' });
    expect(again.json().status).toBe('responded');
    const closed = await t().as(office, 'POST', `/api/v1/supervision-notices/${id}/review`, { outcome: 'close', comment: '整改到位' });
    expect(closed.json()).toMatchObject({ status: 'closed', reviewedBy: office.username, isOverdue: false });
    expect(closed.json().timeline.map((e: { action: string }) => e.action)).toEqual(['issue', 'sign', 'respond', 'return', 'respond', 'close']);
    expect(closed.json().version).toBe(6);

    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'supervision_notice')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['issue', 'sign', 'respond', 'return', 'respond', 'close']);
  });

  it('refuses a notice without a deadline, with a past deadline, or to a unit outside the project', async () => {
    const { office, planId, body, stranger, lead } = await setup();
    const url = `/api/v1/plans/${planId}/supervision-notices`;
    const missing = await t().as(office, 'POST', url, { ...body, deadline: undefined });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('请填写办理期限');
    const past = await t().as(office, 'POST', url, { ...body, deadline: '2024-01-02' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.message).toContain(`不能早于今天（${today()}）`);
    const strangerUnit = (await t().as(stranger, 'GET', '/api/v1/auth/me')).json().user.unitId;
    const wrongUnit = await t().as(office, 'POST', url, { ...body, unitId: strangerUnit });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().error.message).toContain('主办或协办单位');
    expect((await t().as(office, 'POST', url, { ...body, requirement: '' })).json().error.message).toContain('整改要求');
    expect((await t().as(lead, 'POST', url, body)).statusCode).toBe(403);
    expect(await t().ctx.db.selectFrom('supervision_notice').select('id').where('plan_id', '=', planId).execute()).toEqual([]);
    // today itself is a valid deadline
    expect((await t().as(office, 'POST', url, { ...body, deadline: today() })).statusCode).toBe(200);
  });

  it('refuses a response without evidence text and leaves the notice as it was', async () => {
    const { lead, id } = await issued();
    const early = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, { response: '已整改', evidence: '照片' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('请先签收');
    await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/sign`, {});
    const noEvidence = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, { response: '已整改', evidence: '  ' });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.message).toContain('佐证材料');
    const noResponse = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, { evidence: '照片' });
    expect(noResponse.json().error.message).toContain('办理情况');
    expect((await t().as(lead, 'GET', `/api/v1/supervision-notices/${id}`)).json()).toMatchObject({ status: 'signed', response: null, evidence: null });
  });

  it('shows a notice only to the 督查室, leaders and the addressed unit; other units get 404 and cannot act', async () => {
    const { office, leader, lead, co, stranger, id, planId } = await issued();
    for (const who of [office, leader, lead]) expect((await t().as(who, 'GET', `/api/v1/supervision-notices/${id}`)).statusCode).toBe(200);
    for (const who of [co, stranger]) {
      expect((await t().as(who, 'GET', `/api/v1/supervision-notices/${id}`)).statusCode).toBe(404);
      expect((await t().as(who, 'POST', `/api/v1/supervision-notices/${id}/sign`, {})).statusCode).toBe(404);
      expect((await t().as(who, 'GET', `/api/v1/plans/${planId}/supervision-notices`)).json().items).toEqual([]);
    }
    expect((await t().as(leader, 'POST', `/api/v1/supervision-notices/${id}/sign`, {})).statusCode).toBe(403);
    const list = (await t().as(lead, 'GET', `/api/v1/plans/${planId}/supervision-notices`)).json();
    expect(list).toMatchObject({ total: 1, items: [{ id, status: 'issued', permissions: { canSign: true } }], permissions: { canIssue: false } });
    expect((await t().as(office, 'GET', `/api/v1/plans/${planId}/supervision-notices?status=closed`)).json().items).toEqual([]);
    expect((await t().as(office, 'GET', `/api/v1/plans/${planId}/supervision-notices?status=issued`)).json()).toMatchObject({
      items: [{ id }],
      permissions: { canIssue: true },
    });
  });

  it('refuses steps from the wrong state and a stale version', async () => {
    const { office, lead, id } = await issued();
    const early = await t().as(office, 'POST', `/api/v1/supervision-notices/${id}/review`, { outcome: 'close' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('尚未反馈');
    const signed = (await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/sign`, { version: 1 })).json();
    const twice = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/sign`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('不能重复签收');
    const stale = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, { response: '已整改', evidence: '照片', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await t().as(lead, 'GET', `/api/v1/supervision-notices/${id}`)).json()).toMatchObject({ status: 'signed', version: signed.version });
    await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, { response: '已整改', evidence: '照片' });
    await t().as(office, 'POST', `/api/v1/supervision-notices/${id}/review`, { outcome: 'close' });
    const afterClose = await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/respond`, { response: '再补充', evidence: '照片' });
    expect(afterClose.statusCode).toBe(409);
    expect(afterClose.json().error.message).toContain('已办结');
    const file = await pngFile();
    expect((await t().as(lead, 'POST', `/api/v1/supervision-notices/${id}/attachments`, file.payload, file.headers)).statusCode).toBe(409);
  });

  it('shows an unanswered notice past its deadline as 逾期 and escalates it once to 挂牌督办', async () => {
    const { office, lead, id, planId, project, notice } = await issued();
    const manager = await buildUnitUser(t(), project.leadUnitId, 'unit_manager');
    const notes = async (u: Parameters<ReturnType<typeof t>['as']>[0]) =>
      (await t().as(u, 'GET', '/api/v1/notifications')).json().items as { kind: string; kindLabel: string; title: string; link: string }[];
    // the lead unit was told when the notice was issued
    expect((await notes(lead)).find((n) => n.kind === 'supervision_notice_issued')).toMatchObject({
      kindLabel: '督办单',
      link: `/plans/${planId}/supervision`,
      title: `${notice.number}：充电桩建设进度滞后`,
    });
    await t().ctx.db.updateTable('supervision_notice').set({ deadline: '2024-07-31' }).where('id', '=', id).execute();
    const overdue = (await t().as(lead, 'GET', `/api/v1/supervision-notices/${id}`)).json();
    expect(overdue).toMatchObject({ isOverdue: true, escalated: false });
    expect((await t().as(office, 'GET', `/api/v1/plans/${planId}/supervision-notices?status=overdue`)).json().items.map((i: { id: number }) => i.id)).toEqual([
      id,
    ]);
    expect(await escalateOverdueNotices(t().ctx, '2024-07-31')).not.toContain(id);
    // the plan is of 2024: once its year is over, nothing of it is chased any more
    expect(await escalateOverdueNotices(t().ctx, '2025-01-02')).not.toContain(id);
    expect(await escalateOverdueNotices(t().ctx, '2024-08-01')).toContain(id);
    expect(await escalateOverdueNotices(t().ctx, '2024-08-02')).not.toContain(id);
    const escalated = (await t().as(office, 'GET', `/api/v1/supervision-notices/${id}`)).json();
    expect(escalated).toMatchObject({ escalated: true, isOverdue: true });
    expect(escalated.timeline.at(-1)).toMatchObject({ action: 'escalate', actor: 'system' });
    expect(escalated.timeline.at(-1).text).toContain('挂牌督办');
    // the unit's 负责人 and the 督查室 are told once; the 联络员 is not
    const escalatedOf = async (u: Parameters<typeof notes>[0]) => (await notes(u)).filter((n) => n.kind === 'supervision_notice_escalated');
    expect(await escalatedOf(manager)).toMatchObject([{ kindLabel: '督办单逾期挂牌', title: `${notice.number} 逾期未反馈，已列入挂牌督办` }]);
    expect(await escalatedOf(office)).toHaveLength(1);
    expect(await escalatedOf(lead)).toHaveLength(0);
  });
});
