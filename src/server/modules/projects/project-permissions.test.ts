import { expect, it } from 'vitest';
import { adminSession, buildPlan, buildProject, buildUnitUser, buildUser } from '../../test-support/factories';
import { describeEachDialect } from '../../test-support/test-app';

const none = { canEdit: false, canReview: false, canReportWeekly: false, canWriteCoNote: false, canRaiseBlocker: false, canInstruct: false };

describeEachDialect('permissions on plans, projects and users as the views return them', (t) => {
  it('gives a project its actor’s permissions, in the detail and in the plan’s list', async () => {
    const project = await buildProject(t());
    const lead = await buildUnitUser(t(), project.leadUnitId);
    const co = await buildUnitUser(t(), project.coUnits[0]!.id, 'unit_manager');
    const leader = await buildUser(t(), 'leader', null);
    const admin = await adminSession(t());
    const permissionsOf = async (who: typeof lead | typeof admin) => (await t().as(who, 'GET', `/api/v1/projects/${project.id}`)).json().permissions;
    expect(await permissionsOf(lead)).toEqual({ ...none, canEdit: true, canReportWeekly: true, canRaiseBlocker: true });
    expect(await permissionsOf(co)).toEqual({ ...none, canWriteCoNote: true });
    expect(await permissionsOf(leader)).toEqual({ ...none, canInstruct: true });
    expect(await permissionsOf(admin)).toEqual({ ...none, canEdit: true, canReview: true, canReportWeekly: true, canRaiseBlocker: true });
    const list = (await t().as(co, 'GET', `/api/v1/plans/${project.planId}/projects`)).json();
    expect(list.items[0].permissions).toEqual({ ...none, canWriteCoNote: true });
    // the liaison answer is the detail again, with the permissions of whoever saved it
    const version = (await t().as(lead, 'GET', `/api/v1/projects/${project.id}`)).json().version;
    const saved = await t().as(lead, 'PATCH', `/api/v1/projects/${project.id}/liaison`, { liaisonName: '张三', liaisonPhone: null, version });
    expect(saved.json()).toMatchObject({ liaisonName: '张三', permissions: { canEdit: true, canReview: false } });
  });

  it('lets only the office set a plan’s rhythm and review it', async () => {
    const plan = await buildPlan(t());
    const lead = await buildUnitUser(t(), plan.projects[0]!.leadUnitId);
    const admin = await adminSession(t());
    expect((await t().as(admin, 'GET', `/api/v1/plans/${plan.planId}`)).json().permissions).toEqual({ canSetRhythm: true, canReview: true, canPublish: true });
    expect((await t().as(lead, 'GET', `/api/v1/plans/${plan.planId}`)).json().permissions).toEqual({
      canSetRhythm: false,
      canReview: false,
      canPublish: false,
    });
  });

  it('never offers an admin to disable themself or change their own role', async () => {
    const other = await buildUser(t(), 'supervisor', null);
    const admin = await adminSession(t());
    const users = (await t().as(admin, 'GET', '/api/v1/users')).json<{ items: { id: number; username: string; permissions: unknown }[] }>().items;
    // an administrator's own account is the 安全管理员's (三员分立): nothing to offer, not even 编辑
    expect(users.find((u) => u.username === 'admin')?.permissions).toEqual({
      canEdit: false,
      canDisable: false,
      canChangeRole: false,
      canResetPassword: false,
    });
    expect(users.find((u) => u.id === other.id)?.permissions).toEqual({ canEdit: true, canDisable: true, canChangeRole: true, canResetPassword: true });
  });
});
