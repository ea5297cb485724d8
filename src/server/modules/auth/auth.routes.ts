import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { meSchema, okBody } from '../../http/schemas';
import { clearSessionCookies, requireActor, setSessionCookies } from '../../plugins/auth.plugin';
import { findUserById } from '../users/users.repo';
import { changePassword, login, logout } from './auth.service';
import { notFound } from '../../errors';

const sessionBody = z.object({ user: meSchema, csrfToken: z.string() });

async function loadMe(ctx: AppContext, userId: number) {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw notFound('用户');
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitName: user.unitName,
    mustChangePassword: Boolean(user.mustChangePassword),
  };
}

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }),
        response: { 200: sessionBody },
      },
    },
    async (request, reply) => {
      const result = await login(ctx, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookies(request, reply, result.token, result.csrfToken, ctx.config.sessionAbsoluteHours * 3600);
      return { user: await loadMe(ctx, result.userId), csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'authenticated', allowDuringPasswordChange: true }, schema: { tags: ['auth'], summary: '退出登录', response: { 200: okBody } } },
    async (request, reply) => {
      await logout(ctx, requireActor(request), request.sessionId ?? '');
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { config: { access: 'authenticated', allowDuringPasswordChange: true }, schema: { tags: ['auth'], summary: '当前用户', response: { 200: sessionBody } } },
    async (request) => ({ user: await loadMe(ctx, requireActor(request).id), csrfToken: request.csrfToken ?? '' }),
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: '修改自己的密码',
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
        response: { 200: okBody },
      },
    },
    async (request) => {
      await changePassword(ctx, requireActor(request), request.sessionId ?? '', request.body);
      return { ok: true as const };
    },
  );
};
