/** The 征集 SQL: solicitations and the public's proposals. Pass a transaction as `db` to write inside it. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, ProposalStatus, ProposalTable, SolicitationTable } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';

const solicitationColumns = [
  'solicitation.id',
  'solicitation.year',
  'solicitation.title',
  'solicitation.description',
  'solicitation.starts_on',
  'solicitation.ends_on',
  'solicitation.version',
] as const;

const proposalColumns = [
  'proposal.id',
  'proposal.solicitation_id',
  'proposal.title',
  'proposal.background',
  'proposal.content',
  'proposal.suggested_unit',
  'proposal.name',
  'proposal.phone',
  'proposal.status',
  'proposal.reject_reason',
  'proposal.moderated_by',
  'proposal.moderated_at',
  'proposal.created_at',
] as const;

export type SolicitationRow = Awaited<ReturnType<typeof findSolicitation>> & {};
export type ProposalRow = Awaited<ReturnType<typeof findProposal>> & {};

export function findSolicitation(db: Kysely<DB>, id: number) {
  return db.selectFrom('solicitation').select(solicitationColumns).where('id', '=', id).executeTakeFirst();
}

export function listSolicitations(db: Kysely<DB>) {
  return db.selectFrom('solicitation').select(solicitationColumns).orderBy('starts_on', 'desc').orderBy('id', 'desc').execute();
}

/** Solicitations that have started by `today`, newest first (the public sees no future call). */
export function listStartedSolicitations(db: Kysely<DB>, today: string) {
  return db.selectFrom('solicitation').select(solicitationColumns).where('starts_on', '<=', today).orderBy('starts_on', 'desc').orderBy('id', 'desc').execute();
}

export async function insertSolicitation(db: Kysely<DB>, row: Insertable<SolicitationTable>): Promise<number> {
  const r = await db.insertInto('solicitation').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export const updateSolicitationRow = (db: Kysely<DB>, id: number, version: number, changes: VersionedChanges<'solicitation'>) =>
  updateVersioned(db, 'solicitation', id, version, changes);

/** Proposal counts per solicitation and status. */
export function countProposals(db: Kysely<DB>) {
  return db
    .selectFrom('proposal')
    .select(['solicitation_id', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy(['solicitation_id', 'status'])
    .execute();
}

export function findProposal(db: Kysely<DB>, id: number) {
  return db.selectFrom('proposal').select(proposalColumns).where('id', '=', id).executeTakeFirst();
}

export function listProposals(db: Kysely<DB>, solicitationIds: number[], status?: ProposalStatus) {
  if (solicitationIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('proposal').select(proposalColumns).where('solicitation_id', 'in', solicitationIds);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

export async function insertProposal(db: Kysely<DB>, row: Insertable<ProposalTable>): Promise<number> {
  const r = await db.insertInto('proposal').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Moderate a pending proposal; false when it was already moderated. */
export async function moderateProposalRow(
  db: Kysely<DB>,
  id: number,
  changes: { status: ProposalStatus; reject_reason: string | null; moderated_by: string; moderated_at: string },
): Promise<boolean> {
  const r = await db.updateTable('proposal').set(changes).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
