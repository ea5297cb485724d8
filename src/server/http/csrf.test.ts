import { expect, it } from 'vitest';
import { ADMIN_PASSWORD, describeEachDialect } from '../test-support/test-app';
import type { Session, TestApp } from '../test-support/test-app';

const HOST = 'minsheng.example.gov.cn';
const EVIL = 'https://evil.example.com';

/** A write as a browser would send it: Host of this server, the session cookie, optional CSRF token and headers. */
function browserWrite(t: TestApp, session: Session | null, url: string, headers: Record<string, string>, payload: unknown = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { host: HOST, ...(session ? { cookie: session.cookie } : {}), ...headers },
    ...(typeof payload === 'string' ? { payload } : { payload: payload as object }),
  });
}

/** The session still works: the refused write (logout) did not happen. */
async function expectStillSignedIn(t: TestApp, session: Session) {
  expect((await t.as(session, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
}

describeEachDialect('cross-site request forgery', (t) => {
  it('refuses a write from a foreign Origin even with the session cookie and the CSRF token', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    for (const origin of [EVIL, 'null', `http://${HOST}.evil.example.com`]) {
      const res = await browserWrite(t(), admin, '/api/v1/auth/logout', { origin, 'x-csrf-token': admin.csrfToken });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'CSRF_INVALID', message: expect.stringContaining('其他网站') });
    }
    const noToken = await browserWrite(t(), admin, '/api/v1/auth/logout', { origin: EVIL });
    expect(noToken.statusCode).toBe(403);
    await expectStillSignedIn(t(), admin);
  });

  it('refuses a write without Origin whose Referer is another site', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const res = await browserWrite(t(), admin, '/api/v1/auth/logout', { referer: `${EVIL}/page.html`, 'x-csrf-token': admin.csrfToken });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    await expectStillSignedIn(t(), admin);
  });

  it('refuses a plain HTML form post (no custom header can be added cross-site), with or without Origin', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const body = 'currentPassword=x&newPassword=Evil%232024pass';
    for (const headers of [form, { ...form, origin: EVIL }]) {
      const res = await browserWrite(t(), admin, '/api/v1/auth/password', headers, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF_INVALID');
    }
    // the password is unchanged
    await t().login('admin', ADMIN_PASSWORD);
  });

  it('accepts a same-origin write with the token (Origin or Referer of this host)', async () => {
    const admin = await t().login('admin', ADMIN_PASSWORD);
    const viaReferer = await browserWrite(
      t(),
      admin,
      '/api/v1/auth/password',
      { referer: `https://${HOST}/me`, 'x-csrf-token': admin.csrfToken },
      {
        currentPassword: 'wrong-on-purpose',
        newPassword: 'Other#2024pass',
      },
    );
    // past the CSRF checks: the route itself answers
    expect(viaReferer.statusCode).toBe(400);
    expect(viaReferer.json().error.message).toContain('当前密码不正确');
    const viaOrigin = await browserWrite(t(), admin, '/api/v1/auth/logout', { origin: `https://${HOST}`, 'x-csrf-token': admin.csrfToken });
    expect(viaOrigin.statusCode).toBe(200);
  });

  it('refuses sign-in and public forms posted from another site (login CSRF, forged comments)', async () => {
    const login = await browserWrite(t(), null, '/api/v1/auth/login', { origin: EVIL }, { username: 'admin', password: ADMIN_PASSWORD });
    expect(login.statusCode).toBe(403);
    expect(login.cookies.find((c) => c.name === 'ms_session')).toBeUndefined();
    const comment = await browserWrite(t(), null, '/api/v1/public/projects/1/comments', { origin: EVIL }, { kind: 'message', body: '跨站伪造的留言内容' });
    expect(comment.statusCode).toBe(403);
    expect(comment.json().error.code).toBe('CSRF_INVALID');
  });
});

describeEachDialect(
  'cross-site request forgery behind an https reverse proxy',
  (t) => {
    it('compares the Origin with the forwarded host and with PUBLIC_URL', async () => {
      const admin = await t().login('admin', ADMIN_PASSWORD);
      const token = { 'x-csrf-token': admin.csrfToken };
      const forwarded = await browserWrite(t(), admin, '/api/v1/auth/password', {
        ...token,
        host: '127.0.0.1:8080',
        'x-forwarded-host': 'ledger.example.gov.cn',
        'x-forwarded-proto': 'https',
        origin: 'https://ledger.example.gov.cn',
      });
      expect(forwarded.statusCode).toBe(400); // past the CSRF checks (empty body)
      const foreign = await browserWrite(t(), admin, '/api/v1/auth/password', { ...token, host: '127.0.0.1:8080', origin: EVIL });
      expect(foreign.statusCode).toBe(403);
      const viaPublicUrl = await browserWrite(t(), admin, '/api/v1/auth/logout', { ...token, host: '127.0.0.1:8080', origin: 'https://minsheng.gov.example' });
      expect(viaPublicUrl.statusCode).toBe(200);
    });
  },
  { TRUST_PROXY: '1', PUBLIC_URL: 'https://minsheng.gov.example/', MINSHENG_SAMPLE: '0' },
);
