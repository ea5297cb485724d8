import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';
import { adminSession, buildProject, buildUser, signedInUser, uniqueSuffix, unitIdByName, USER_PASSWORD } from '../../test-support/factories';

describeEachDialect('users, roles and row-level authorisation', (t) => {
  /**
   * Two projects of their own: `project` led by an economic bureau with a town as its only co-unit, and `other`
   * led by a unit of its own. Usernames carry the same suffix, so tests sharing the app do not collide.
   */
  async function units() {
    const admin = await adminSession(t());
    const s = uniqueSuffix();
    const project = await buildProject(t(), { lead: `区经济发展局${s}`, co: [`疃里镇${s}`] });
    const other = await buildProject(t());
    return { admin, project, other, townUnit: project.coUnits[0]!.name, townName: `tuanli${s}`, econName: `jingfa${s}` };
  }

  /** The same, with a 联络员 of the town and a 负责人 of the lead unit, created through the admin API and signed in. */
  async function setup() {
    const u = await units();
    const townStaff = await signedInUser(t(), u.admin, u.townName, 'unit_staff', u.townUnit);
    const econStaff = await signedInUser(t(), u.admin, u.econName, 'unit_manager', u.project.leadUnitName);
    return { ...u, townStaff, econStaff };
  }

  const userNamed = async (admin: Session, username: string) =>
    (await t().as(admin, 'GET', '/api/v1/users'))
      .json<{ items: { id: number; username: string; version: number }[] }>()
      .items.find((u) => u.username === username)!;

  /** The lead unit names 李四 its project's liaison (what the edit test does). */
  async function editLiaison(session: Session, projectId: number) {
    const { version } = (await t().as(session, 'GET', `/api/v1/projects/${projectId}`)).json<{ version: number }>();
    const res = await t().as(session, 'PATCH', `/api/v1/projects/${projectId}/liaison`, { liaisonName: '李四', liaisonPhone: '0537-1234567', version });
    if (res.statusCode !== 200) throw new Error(`liaison: ${res.body}`);
  }

  /** The admin disables the user, who then fails to sign in, enables them and resets the password (what the disable test does). */
  async function disableAndReset(admin: Session, username: string) {
    const user = await userNamed(admin, username);
    const expectStatus = async (status: number, res: Promise<{ statusCode: number; body: string }>) => {
      const r = await res;
      if (r.statusCode !== status) throw new Error(`${username}: ${r.statusCode} ${r.body}`);
    };
    await expectStatus(200, t().as(admin, 'PATCH', `/api/v1/users/${user.id}`, { isDisabled: true, version: user.version }));
    await expectStatus(403, t().as(null, 'POST', '/api/v1/auth/login', { username, password: USER_PASSWORD }));
    await expectStatus(200, t().as(admin, 'PATCH', `/api/v1/users/${user.id}`, { isDisabled: false, version: user.version + 1 }));
    await expectStatus(200, t().as(admin, 'POST', `/api/v1/users/${user.id}/reset-password`, { password: 'Reset#2024pw' }));
  }

  it('creates users of each kind; unit roles need a unit', async () => {
    const { admin, project, townUnit, townName, econName } = await units();
    await signedInUser(t(), admin, townName, 'unit_staff', townUnit);
    await signedInUser(t(), admin, econName, 'unit_manager', project.leadUnitName);
    const noUnit = await t().as(admin, 'POST', '/api/v1/users', {
      username: 'nounit',
      displayName: '无单位',
      role: 'unit_staff',
      unitId: null,
      password: 'First#2024pw',
    });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.message).toBe('角色“单位联络员”必须选择所属单位。');
    const dup = await t().as(admin, 'POST', '/api/v1/users', {
      username: townName,
      displayName: '重复',
      role: 'leader',
      unitId: null,
      password: 'First#2024pw',
    });
    expect(dup.statusCode).toBe(409);
    const weak = await t().as(admin, 'POST', '/api/v1/users', { username: 'weak', displayName: '弱', role: 'leader', unitId: null, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('至少需要 8 位');
    const badName = await t().as(admin, 'POST', '/api/v1/users', {
      username: '张 三',
      displayName: '张三',
      role: 'leader',
      unitId: null,
      password: 'First#2024pw',
    });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.code).toBe('VALIDATION_FAILED');
    expect(badName.json().error.message).toContain('用户名');
    const users = (await t().as(admin, 'GET', '/api/v1/users')).json<{ items: { username: string; unitName: string | null }[] }>();
    expect(users.items.find((u) => u.username === townName)?.unitName).toBe(townUnit);
    expect(JSON.stringify(users)).not.toContain('scrypt');
  });

  it('keeps unit users out of admin and import routes', async () => {
    const { townStaff } = await setup();
    for (const [method, url] of [
      ['GET', '/api/v1/users'],
      ['GET', '/api/v1/audit'],
      ['POST', '/api/v1/users'],
      ['POST', '/api/v1/imports/notice/preview'],
      ['POST', '/api/v1/imports/notice/commit'],
    ] as const) {
      const res = await t().as(townStaff, method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('lets a lead unit edit its project and no other unit', async () => {
    const { admin, project, other, townStaff, econStaff } = await setup();
    const p1 = project.id;
    const before = (await t().as(econStaff, 'GET', `/api/v1/projects/${p1}`)).json<{ version: number }>();
    // the town only co-runs the project: it may read it but not write it
    const denied = await t().as(townStaff, 'PATCH', `/api/v1/projects/${p1}/liaison`, {
      liaisonName: '王五',
      liaisonPhone: '0537-1234567',
      version: before.version,
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toContain('主办单位');
    const ok = await t().as(econStaff, 'PATCH', `/api/v1/projects/${p1}/liaison`, {
      liaisonName: '李四',
      liaisonPhone: '0537-1234567',
      version: before.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ liaisonName: '李四', version: before.version + 1 });
    // a second save with the old version is detected, not silently overwritten
    const stale = await t().as(admin, 'PATCH', `/api/v1/projects/${p1}/liaison`, { liaisonName: '赵六', liaisonPhone: null, version: before.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const after = (await t().as(admin, 'GET', `/api/v1/projects/${p1}`)).json();
    expect(after.liaisonName).toBe('李四');
    const p8 = other.id;
    const otherProject = (await t().as(econStaff, 'GET', `/api/v1/projects/${p8}`)).json<{ version: number }>();
    const notMine = await t().as(econStaff, 'PATCH', `/api/v1/projects/${p8}/liaison`, {
      liaisonName: '李四',
      liaisonPhone: null,
      version: otherProject.version,
    });
    expect(notMine.statusCode).toBe(403);
  });

  it('disables a user, revoking the session, and resets a password', async () => {
    const { admin, townStaff, townName } = await setup();
    const target = await userNamed(admin, townName);
    const disabled = await t().as(admin, 'PATCH', `/api/v1/users/${target.id}`, { isDisabled: true, version: target.version });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().isDisabled).toBe(true);
    expect((await t().as(townStaff, 'GET', '/api/v1/plans')).statusCode).toBe(401);
    const login = await t().as(null, 'POST', '/api/v1/auth/login', { username: townName, password: 'Unit#2024pass' });
    expect(login.statusCode).toBe(403);
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
    const stale = await t().as(admin, 'PATCH', `/api/v1/users/${target.id}`, { isDisabled: false, version: target.version });
    expect(stale.statusCode).toBe(409);
    const enabled = await t().as(admin, 'PATCH', `/api/v1/users/${target.id}`, { isDisabled: false, version: target.version + 1 });
    expect(enabled.statusCode).toBe(200);
    const reset = await t().as(admin, 'POST', `/api/v1/users/${target.id}/reset-password`, { password: 'Reset#2024pw' });
    expect(reset.statusCode).toBe(200);
    const relog = await t().login(townName, 'Reset#2024pw');
    expect((await t().as(relog, 'GET', '/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('refuses to let an admin disable themself', async () => {
    const admin = await adminSession(t());
    const me = (await t().as(admin, 'GET', '/api/v1/users'))
      .json<{ items: { id: number; username: string; version: number }[] }>()
      .items.find((u) => u.username === 'admin')!;
    const res = await t().as(admin, 'PATCH', `/api/v1/users/${me.id}`, { isDisabled: true, version: me.version });
    // an administrator's account is the 安全管理员's to manage (三员分立), their own included
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('只能由安全管理员管理');
  });

  it('records every change in the audit log, filterable', async () => {
    const { admin, project, econStaff, townName, econName, townUnit } = await setup();
    await editLiaison(econStaff, project.id);
    await disableAndReset(admin, townName);
    const auditor = await buildUser(t(), 'auditor', null);
    const all = (await t().as(auditor, 'GET', '/api/v1/audit?pageSize=200')).json<{
      items: { action: string; entity: string; entityId: string | null; username: string; summary: string; before: unknown; after: unknown }[];
      total: number;
    }>();
    expect(all.total).toBeGreaterThan(10);
    const liaison = all.items.find((a) => a.entity === 'project' && a.action === 'update' && a.entityId === String(project.id))!;
    expect(liaison).toMatchObject({ username: econName, before: { liaisonName: null }, after: { liaisonName: '李四' } });
    expect(all.items.some((a) => a.action === 'disable' && a.summary.includes(townName))).toBe(true);
    const users = (await t().as(auditor, 'GET', '/api/v1/audit?entity=user&action=create')).json<{ items: { entity: string }[] }>();
    expect(users.items.length).toBeGreaterThanOrEqual(3);
    expect(users.items.every((a) => a.entity === 'user')).toBe(true);
    const target = await userNamed(admin, townName);
    const history = (await t().as(auditor, 'GET', `/api/v1/audit?entity=user&entityId=${target.id}`)).json<{ items: { action: string }[] }>();
    expect(history.items.map((a) => a.action)).toEqual(['reset_password', 'enable', 'login_failed', 'disable', 'change_password', 'create']);
    expect(await unitIdByName(t(), townUnit)).toBeGreaterThan(0);
  });
});
