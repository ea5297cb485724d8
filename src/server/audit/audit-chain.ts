import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { chainColumns, countUnsealedBefore, findChainHead, listSealed, listUnsealed, sealRow } from './audit-chain.repo';

/** A row is sealed once it is this old: every transaction that wrote an earlier id has committed by then. */
export const SETTLE_MS = 5_000;
const PAGE = 500;
const GENESIS = '0'.repeat(64);

type ChainRow = { [K in (typeof chainColumns)[number]]: unknown };

/** The row's fields in a fixed order (id included, so a row cannot be swapped for another). */
const canonical = (row: ChainRow) => JSON.stringify(chainColumns.map((c) => (row[c] === undefined ? null : row[c])));

export const chainHash = (previous: string, row: ChainRow) => crypto.createHash('sha256').update(previous).update('\n').update(canonical(row)).digest('hex');

/**
 * Seal the settled audit rows into the hash chain, in id order. Several processes may run it: a place taken by
 * another sealer fails the unique chain_seq and this run stops (the next run continues). Returns the rows sealed.
 */
export async function sealAudit(db: Kysely<DB>, now = new Date()): Promise<number> {
  const settledBefore = new Date(now.getTime() - SETTLE_MS).toISOString();
  let sealed = 0;
  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const head = await findChainHead(trx);
      let seq = head?.chain_seq ?? 0;
      let hash = head?.chain_hash ?? GENESIS;
      const rows = await listUnsealed(trx, settledBefore, PAGE);
      for (const row of rows) {
        seq += 1;
        hash = chainHash(hash, row);
        await sealRow(trx, row.id, seq, hash);
      }
      return rows.length;
    });
    sealed += count;
    if (count < PAGE) return sealed;
  }
}

export interface AuditVerifyResult {
  sealed: number;
  /** the first sealed row whose content no longer matches the chain, with its place */
  broken: { id: number; chainSeq: number } | null;
  /** rows older than an hour that were never sealed (the sealer is not running, or rows were inserted by hand) */
  unsealedOld: number;
}

/** `minsheng audit verify`: recompute the whole chain; any row edited in the database breaks it from there. */
export async function verifyAuditChain(db: Kysely<DB>, now = new Date()): Promise<AuditVerifyResult> {
  let previous = GENESIS;
  let expectedSeq = 1;
  let sealed = 0;
  for (;;) {
    const rows = await listSealed(db, expectedSeq - 1, PAGE);
    for (const row of rows) {
      if (row.chain_seq !== expectedSeq || chainHash(previous, row) !== row.chain_hash) {
        return { sealed, broken: { id: row.id, chainSeq: Number(row.chain_seq) }, unsealedOld: 0 };
      }
      previous = row.chain_hash;
      expectedSeq += 1;
      sealed += 1;
    }
    if (rows.length < PAGE) break;
  }
  const unsealedOld = await countUnsealedBefore(db, new Date(now.getTime() - 3_600_000).toISOString());
  return { sealed, broken: null, unsealedOld };
}
