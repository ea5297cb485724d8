import { expect, it } from 'vitest';
import { ADMIN_PASSWORD, cookieHeader, describeEachDialect } from '../../test-support/test-app';
import type { Session, TestApp } from '../../test-support/test-app';
import { signedInUser, uniqueSuffix, USER_PASSWORD } from '../../test-support/factories';

/** Sign in from a browser that already carries `cookie` (planted by an attacker, or left from an earlier sign-in). */
async function loginWithCookie(t: TestApp, username: string, password: string, cookie: string): Promise<Session & { sessionToken: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { cookie }, payload: { username, password } });
  expect(res.statusCode).toBe(200);
  return { cookie: cookieHeader(res), csrfToken: res.json().csrfToken, sessionToken: res.cookies.find((c) => c.name === 'ms_session')!.value };
}

const statusOf = async (t: TestApp, session: Session) => (await t.as(session, 'GET', '/api/v1/auth/me')).statusCode;

describeEachDialect('session fixation and session ends', (t) => {
  it('ignores a session id chosen by an attacker and issues a new one at sign-in', async () => {
    const planted = 'attacker-chosen-session-id-0123456789abcdef';
    const signedIn = await loginWithCookie(t(), 'admin', ADMIN_PASSWORD, `ms_session=${planted}; ms_csrf=attacker-csrf`);
    expect(signedIn.sessionToken).not.toBe(planted);
    expect(await statusOf(t(), signedIn)).toBe(200);
    expect(await statusOf(t(), { cookie: `ms_session=${planted}`, csrfToken: 'attacker-csrf' })).toBe(401);
  });

  it("revokes the session a browser brought to sign-in (an attacker's own planted session, or an earlier one)", async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const attacker = await signedInUser(t(), admin, `fix${uniqueSuffix()}`, 'unit_staff', '疃里镇');
    // the victim signs in as admin in a browser carrying the attacker's valid session cookie
    const victim = await loginWithCookie(t(), 'admin', ADMIN_PASSWORD, attacker.cookie);
    expect(victim.cookie).not.toBe(attacker.cookie);
    expect((await t().as(victim, 'GET', '/api/v1/auth/me')).json().user.username).toBe('admin');
    expect(await statusOf(t(), attacker)).toBe(401);
  });

  it('logout deletes the session on the server: replaying the old cookie is refused', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const before = await t().ctx.db.selectFrom('session').select('id').execute();
    expect((await t().as(admin, 'POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    const after = await t().ctx.db.selectFrom('session').select('id').execute();
    expect(after).toHaveLength(before.length - 1);
    expect(await statusOf(t(), admin)).toBe(401);
    expect((await t().as(admin, 'POST', '/api/v1/auth/logout')).statusCode).toBe(401);
  });

  it('a password change ends every other session of the user, not those of others', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const username = `pwd${uniqueSuffix()}`;
    const here = await signedInUser(t(), admin, username, 'unit_staff', '疃里镇');
    const elsewhere = await t().login(username, USER_PASSWORD);
    const changed = await t().as(here, 'POST', '/api/v1/auth/password', { currentPassword: USER_PASSWORD, newPassword: 'Changed#2024pw' });
    expect(changed.statusCode).toBe(200);
    expect(await statusOf(t(), here)).toBe(200);
    expect(await statusOf(t(), elsewhere)).toBe(401);
    expect(await statusOf(t(), admin)).toBe(200);
  });

  it('signing in again from a session that must still change its password works and replaces it', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const username = `must${uniqueSuffix()}`;
    const created = await t().as(admin, 'POST', '/api/v1/users', {
      username,
      displayName: '新同事',
      role: 'supervisor',
      unitId: null,
      password: 'First#2024pw',
    });
    expect(created.statusCode).toBe(200);
    const first = await t().login(username, 'First#2024pw');
    const again = await loginWithCookie(t(), username, 'First#2024pw', first.cookie);
    expect(await statusOf(t(), again)).toBe(200);
    expect(await statusOf(t(), first)).toBe(401);
  });
});
