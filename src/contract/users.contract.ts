import { z } from 'zod';
import { roleSchema, versionSchema } from './common.contract';
import { accountSchema } from './auth.contract';

/** The user-administration API contract (zod only; 系统管理员). */

/** What the signed-in admin may do on one account (server: src/server/policies/user.policy.ts). */
export const userPermissionsSchema = z.object({
  canEdit: z.boolean(),
  /** 停用 / 启用; never on one's own account */
  canDisable: z.boolean(),
  /** give the account another role; an admin cannot take away their own admin role */
  canChangeRole: z.boolean(),
  canResetPassword: z.boolean(),
});
export type UserPermissions = z.infer<typeof userPermissionsSchema>;

/** An account as the user list shows it (never the password hash). */
export const userSchema = accountSchema.extend({
  isDisabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  permissions: userPermissionsSchema,
});
export type User = z.infer<typeof userSchema>;

/** POST /users: the initial password must be changed at first login. */
export const createUserBodySchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字、下划线、点或横线'),
  displayName: z.string().trim().min(1).max(50),
  role: roleSchema,
  unitId: z.number().int().positive().nullable(),
  password: z.string().min(1).max(128),
});
export type NewUserInput = z.infer<typeof createUserBodySchema>;

/** PATCH /users/:id: role, unit, name, 停用; `version` is the one the admin looked at (a stale one answers 409). */
export const updateUserBodySchema = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  role: roleSchema.optional(),
  unitId: z.number().int().positive().nullable().optional(),
  isDisabled: z.boolean().optional(),
  version: versionSchema,
});
export type UserChangeInput = z.infer<typeof updateUserBodySchema>;

/** POST /users/:id/reset-password */
export const resetPasswordBodySchema = z.object({ password: z.string().min(1).max(128) });
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;
