import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export const chainColumns = ['id', 'at', 'user_id', 'username', 'action', 'entity', 'entity_id', 'summary', 'before_json', 'after_json', 'ip'] as const;

/** The last sealed row's place and hash; undefined before the first seal. */
export function findChainHead(db: Kysely<DB>) {
  return db
    .selectFrom('audit_log')
    .select(['chain_seq', 'chain_hash'])
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Rows not sealed yet that were written before `settledBefore`, oldest first. */
export function listUnsealed(db: Kysely<DB>, settledBefore: string, limit: number) {
  return db.selectFrom('audit_log').select(chainColumns).where('chain_seq', 'is', null).where('at', '<', settledBefore).orderBy('id').limit(limit).execute();
}

export async function sealRow(db: Kysely<DB>, id: number, seq: number, hash: string): Promise<void> {
  await db.updateTable('audit_log').set({ chain_seq: seq, chain_hash: hash }).where('id', '=', id).where('chain_seq', 'is', null).execute();
}

/** Sealed rows in chain order from `afterSeq`, a page at a time. */
export function listSealed(db: Kysely<DB>, afterSeq: number, limit: number) {
  return db
    .selectFrom('audit_log')
    .select([...chainColumns, 'chain_seq', 'chain_hash'])
    .where('chain_seq', '>', afterSeq)
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
}

/** How many rows older than `before` are still not sealed (should be none once the sealer ran). */
export async function countUnsealedBefore(db: Kysely<DB>, before: string): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chain_seq', 'is', null)
    .where('at', '<', before)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
