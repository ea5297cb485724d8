import type { Kysely } from 'kysely';
import { tallyVotes, tieBreakProblem } from '../../../domain/vote/vote-tally';
import type { PublicVoteResult, VoteResult, VoteSession, VoteSessionInput } from '../../../contract/votes.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { DB } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canManageNextYear } from '../../policies/next-year.policy';
import type { SessionRow } from './votes.repo';
import {
  countBallots,
  countEnabledDeputies,
  findSession,
  insertSession,
  insertSessionCandidates,
  listBallotChoices,
  listCandidatesOfYear,
  listSessionCandidates,
  listSessions,
  updateSessionRow,
} from './votes.repo';

/**
 * 票决 sessions (issue 12): the 督查室 creates one over the year's candidate list (frozen from then on), opens it,
 * closes it; the count is shown only after close; a tie at the cut must be resolved before publishing.
 */

function requireManager(actor: Actor): void {
  if (!canManageNextYear(actor)) throw forbidden();
}

const parseTieBreak = (json: string | null): number[] | null => (json ? (JSON.parse(json) as number[]) : null);

/** The counted result of a closed session (never of a draft or open one). */
export async function sessionResult(db: Kysely<DB>, session: SessionRow): Promise<VoteResult & { electedIds: number[] }> {
  const candidates = await listSessionCandidates(db, [session.id]);
  const ballots = await listBallotChoices(db, session.id);
  const tally = tallyVotes(
    candidates.map((c) => ({ id: c.id, seq: c.ballot_seq })),
    ballots,
    session.choose_count,
    parseTieBreak(session.tie_break_json),
  );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return {
    rows: tally.rows.map((r) => {
      const c = byId.get(r.candidateId)!;
      return { ...r, seq: c.ballot_seq, name: c.name, leadUnit: c.lead_unit };
    }),
    tie: tally.tie,
    resolved: tally.resolved,
    tieBreakNote: session.tie_break_note,
    electedIds: tally.electedIds,
  };
}

async function toViews(db: Kysely<DB>, sessions: SessionRow[]): Promise<VoteSession[]> {
  const ids = sessions.map((s) => s.id);
  const [candidates, ballots, deputyCount] = await Promise.all([listSessionCandidates(db, ids), countBallots(db, ids), countEnabledDeputies(db)]);
  const views: VoteSession[] = [];
  for (const s of sessions) {
    const counted = s.status === 'closed' || s.status === 'published';
    let result: VoteResult | null = null;
    if (counted) {
      const { electedIds: _e, ...shown } = await sessionResult(db, s);
      result = shown;
    }
    views.push({
      id: s.id,
      year: s.year,
      title: s.title,
      chooseCount: s.choose_count,
      candidateCount: candidates.filter((c) => c.session_id === s.id).length,
      status: s.status,
      openedAt: s.opened_at,
      closedAt: s.closed_at,
      publishedAt: s.published_at,
      ballotCount: ballots.get(s.id) ?? 0,
      deputyCount,
      planId: s.plan_id,
      version: s.version,
      result,
    });
  }
  return views;
}

export async function listVoteSessions(ctx: AppContext, actor: Actor): Promise<{ items: VoteSession[] }> {
  requireManager(actor);
  return { items: await toViews(ctx.db, await listSessions(ctx.db)) };
}

export async function getVoteSession(ctx: AppContext, actor: Actor, id: number): Promise<VoteSession> {
  requireManager(actor);
  const session = await findSession(ctx.db, id);
  if (!session) throw notFound('票决');
  return (await toViews(ctx.db, [session]))[0]!;
}

export async function createVoteSession(ctx: AppContext, actor: Actor, input: VoteSessionInput): Promise<VoteSession> {
  requireManager(actor);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const candidates = await listCandidatesOfYear(trx, input.year);
    if (candidates.length < 2) throw badRequest(`${input.year}年的候选项目不足 2 个，请先准备候选项目。`);
    if (input.chooseCount >= candidates.length) {
      throw badRequest(`差额票决的应选数须少于候选项目数：候选 ${candidates.length} 个，应选最多 ${candidates.length - 1} 个。`, { field: 'chooseCount' });
    }
    const now = nowIso();
    const newId = await insertSession(trx, {
      year: input.year,
      title: input.title,
      choose_count: input.chooseCount,
      status: 'draft',
      opened_at: null,
      closed_at: null,
      published_at: null,
      tie_break_json: null,
      tie_break_note: null,
      plan_id: null,
      created_by: actor.username,
      created_at: now,
      updated_at: now,
    });
    await insertSessionCandidates(trx, newId, candidates);
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'vote_session',
      entityId: newId,
      summary: `创建票决「${input.title}」：${candidates.length} 个候选项目中选 ${input.chooseCount} 个`,
      after: { ...input, candidateIds: candidates.map((c) => c.id) },
    });
    return newId;
  });
  return getVoteSession(ctx, actor, id);
}

