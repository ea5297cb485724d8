import { z } from 'zod';
import { roleSchema } from './common.contract';

/** The sign-in API contract (zod only): login, logout, the current user and changing one's own password. */

/** Who an account is: the fields the signed-in user and the user list share. */
export const accountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
});

/** The signed-in user as the web sees it. */
export const meSchema = accountSchema.extend({ mustChangePassword: z.boolean() });
export type Me = z.infer<typeof meSchema>;

/** POST /auth/login and GET /auth/me: the user and the CSRF token the web sends back on writes. */
export const sessionSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionSchema>;

export const loginBodySchema = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });
export type LoginBody = z.infer<typeof loginBodySchema>;

/** POST /auth/password; the password rules are checked by the service (one Chinese sentence per refusal). */
export const changePasswordBodySchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
