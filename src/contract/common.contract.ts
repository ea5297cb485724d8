import { z } from 'zod';

/** Zod pieces every module's contract shares: calendar values and the version of an optimistic write. */

/** A calendar date, YYYY-MM-DD. */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** An ISO week, 2024-W23. */
export const weekSchema = z.string().regex(/^\d{4}-W\d{2}$/, '周次格式应为 2024-W23');

/** A month, 2024-06. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2024-06');

/** The version a client read, sent back with a write so a concurrent change is detected. */
export const versionSchema = z.number().int().positive();

/** The version of a record that may not exist yet (a draft never saved is version 0). */
export const draftVersionSchema = z.number().int().min(0);

/**
 * The roles of the platform; 人大代表 (deputy) only cast their 票决 ballot and never reach the back office. The
 * 三员 of 等保2.0 level 3 are separate accounts: 系统管理员 (admin) runs the system and the business accounts,
 * 安全管理员 (security_admin) grants roles and manages the 三员 accounts, 审计管理员 (auditor) reads the audit log and
 * nothing else.
 */
export const ROLES = ['admin', 'supervisor', 'leader', 'unit_manager', 'unit_staff', 'deputy', 'security_admin', 'auditor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Role names as the district says them (server messages and the web alike). */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  supervisor: '督查室',
  leader: '分管领导',
  unit_manager: '单位负责人',
  unit_staff: '单位联络员',
  deputy: '人大代表',
  security_admin: '安全管理员',
  auditor: '审计管理员',
};

/** 三员: accounts that hold one of these roles are managed by the 安全管理员 only. */
export const DUTY_ADMIN_ROLES: readonly Role[] = ['admin', 'security_admin', 'auditor'];

/** Roles that never reach the back office's business pages (routes with access 'authenticated' refuse them). */
export const NON_STAFF_ROLES: readonly Role[] = ['deputy', 'security_admin', 'auditor'];

/** The staff roles (what 'authenticated' admits). */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => !NON_STAFF_ROLES.includes(r));

/** Where a non-staff role lands, and the only back-office page (besides 修改密码) it may open. */
export const NON_STAFF_HOME: Partial<Record<Role, string>> = { deputy: '/vote', security_admin: '/admin/users', auditor: '/admin/audit' };

/** `:id` in a path. */
export const idParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** The answer of a write that returns nothing else. */
export const okBodySchema = z.object({ ok: z.literal(true) });

/** A page of a list. */
export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
export type ListResponse<T> = { items: T[]; total: number };
