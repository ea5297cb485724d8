import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf, okBodySchema } from '../../../contract/common.contract';
import { createUserBodySchema, resetPasswordBodySchema, updateUserBodySchema, userSchema } from '../../../contract/users.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { createUser, listAllUsers, resetUserPassword, updateUserAccount } from './users.service';

/** 系统管理员 and 安全管理员; which accounts each may touch is the user policy's (三员分立). */
const adminOnly = { access: ['admin', 'security_admin'] as const };

export const usersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/users', { config: adminOnly, schema: { tags: ['users'], summary: '用户列表', response: { 200: listOf(userSchema) } } }, async (request) => {
    const items = await listAllUsers(ctx, requireActor(request));
    return { items, total: items.length };
  });

  app.post(
    '/users',
    {
      config: adminOnly,
      schema: { tags: ['users'], summary: '新建用户（首次登录须修改密码）', body: createUserBodySchema, response: { 200: userSchema } },
    },
    async (request) => createUser(ctx, requireActor(request), request.body),
  );

  app.patch(
    '/users/:id',
    {
      config: adminOnly,
      schema: { tags: ['users'], summary: '修改用户（角色、单位、停用）', params: idParamsSchema, body: updateUserBodySchema, response: { 200: userSchema } },
    },
    async (request) => updateUserAccount(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: adminOnly,
      schema: { tags: ['users'], summary: '重置密码', params: idParamsSchema, body: resetPasswordBodySchema, response: { 200: okBodySchema } },
    },
    async (request) => {
      await resetUserPassword(ctx, requireActor(request), request.params.id, request.body.password);
      return { ok: true as const };
    },
  );
};
