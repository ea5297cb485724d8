import { z } from 'zod';
import { daySchema, listOf } from './common.contract';

/** The audit-log API contract (zod only; read-only, 系统管理员). */

/** GET /audit filters; from/to are Asia/Shanghai calendar days, inclusive. */
export const auditQuerySchema = z.object({
  entity: z.string().max(64).optional().describe('plan | project | unit | user | session'),
  entityId: z.string().max(64).optional(),
  action: z
    .string()
    .max(64)
    .optional()
    .describe('create | update | withdraw | import | login | login_failed | lock | logout | change_password | reset_password | disable | enable'),
  username: z.string().max(64).optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One row of the audit log. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** who acted: a username, or 'system' / 'cli:…' */
  username: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  /** the record before/after the change; the contract leaves the shape open */
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page of the log, newest first, with the total of the filter. */
export const auditPageSchema = listOf(auditEntrySchema);
export type AuditPage = z.infer<typeof auditPageSchema>;
