import { versionSchema } from '../../../contract/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { idParams, listOf, okBody, roleSchema } from '../../http/schemas';
import { requireActor } from '../../plugins/auth.plugin';
import { createUser, listAllUsers, resetUserPassword, updateUserAccount } from './users.service';

const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  isDisabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

const adminOnly = { access: ['admin'] as const };

export const usersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/users', { config: adminOnly, schema: { tags: ['users'], summary: '用户列表', response: { 200: listOf(userSchema) } } }, async () => {
    const items = await listAllUsers(ctx);
    return { items, total: items.length };
  });

  app.post(
    '/users',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: '新建用户（首次登录须修改密码）',
        body: z.object({
          username: z
            .string()
            .trim()
            .regex(/^[a-zA-Z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字、下划线、点或横线'),
          displayName: z.string().trim().min(1).max(50),
          role: roleSchema,
          unitId: z.number().int().positive().nullable(),
          password: z.string().min(1).max(128),
        }),
        response: { 200: userSchema },
      },
    },
    async (request) => createUser(ctx, requireActor(request), request.body),
  );

  app.patch(
    '/users/:id',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: '修改用户（角色、单位、停用）',
        params: idParams,
        body: z.object({
          displayName: z.string().trim().min(1).max(50).optional(),
          role: roleSchema.optional(),
          unitId: z.number().int().positive().nullable().optional(),
          isDisabled: z.boolean().optional(),
          version: versionSchema,
        }),
        response: { 200: userSchema },
      },
    },
    async (request) => updateUserAccount(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: adminOnly,
      schema: { tags: ['users'], summary: '重置密码', params: idParams, body: z.object({ password: z.string().min(1).max(128) }), response: { 200: okBody } },
    },
    async (request) => {
      await resetUserPassword(ctx, requireActor(request), request.params.id, request.body.password);
      return { ok: true as const };
    },
  );
};
