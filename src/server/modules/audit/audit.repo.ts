import type { Kysely } from 'kysely';
import type { AuditPage } from '../../../contract/audit.contract';
import { addDays, shanghaiInstant } from '../../../domain/calendar';
import type { DB } from '../../db/schema';

export interface AuditFilter {
  entity?: string;
  /** with entity: everything done to one record */
  entityId?: string;
  action?: string;
  username?: string;
  /** YYYY-MM-DD, inclusive, Asia/Shanghai calendar days */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** Beijing midnight of a calendar day as an ISO UTC instant. */
const dayStartUtc = (day: string) => shanghaiInstant(day);
const nextDayStartUtc = (day: string) => shanghaiInstant(addDays(day, 1));

export async function searchAudit(db: Kysely<DB>, f: AuditFilter): Promise<AuditPage> {
  let q = db.selectFrom('audit_log');
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.username) q = q.where('username', '=', f.username);
  if (f.from) q = q.where('at', '>=', dayStartUtc(f.from));
  if (f.to) q = q.where('at', '<', nextDayStartUtc(f.to));
  const totalRow = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await q
    .select(['id', 'at', 'username', 'action', 'entity', 'entity_id as entityId', 'summary', 'before_json', 'after_json', 'ip'])
    .orderBy('id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));
  return {
    total: Number(totalRow?.n ?? 0),
    items: rows.map(({ before_json, after_json, ...r }) => ({ ...r, before: parse(before_json), after: parse(after_json) })),
  };
}
