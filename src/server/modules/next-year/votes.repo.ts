/** The 候选项目 and 票决 SQL: candidates, sessions, their frozen candidates, ballots. Pass a transaction as `db` to write inside it. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, VoteCandidateTable, VoteSessionTable } from '../../db/schema';
import { deleteVersioned, updateVersioned, type VersionedChanges } from '../../db/versioned-update';

const candidateColumns = [
  'vote_candidate.id',
  'vote_candidate.year',
  'vote_candidate.seq',
  'vote_candidate.name',
  'vote_candidate.content',
  'vote_candidate.lead_unit',
  'vote_candidate.investment',
  'vote_candidate.expected_effect',
  'vote_candidate.proposal_id',
  'vote_candidate.version',
] as const;

const sessionColumns = [
  'vote_session.id',
  'vote_session.year',
  'vote_session.title',
  'vote_session.choose_count',
  'vote_session.status',
  'vote_session.opened_at',
  'vote_session.closed_at',
  'vote_session.published_at',
  'vote_session.tie_break_json',
  'vote_session.tie_break_note',
  'vote_session.plan_id',
  'vote_session.version',
] as const;

export type CandidateRow = Awaited<ReturnType<typeof listCandidatesOfYear>>[number];
export type SessionRow = Awaited<ReturnType<typeof findSession>> & {};

export function listCandidatesOfYear(db: Kysely<DB>, year: number) {
  return db.selectFrom('vote_candidate').select(candidateColumns).where('year', '=', year).orderBy('seq').orderBy('id').execute();
}

export function findCandidate(db: Kysely<DB>, id: number) {
  return db.selectFrom('vote_candidate').select(candidateColumns).where('id', '=', id).executeTakeFirst();
}

/** Candidate ids on the ballot paper of any session (no longer editable). */
export async function lockedCandidateIds(db: Kysely<DB>, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('vote_session_candidate').select('candidate_id').where('candidate_id', 'in', ids).execute();
  return new Set(rows.map((r) => r.candidate_id));
}

export async function nextCandidateSeq(db: Kysely<DB>, year: number): Promise<number> {
  const r = await db
    .selectFrom('vote_candidate')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertCandidate(db: Kysely<DB>, row: Insertable<VoteCandidateTable>): Promise<number> {
  const r = await db.insertInto('vote_candidate').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export const updateCandidateRow = (db: Kysely<DB>, id: number, version: number, changes: VersionedChanges<'vote_candidate'>) =>
  updateVersioned(db, 'vote_candidate', id, version, changes);

export const deleteCandidateRow = (db: Kysely<DB>, id: number, version: number) => deleteVersioned(db, 'vote_candidate', id, version);

export async function setCandidateSeq(db: Kysely<DB>, id: number, seq: number): Promise<void> {
  await db.updateTable('vote_candidate').set({ seq }).where('id', '=', id).execute();
}

export function listSessions(db: Kysely<DB>) {
  return db.selectFrom('vote_session').select(sessionColumns).orderBy('year', 'desc').orderBy('id', 'desc').execute();
}

export function findSession(db: Kysely<DB>, id: number) {
  return db.selectFrom('vote_session').select(sessionColumns).where('id', '=', id).executeTakeFirst();
}

export function listSessionsByStatus(db: Kysely<DB>, statuses: VoteSessionTable['status'][]) {
  return db.selectFrom('vote_session').select(sessionColumns).where('status', 'in', statuses).orderBy('id', 'desc').execute();
}

export async function insertSession(db: Kysely<DB>, row: Insertable<VoteSessionTable>): Promise<number> {
  const r = await db.insertInto('vote_session').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export const updateSessionRow = (
  db: Kysely<DB>,
  id: number,
  version: number | 'any',
  changes: VersionedChanges<'vote_session'>,
  fromStatus?: VoteSessionTable['status'],
) => updateVersioned(db, 'vote_session', id, version, changes, fromStatus ? { where: (eb) => eb('status', '=', fromStatus) } : {});

export async function insertSessionCandidates(db: Kysely<DB>, sessionId: number, candidates: { id: number; seq: number }[]): Promise<void> {
  await db
    .insertInto('vote_session_candidate')
    .values(candidates.map((c, i) => ({ session_id: sessionId, candidate_id: c.id, seq: i + 1 })))
    .execute();
}

/** A session's ballot paper: its candidates in ballot order. */
export function listSessionCandidates(db: Kysely<DB>, sessionIds: number[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('vote_session_candidate')
    .innerJoin('vote_candidate', 'vote_candidate.id', 'vote_session_candidate.candidate_id')
    .select([...candidateColumns, 'vote_session_candidate.session_id', 'vote_session_candidate.seq as ballot_seq'])
    .where('vote_session_candidate.session_id', 'in', sessionIds)
    .orderBy('vote_session_candidate.session_id')
    .orderBy('vote_session_candidate.seq')
    .execute();
}

export async function countBallots(db: Kysely<DB>, sessionIds: number[]): Promise<Map<number, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('ballot')
    .select(['session_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('session_id', 'in', sessionIds)
    .groupBy('session_id')
    .execute();
  return new Map(rows.map((r) => [r.session_id, Number(r.n)]));
}

export async function countEnabledDeputies(db: Kysely<DB>): Promise<number> {
  const r = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('role', '=', 'deputy')
    .where('is_disabled', '=', 0)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Every ballot of a session as the list of chosen candidate ids. */
export async function listBallotChoices(db: Kysely<DB>, sessionId: number): Promise<number[][]> {
  const rows = await db
    .selectFrom('ballot')
    .innerJoin('ballot_choice', 'ballot_choice.ballot_id', 'ballot.id')
    .select(['ballot.id', 'ballot_choice.candidate_id'])
    .where('ballot.session_id', '=', sessionId)
    .execute();
  const byBallot = new Map<number, number[]>();
  for (const r of rows) byBallot.set(r.id, [...(byBallot.get(r.id) ?? []), r.candidate_id]);
  return [...byBallot.values()];
}

/** The deputy's ballots in the given sessions, with their choices. */
export async function findDeputyBallots(db: Kysely<DB>, deputyId: number, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .selectFrom('ballot')
    .leftJoin('ballot_choice', 'ballot_choice.ballot_id', 'ballot.id')
    .select(['ballot.id', 'ballot.session_id', 'ballot.submitted_at', 'ballot_choice.candidate_id'])
    .where('ballot.deputy_id', '=', deputyId)
    .where('ballot.session_id', 'in', sessionIds)
    .execute();
  const ballots = new Map<number, { sessionId: number; submittedAt: string; candidateIds: number[] }>();
  for (const r of rows) {
    const b = ballots.get(r.id) ?? { sessionId: r.session_id, submittedAt: r.submitted_at, candidateIds: [] };
    if (r.candidate_id !== null) b.candidateIds.push(r.candidate_id);
    ballots.set(r.id, b);
  }
  return [...ballots.values()];
}

export async function insertBallot(db: Kysely<DB>, sessionId: number, deputyId: number, submittedAt: string, candidateIds: number[]): Promise<void> {
  const ballot = await db
    .insertInto('ballot')
    .values({ session_id: sessionId, deputy_id: deputyId, submitted_at: submittedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('ballot_choice')
    .values(candidateIds.map((candidate_id) => ({ ballot_id: ballot.id, candidate_id })))
    .execute();
}

/** Published sessions, newest first (the public list of 票决结果). */
export function listPublishedSessions(db: Kysely<DB>) {
  return db
    .selectFrom('vote_session')
    .select(['id', 'year', 'title', 'published_at'])
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .execute();
}
