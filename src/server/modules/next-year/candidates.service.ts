import type { Candidate, CandidateChange, CandidateInput } from '../../../contract/votes.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canManageNextYear } from '../../policies/next-year.policy';
import { findProposal } from './solicitations.repo';
import type { CandidateRow } from './votes.repo';
import {
  deleteCandidateRow,
  findCandidate,
  insertCandidate,
  listCandidatesOfYear,
  lockedCandidateIds,
  nextCandidateSeq,
  setCandidateSeq,
  updateCandidateRow,
} from './votes.repo';

/** 候选项目 (issue 12): the 督查室 prepares and orders the candidate list of a year; a 票决 freezes what it lists. */

function requireManager(actor: Actor): void {
  if (!canManageNextYear(actor)) throw forbidden();
}

const toCandidate = (c: CandidateRow, locked: Set<number>): Candidate => ({
  id: c.id,
  year: c.year,
  seq: c.seq,
  name: c.name,
  content: c.content,
  leadUnit: c.lead_unit,
  investment: c.investment === null ? null : Number(c.investment),
  expectedEffect: c.expected_effect,
  proposalId: c.proposal_id,
  isLocked: locked.has(c.id),
  version: c.version,
});

export async function listCandidates(ctx: AppContext, actor: Actor, year: number): Promise<{ items: Candidate[] }> {
  requireManager(actor);
  const rows = await listCandidatesOfYear(ctx.db, year);
  const locked = await lockedCandidateIds(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toCandidate(r, locked)) };
}

async function candidateView(ctx: AppContext, id: number): Promise<Candidate> {
  const row = await findCandidate(ctx.db, id);
  if (!row) throw notFound('候选项目');
  return toCandidate(row, await lockedCandidateIds(ctx.db, [id]));
}

export async function createCandidate(ctx: AppContext, actor: Actor, input: CandidateInput): Promise<Candidate> {
  requireManager(actor);
  if (input.proposalId) {
    const proposal = await findProposal(ctx.db, input.proposalId);
    if (!proposal) throw badRequest('所选群众建议不存在，请刷新后重新选择。', { field: 'proposalId' });
    if (proposal.status !== 'approved') throw badRequest('只能把审核通过的群众建议列为候选项目。', { field: 'proposalId' });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const newId = await insertCandidate(trx, {
      year: input.year,
      seq: await nextCandidateSeq(trx, input.year),
      name: input.name,
      content: input.content,
      lead_unit: input.leadUnit || null,
      investment: input.investment ?? null,
      expected_effect: input.expectedEffect ?? '',
      proposal_id: input.proposalId ?? null,
      created_by: actor.username,
      created_at: now,
      updated_at: now,
    });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'vote_candidate',
      entityId: newId,
      summary: `新增${input.year}年候选项目「${input.name}」`,
      after: input,
    });
    return newId;
  });
  return candidateView(ctx, id);
}

async function requireEditable(ctx: AppContext, id: number) {
  const before = await findCandidate(ctx.db, id);
  if (!before) throw notFound('候选项目');
  if ((await lockedCandidateIds(ctx.db, [id])).size > 0) {
    throw new AppError('CONFLICT', `候选项目「${before.name}」已列入票决，不能再修改或删除。`);
  }
  return before;
}

export async function updateCandidate(ctx: AppContext, actor: Actor, id: number, input: CandidateChange): Promise<Candidate> {
  requireManager(actor);
  const before = await requireEditable(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const changes = {
      name: input.name,
      content: input.content,
      lead_unit: input.leadUnit || null,
      investment: input.investment ?? null,
      expected_effect: input.expectedEffect ?? '',
    };
    if (!(await updateCandidateRow(trx, id, input.version, changes))) throw versionConflict('该候选项目');
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'vote_candidate',
      entityId: id,
      summary: `修改候选项目「${input.name}」`,
      before,
      after: changes,
    });
  });
  return candidateView(ctx, id);
}

export async function deleteCandidate(ctx: AppContext, actor: Actor, id: number, version: number): Promise<void> {
  requireManager(actor);
  const before = await requireEditable(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteCandidateRow(trx, id, version))) throw versionConflict('该候选项目');
    await writeAudit(trx, actor, { action: 'delete', entity: 'vote_candidate', entityId: id, summary: `删除候选项目「${before.name}」`, before });
  });
}

/** Put the year's candidates in the given order (every candidate of the year, once). */
export async function orderCandidates(ctx: AppContext, actor: Actor, year: number, ids: number[]): Promise<{ items: Candidate[] }> {
  requireManager(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const rows = await listCandidatesOfYear(trx, year);
    const same = ids.length === rows.length && new Set(ids).size === ids.length && rows.every((r) => ids.includes(r.id));
    if (!same) throw badRequest('排序应包含本年度的全部候选项目且各一次，请刷新后重试。');
    for (const [index, id] of ids.entries()) await setCandidateSeq(trx, id, index + 1);
    await writeAudit(trx, actor, { action: 'reorder', entity: 'vote_candidate', entityId: null, summary: `调整${year}年候选项目顺序`, after: { ids } });
  });
  return listCandidates(ctx, actor, year);
}
