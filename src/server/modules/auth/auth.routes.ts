import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordBodySchema, loginBodySchema, sessionSchema } from '../../../contract/auth.contract';
import { okBodySchema } from '../../../contract/common.contract';
import type { AppContext } from '../../context';
import { clearSessionCookies, requireActor, setSessionCookies } from '../../plugins/auth.plugin';
import { changePassword, loadMe, login, logout } from './auth.service';

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/auth/login',
    {
      // signing in again from a session that still has to change its password must work too
      config: { access: 'public', allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: '登录', body: loginBodySchema, response: { 200: sessionSchema } },
    },
    async (request, reply) => {
      const result = await login(ctx, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousSessionId: request.sessionId,
      });
      setSessionCookies(request, reply, result.token, result.csrfToken, ctx.config.sessionAbsoluteHours * 3600);
      return { user: await loadMe(ctx, result.userId), csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'signed-in', allowDuringPasswordChange: true }, schema: { tags: ['auth'], summary: '退出登录', response: { 200: okBodySchema } } },
    async (request, reply) => {
      await logout(ctx, requireActor(request), request.sessionId ?? '');
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { config: { access: 'signed-in', allowDuringPasswordChange: true }, schema: { tags: ['auth'], summary: '当前用户', response: { 200: sessionSchema } } },
    async (request) => ({ user: await loadMe(ctx, requireActor(request).id), csrfToken: request.csrfToken ?? '' }),
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'signed-in', allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: '修改自己的密码', body: changePasswordBodySchema, response: { 200: okBodySchema } },
    },
    async (request) => {
      await changePassword(ctx, requireActor(request), request.sessionId ?? '', request.body);
      return { ok: true as const };
    },
  );
};
