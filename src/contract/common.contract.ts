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

/** The roles of the platform; 人大代表 (deputy) only cast their 票决 ballot and never reach the back office. */
export const ROLES = ['admin', 'supervisor', 'leader', 'unit_manager', 'unit_staff', 'deputy'] as const;
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
};

/** `:id` in a path. */
export const idParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** The answer of a write that returns nothing else. */
export const okBodySchema = z.object({ ok: z.literal(true) });

/** A page of a list. */
export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
export type ListResponse<T> = { items: T[]; total: number };
