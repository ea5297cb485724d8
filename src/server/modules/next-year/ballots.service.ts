import { ballotProblem } from '../../../domain/vote/vote-tally';
import type { BallotPaper } from '../../../contract/votes.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound } from '../../errors';
import { canCastBallot } from '../../policies/next-year.policy';
import { findDeputyBallots, findSession, insertBallot, listSessionCandidates, listSessionsByStatus } from './votes.repo';

/**
 * A deputy's 票决 (issue 12): the ballot papers of open sessions (and of finished ones the deputy voted in), and
 * one ballot per deputy per session — checked here and held by the ballot table's unique key, so two submissions
 * at the same moment still leave one.
 */

const ALREADY_VOTED = '您已在本次票决中投票，每位代表只能投一次，不能重复或修改。';

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === '23505' || /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(e?.message ?? '');
};

export async function listMyBallots(ctx: AppContext, actor: Actor): Promise<{ items: BallotPaper[] }> {
  if (!canCastBallot(actor)) throw forbidden();
  const sessions = await listSessionsByStatus(ctx.db, ['open', 'closed', 'published']);
  const ids = sessions.map((s) => s.id);
  const [candidates, mine] = await Promise.all([listSessionCandidates(ctx.db, ids), findDeputyBallots(ctx.db, actor.id, ids)]);
  const items = sessions
    .map((s) => {
      const ballot = mine.find((b) => b.sessionId === s.id);
      return {
        sessionId: s.id,
        title: s.title,
        year: s.year,
        chooseCount: s.choose_count,
        status: s.status,
        candidates: candidates
          .filter((c) => c.session_id === s.id)
          .map((c) => ({
            id: c.id,
            seq: c.ballot_seq,
            name: c.name,
            content: c.content,
            leadUnit: c.lead_unit,
            investment: c.investment === null ? null : Number(c.investment),
            expectedEffect: c.expected_effect,
          })),
        myBallot: ballot ? { submittedAt: ballot.submittedAt, candidateIds: [...ballot.candidateIds].sort((a, b) => a - b) } : null,
      };
    })
    // a finished session matters to a deputy only if they voted in it
    .filter((p) => p.status === 'open' || p.myBallot !== null);
  return { items };
}

export async function castBallot(
  ctx: AppContext,
  actor: Actor,
  sessionId: number,
  candidateIds: number[],
): Promise<{ submittedAt: string; candidateIds: number[] }> {
  if (!canCastBallot(actor)) throw forbidden('只有人大代表可以投票。');
  const submittedAt = nowIso();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const session = await findSession(trx, sessionId);
      if (!session) throw notFound('票决');
      if (session.status !== 'open') throw new AppError('CONFLICT', session.status === 'draft' ? '本次票决尚未开始。' : '本次票决已结束，不能再投票。');
      if ((await findDeputyBallots(trx, actor.id, [sessionId])).length > 0) throw new AppError('CONFLICT', ALREADY_VOTED);
      const onPaper = (await listSessionCandidates(trx, [sessionId])).map((c) => c.id);
      const problem = ballotProblem(candidateIds, onPaper, session.choose_count);
      if (problem) throw badRequest(problem, { field: 'candidateIds' });
      await insertBallot(trx, sessionId, actor.id, submittedAt, candidateIds);
      // the audit records that the deputy voted, never what they chose
      await writeAudit(trx, actor, {
        action: 'vote',
        entity: 'vote_session',
        entityId: sessionId,
        summary: `人大代表 ${actor.displayName} 在「${session.title}」中投票`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', ALREADY_VOTED);
    throw error;
  }
  return { submittedAt, candidateIds: [...candidateIds].sort((a, b) => a - b) };
}