const STEP = {
  open: { from: 'draft', to: 'open', at: 'opened_at', label: '开始票决', refused: '只有未开始的票决可以开始。' },
  close: { from: 'open', to: 'closed', at: 'closed_at', label: '结束票决', refused: '只有投票中的票决可以结束。' },
  publish: { from: 'closed', to: 'published', at: 'published_at', label: '公布票决结果', refused: '只有已结束的票决可以公布结果。' },
} as const;

/** open / close / publish, each from the one status it follows. */
export async function stepVoteSession(ctx: AppContext, actor: Actor, id: number, step: keyof typeof STEP, version: number): Promise<VoteSession> {
  requireManager(actor);
  const session = await findSession(ctx.db, id);
  if (!session) throw notFound('票决');
  const rule = STEP[step];
  if (session.status !== rule.from) throw new AppError('CONFLICT', rule.refused);
  if (step === 'publish') {
    const result = await sessionResult(ctx.db, session);
    if (!result.resolved) throw new AppError('CONFLICT', '得票相同的项目处在当选线上，请先确定其中的当选项目，再公布结果。');
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateSessionRow(trx, id, version, { status: rule.to, [rule.at]: nowIso() }, rule.from))) throw versionConflict('该票决');
    await writeAudit(trx, actor, { action: step, entity: 'vote_session', entityId: id, summary: `${rule.label}「${session.title}」` });
  });
  return getVoteSession(ctx, actor, id);
}

/** The 督查室 declares which of the candidates tied at the cut are 当选 (after a 再次票决 or as the meeting decided). */
export async function resolveTie(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { candidateIds: number[]; note: string; version: number },
): Promise<VoteSession> {
  requireManager(actor);
  const session = await findSession(ctx.db, id);
  if (!session) throw notFound('票决');
  if (session.status !== 'closed') throw new AppError('CONFLICT', '只有已结束、尚未公布的票决可以确定并列项目。');
  const result = await sessionResult(ctx.db, { ...session, tie_break_json: null });
  if (!result.tie) throw new AppError('CONFLICT', '本次票决当选线清晰，无需确定并列项目。');
  const problem = tieBreakProblem(input.candidateIds, result.tie);
  if (problem) throw badRequest(problem, { field: 'candidateIds' });
  await ctx.db.transaction().execute(async (trx) => {
    const changes = { tie_break_json: JSON.stringify(input.candidateIds), tie_break_note: input.note };
    if (!(await updateSessionRow(trx, id, input.version, changes, 'closed'))) throw versionConflict('该票决');
    await writeAudit(trx, actor, {
      action: 'resolve_tie',
      entity: 'vote_session',
      entityId: id,
      summary: `确定票决「${session.title}」并列项目的当选：${input.note}`,
      after: changes,
    });
  });
  return getVoteSession(ctx, actor, id);
}

/** A published result for the public page; null when there is none (unpublished results never leak). */
export async function findPublicVoteResult(ctx: AppContext, id: number): Promise<PublicVoteResult | null> {
  const session = await findSession(ctx.db, id);
  if (session?.status !== 'published' || !session.published_at) return null;
  const result = await sessionResult(ctx.db, session);
  const ballots = await countBallots(ctx.db, [id]);
  return {
    id: session.id,
    year: session.year,
    title: session.title,
    chooseCount: session.choose_count,
    candidateCount: result.rows.length,
    ballotCount: ballots.get(id) ?? 0,
    publishedAt: session.published_at,
    tieBreakNote: session.tie_break_note,
    rows: result.rows.map(({ candidateId: _c, ...r }) => r),
  };
}
