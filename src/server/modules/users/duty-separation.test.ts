import { expect, it } from 'vitest';
import { adminSession, buildUser, uniqueSuffix, USER_PASSWORD } from '../../test-support/factories';
import { describeEachDialect } from '../../test-support/test-app';
import type { Session } from '../../test-support/test-app';

interface Account {
  id: number;
  username: string;
  role: string;
  version: number;
  permissions: { canEdit: boolean; canDisable: boolean; canChangeRole: boolean; canResetPassword: boolean };
}

/** 三员分立 (等保2.0 level 3): 系统管理员, 安全管理员 and 审计管理员 are separate accounts with separate duties. */
describeEachDialect('三员分立: system, security and audit administrators', (t) => {
  const accounts = async (s: Session) => (await t().as(s, 'GET', '/api/v1/users')).json<{ items: Account[] }>().items;
  const account = async (s: Session, id: number) => (await accounts(s)).find((a) => a.id === id)!;
  const newUser = (role: string) => ({ username: `u${uniqueSuffix()}`, displayName: '新账号', role, unitId: null, password: USER_PASSWORD });

  it('the 审计管理员 reads the audit log and nothing else; no other role reads it', async () => {
    const admin = await adminSession(t());
    const auditor = await buildUser(t(), 'auditor', null);
    const security = await buildUser(t(), 'security_admin', null);
    const supervisor = await buildUser(t(), 'supervisor', null);
    const log = await t().as(auditor, 'GET', '/api/v1/audit?entity=user&action=create');
    expect(log.statusCode).toBe(200);
    expect(log.json().items.some((r: { summary: string }) => r.summary.includes(auditor.username))).toBe(true);
    for (const who of [admin, security, supervisor]) expect((await t().as(who, 'GET', '/api/v1/audit')).statusCode).toBe(403);
    for (const url of ['/api/v1/plans', '/api/v1/users', '/api/v1/units', '/api/v1/me/todo', '/api/v1/notifications']) {
      expect((await t().as(auditor, 'GET', url)).statusCode, url).toBe(403);
    }
    expect((await t().as(auditor, 'POST', '/api/v1/users', newUser('unit_staff'))).statusCode).toBe(403);
    expect((await t().as(auditor, 'GET', '/api/v1/auth/me')).json().user.role).toBe('auditor');
  });

  it('no route changes or deletes an audit row', async () => {
    const writes = t().app.apiRoutes.filter((r) => r.url.includes('audit') && r.method !== 'GET' && r.method !== 'HEAD');
    expect(writes).toEqual([]);
    const admin = await adminSession(t());
    for (const method of ['DELETE', 'PUT', 'PATCH', 'POST'] as const) {
      expect((await t().as(admin, method, '/api/v1/audit', {})).statusCode).toBe(404);
    }
  });

  it('the 系统管理员 runs the business accounts, never the 三员 accounts', async () => {
    const admin = await adminSession(t());
    const auditor = await buildUser(t(), 'auditor', null);
    const otherAdmin = await buildUser(t(), 'admin', null);
    const leader = await buildUser(t(), 'leader', null);

    // business accounts: as before
    const l = await account(admin, leader.id);
    expect(l.permissions).toEqual({ canEdit: true, canDisable: true, canChangeRole: true, canResetPassword: true });
    const promoted = await t().as(admin, 'PATCH', `/api/v1/users/${leader.id}`, { role: 'supervisor', version: l.version });
    expect(promoted.statusCode).toBe(200);

    // 三员 accounts: shown, but every change refused with the reason
    for (const duty of [auditor, otherAdmin]) {
      const a = await account(admin, duty.id);
      expect(a.permissions).toEqual({ canEdit: false, canDisable: false, canChangeRole: false, canResetPassword: false });
      const disable = await t().as(admin, 'PATCH', `/api/v1/users/${duty.id}`, { isDisabled: true, version: a.version });
      expect(disable.statusCode).toBe(403);
      expect(disable.json().error.message).toContain('只能由安全管理员管理');
      const reset = await t().as(admin, 'POST', `/api/v1/users/${duty.id}/reset-password`, { password: 'Reset#2024pw' });
      expect(reset.statusCode).toBe(403);
    }
    // nor hand out the auditor's or an administrator's role
    for (const role of ['auditor', 'admin']) {
      const res = await t().as(admin, 'POST', '/api/v1/users', newUser(role));
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.message).toContain('只能由安全管理员创建或授权');
    }
    const l2 = await account(admin, leader.id);
    const toAuditor = await t().as(admin, 'PATCH', `/api/v1/users/${leader.id}`, { role: 'auditor', version: l2.version });
    expect(toAuditor.statusCode).toBe(403);
    expect((await account(admin, leader.id)).role).toBe('supervisor');
  });

  it('the 系统管理员 may create the first 安全管理员, and only the first', async () => {
    const admin = await adminSession(t());
    const hasOne = (await accounts(admin)).some((a) => a.role === 'security_admin');
    const first = await t().as(admin, 'POST', '/api/v1/users', newUser('security_admin'));
    // tests share one database per file: if another test made one already, the admin is refused like here
    expect(first.statusCode).toBe(hasOne ? 403 : 200);
    const second = await t().as(admin, 'POST', '/api/v1/users', newUser('security_admin'));
    expect(second.statusCode).toBe(403);
    expect(second.json().error.message).toContain('系统中已有安全管理员');
  });

  it('the 安全管理员 grants roles and looks after the 三员 accounts, but not their own, and sees no business page', async () => {
    const admin = await adminSession(t());
    const security = await buildUser(t(), 'security_admin', null);
    const auditor = await buildUser(t(), 'auditor', null);
    const adminAccount = (await accounts(security)).find((a) => a.username === 'admin')!;
    expect(adminAccount.permissions).toEqual({ canEdit: true, canDisable: true, canChangeRole: true, canResetPassword: true });
    const created = await t().as(security, 'POST', '/api/v1/users', newUser('auditor'));
    expect(created.statusCode).toBe(200);
    const a = await account(security, auditor.id);
    expect((await t().as(security, 'PATCH', `/api/v1/users/${auditor.id}`, { displayName: '审计员甲', version: a.version })).statusCode).toBe(200);
    expect((await t().as(security, 'POST', `/api/v1/users/${auditor.id}/reset-password`, { password: 'Reset#2024pw' })).statusCode).toBe(200);

    const self = await account(security, security.id);
    expect(self.permissions).toMatchObject({ canDisable: false, canChangeRole: false, canResetPassword: false });
    const demote = await t().as(security, 'PATCH', `/api/v1/users/${security.id}`, { role: 'unit_staff', version: self.version });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().error.message).toContain('不能修改自己的角色');

    for (const url of [
      '/api/v1/plans',
      '/api/v1/audit',
      '/api/v1/workdays',
      `/api/v1/units/${(await t().as(admin, 'GET', '/api/v1/units')).json().items[0]?.id ?? 1}`,
    ]) {
      expect((await t().as(security, 'GET', url)).statusCode, url).toBe(403);
    }
    // the unit names, to pick one when granting a unit role
    expect((await t().as(security, 'GET', '/api/v1/units')).statusCode).toBe(200);
    // and the 系统管理员 keeps running the system (the plans), which the others cannot
    expect((await t().as(admin, 'GET', '/api/v1/plans')).statusCode).toBe(200);
  });
});
