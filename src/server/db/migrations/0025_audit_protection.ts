import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect';

/** Audit rows are kept at least this long (等保2.0: ≥ 6 months); the database refuses an earlier delete. */
export const AUDIT_RETENTION_DAYS = 180;

/** The columns an audit row is made of: once written, none of them may change. */
const CONTENT = ['id', 'at', 'user_id', 'username', 'action', 'entity', 'entity_id', 'summary', 'before_json', 'after_json', 'ip'];

/**
 * The audit log is append-only in the database itself, whoever connects (issue 13): an UPDATE is refused unless it
 * only seals a not-yet-sealed row into the hash chain (chain_seq/chain_hash from null), and a DELETE is refused for
 * rows younger than the retention. Messages are Chinese, for whoever meets them in a database console.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const same = CONTENT.map((c) => `new.${c} IS NOT DISTINCT FROM old.${c}`);
  if (dialectOf(db) === 'sqlite') {
    const unchanged = CONTENT.map((c) => `new.${c} IS old.${c}`).join(' AND ');
    await sql
      .raw(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
        WHEN NOT (old.chain_seq IS NULL AND ${unchanged})
        BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改（audit_log is append-only）'); END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER audit_log_retention BEFORE DELETE ON audit_log
        WHEN old.at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-${AUDIT_RETENTION_DAYS} days')
        BEGIN SELECT RAISE(ABORT, '审计日志至少保留${AUDIT_RETENTION_DAYS}天，不能删除'); END`)
      .execute(db);
    return;
  }
  await sql
    .raw(`CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN RAISE EXCEPTION '审计日志不能清空'; END IF;
        IF TG_OP = 'UPDATE' THEN
          IF old.chain_seq IS NULL AND ${same.join(' AND ')} THEN RETURN new; END IF;
          RAISE EXCEPTION '审计日志只能追加，不能修改（audit_log is append-only）';
        END IF;
        IF old.at > to_char((now() AT TIME ZONE 'UTC') - interval '${AUDIT_RETENTION_DAYS} days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') THEN
          RAISE EXCEPTION '审计日志至少保留${AUDIT_RETENTION_DAYS}天，不能删除';
        END IF;
        RETURN old;
      END $$`)
    .execute(db);
  await sql.raw('CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard()').execute(db);
  await sql.raw('CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard()').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    await sql.raw('DROP TRIGGER audit_log_append_only').execute(db);
    await sql.raw('DROP TRIGGER audit_log_retention').execute(db);
    return;
  }
  await sql.raw('DROP TRIGGER audit_log_no_truncate ON audit_log').execute(db);
  await sql.raw('DROP TRIGGER audit_log_guard ON audit_log').execute(db);
  await sql.raw('DROP FUNCTION audit_log_guard()').execute(db);
}
