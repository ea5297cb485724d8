import { expect, it } from 'vitest';
import { ADMIN_PASSWORD, cookieHeader, describeEachDialect } from '../../test-support/test-app';
import { signedInUser, USER_PASSWORD } from '../../test-support/factories';

describeEachDialect('sign-in, sessions and CSRF', (t) => {
  it('signs in with an HttpOnly SameSite session cookie and a CSRF token', async () => {
    const res = await t().as(null, 'POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'admin', role: 'admin', mustChangePassword: false });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const session = res.cookies.find((c) => c.name === 'ms_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(session.secure).toBeFalsy();
    const stored = await t().ctx.db.selectFrom('session').select('id').execute();
    expect(stored.some((s) => s.id === session.value)).toBe(false); // only the hash is stored
    const me = await t().as({ cookie: cookieHeader(res), csrfToken: body.csrfToken }, 'GET', '/api/v1/auth/me');
    expect(me.json().user.username).toBe('admin');
  });

  it('marks the cookie Secure behind https', async () => {
    const res = await t().as(null, 'POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { 'x-forwarded-proto': 'https' });
    // trustProxy is off by default, so a forged header changes nothing …
    expect(res.cookies.find((c) => c.name === 'ms_session')!.secure).toBeFalsy();
  });

  it('refuses a wrong password in Chinese and writes an audit row', async () => {
    const res = await t().as(null, 'POST', '/api/v1/auth/login', { username: 'admin', password: 'wrong' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确。' });
    const audit = await t().ctx.db.selectFrom('audit_log').select(['action', 'username']).where('action', '=', 'login_failed').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const noToken = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: admin.cookie },
      payload: { currentPassword: 'x', newPassword: 'y' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_INVALID');
    const wrongToken = await t().as({ ...admin, csrfToken: 'forged-token-forged-token' }, 'POST', '/api/v1/auth/logout');
    expect(wrongToken.statusCode).toBe(403);
    const ok = await t().as(admin, 'POST', '/api/v1/auth/logout');
    expect(ok.statusCode).toBe(200);
    expect((await t().as(admin, 'GET', '/api/v1/plans')).statusCode).toBe(401);
  });

  it('locks an account for 15 minutes after 5 wrong passwords', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    await signedInUser(t(), admin, 'locktest', 'unit_staff', '疃里镇');
    for (let i = 0; i < 5; i += 1) {
      const res = await t().as(null, 'POST', '/api/v1/auth/login', { username: 'locktest', password: `Wrong#${i}xx` }, { 'x-forwarded-for': '10.0.0.9' });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t().as(null, 'POST', '/api/v1/auth/login', { username: 'locktest', password: USER_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.json().error.message).toContain('15 分钟');
    // after the lock expires the right password works again
    await t()
      .ctx.db.updateTable('user')
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where('username', '=', 'locktest')
      .execute();
    expect((await t().as(null, 'POST', '/api/v1/auth/login', { username: 'locktest', password: USER_PASSWORD })).statusCode).toBe(200);
  });

  it('rate-limits sign-in failures per address across usernames', async () => {
    const ip = '203.0.113.7';
    await t()
      .ctx.db.insertInto('login_attempt')
      .values(Array.from({ length: 20 }, (_, i) => ({ username: `spray${i}`, ip, at: new Date().toISOString(), is_success: 0 })))
      .execute();
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
      remoteAddress: ip,
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
  });

  it('expires an idle session after 30 minutes', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    expect((await t().as(admin, 'GET', '/api/v1/plans')).statusCode).toBe(200);
    const old = new Date(Date.now() - 31 * 60_000).toISOString();
    await t().ctx.db.updateTable('session').set({ last_seen_at: old }).execute();
    expect((await t().as(admin, 'GET', '/api/v1/plans')).statusCode).toBe(401);
  });

  it('forces an admin-created user to change the password first, then revokes other sessions', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const created = await t().as(admin, 'POST', '/api/v1/users', {
      username: 'newbie',
      displayName: '新同事',
      role: 'supervisor',
      unitId: null,
      password: 'First#2024pw',
    });
    expect(created.statusCode).toBe(200);
    const first = await t().login('newbie', 'First#2024pw');
    const blocked = await t().as(first, 'GET', '/api/v1/plans');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const second = await t().login('newbie', 'First#2024pw');
    const weak = await t().as(first, 'POST', '/api/v1/auth/password', { currentPassword: 'First#2024pw', newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('三类');
    const ok = await t().as(first, 'POST', '/api/v1/auth/password', { currentPassword: 'First#2024pw', newPassword: 'Better#2024pw' });
    expect(ok.statusCode).toBe(200);
    expect((await t().as(first, 'GET', '/api/v1/plans')).statusCode).toBe(200);
    expect((await t().as(second, 'GET', '/api/v1/plans')).statusCode).toBe(401);
  });
});

describeEachDialect(
  'sign-in behind an https reverse proxy',
  (t) => {
    it('marks both cookies Secure when the proxy says https', async () => {
      const res = await t().as(null, 'POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { 'x-forwarded-proto': 'https' });
      expect(res.statusCode).toBe(200);
      expect(
        res.cookies
          .filter((c) => c.secure)
          .map((c) => c.name)
          .sort(),
      ).toEqual(['ms_csrf', 'ms_session']);
    });
  },
  { TRUST_PROXY: '1', MINSHENG_SAMPLE: '0' },
);
