import type { Kysely } from 'kysely';
import type { AuditActor } from '../auth/actor';
import type { DB } from '../db/schema';

export interface AuditEntry {
  /** verb, e.g. create / update / withdraw / login / login_failed / import */
  action: string;
  /** table-like noun, e.g. plan / project / unit / user / session */
  entity: string;
  entityId: string | number | null;
  /** one Chinese line for the audit page */
  summary: string;
  before?: unknown;
  after?: unknown;
}

const toJson = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Append an audit row; call it inside the same transaction as the change it records. */
export async function writeAudit(db: Kysely<DB>, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      user_id: actor.id,
      username: actor.username,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      summary: entry.summary.slice(0, 500),
      before_json: toJson(entry.before),
      after_json: toJson(entry.after),
      ip: actor.ip,
    })
    .execute();
}
