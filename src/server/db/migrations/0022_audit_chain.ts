import type { Kysely } from 'kysely';

/**
 * Tamper-evident audit (issue 13): each audit row, once settled, is sealed into a hash chain — chain_seq is its
 * place, chain_hash = SHA-256(previous hash + the row's fields). A row changed in the database afterwards no longer
 * matches its hash, and `minsheng audit verify` names it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('chain_seq', 'integer').execute();
  await db.schema.alterTable('audit_log').addColumn('chain_hash', 'varchar(64)').execute();
  await db.schema.createIndex('audit_log_chain_seq').unique().on('audit_log').column('chain_seq').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_chain_seq').execute();
  await db.schema.alterTable('audit_log').dropColumn('chain_hash').execute();
  await db.schema.alterTable('audit_log').dropColumn('chain_seq').execute();
}
