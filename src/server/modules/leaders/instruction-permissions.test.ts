import { expect, it } from 'vitest';
import { adminSession, buildProject, buildUnitUser, uniqueSuffix } from '../../test-support/factories';
import { buildLeader } from '../../test-support/steering.factories';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';

describeEachDialect('批示 and 分管领导: what each user may do, as the views say', (t) => {
  it('tells each user whether he may answer or close a 批示', async () => {
    const s = uniqueSuffix();
    const project = await buildProject(t(), { lead: `区住建局${s}`, co: [`马集镇${s}`] });
    const lead = await buildUnitUser(t(), project.leadUnitId);
    const co = await buildUnitUser(t(), project.coUnits[0]!.id);
    const leader = await buildLeader(t());
    const otherLeader = await buildLeader(t());
    const admin = await adminSession(t());
    const created = await t().as(leader, 'POST', `/api/v1/projects/${project.id}/instructions`, { text: '请加快推进' });
    expect(created.json().permissions).toEqual({ canAnswer: false, canClose: false });
    const id = created.json().id;

    const listed = async (who: Session) => (await t().as(who, 'GET', `/api/v1/projects/${project.id}/instructions`)).json();
    expect((await listed(leader)).permissions).toEqual({ canInstruct: true });
    expect((await listed(lead)).permissions).toEqual({ canInstruct: false });
    expect((await listed(lead)).items[0].permissions).toEqual({ canAnswer: true, canClose: false });
    expect((await listed(co)).items[0].permissions).toEqual({ canAnswer: false, canClose: false });

    await t().as(lead, 'POST', `/api/v1/instructions/${id}/answer`, { text: '已推进', evidence: '现场照片' });
    expect((await listed(leader)).items[0].permissions).toEqual({ canAnswer: false, canClose: true });
    expect((await listed(otherLeader)).items[0].permissions).toEqual({ canAnswer: false, canClose: false });
    expect((await listed(admin)).items[0].permissions).toEqual({ canAnswer: false, canClose: true });
    expect((await t().as(lead, 'GET', '/api/v1/me/instructions')).json().items[0].permissions).toEqual({ canAnswer: true, canClose: false });

    // 分管领导: the 督查室 assigns them
    expect((await t().as(admin, 'GET', `/api/v1/projects/${project.id}/leaders`)).json().permissions).toEqual({ canEdit: true });
    expect((await t().as(lead, 'GET', `/api/v1/projects/${project.id}/leaders`)).json().permissions).toEqual({ canEdit: false });
  });
});
