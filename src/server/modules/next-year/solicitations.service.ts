import { shanghaiDate } from '../../../domain/calendar';
import { maskName, maskPhone } from '../../../domain/privacy/mask';
import type {
  ModerateProposalInput,
  Proposal,
  PublicProposalInput,
  PublicSolicitation,
  Solicitation,
  SolicitationChange,
  SolicitationInput,
} from '../../../contract/solicitations.contract';
import type { Actor, AuditActor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { ProposalStatus } from '../../db/schema';
import { AppError, forbidden, notFound, versionConflict } from '../../errors';
import { canManageNextYear } from '../../policies/next-year.policy';
import type { ProposalRow, SolicitationRow } from './solicitations.repo';
import {
  countProposals,
  findProposal,
  findSolicitation,
  insertProposal,
  insertSolicitation,
  listProposals,
  listSolicitations,
  listStartedSolicitations,
  moderateProposalRow,
  updateSolicitationRow,
} from './solicitations.repo';

/** 征集 (issue 12): the 督查室 opens a call for a target year; the public proposes; the 督查室 moderates. */

const today = () => shanghaiDate(new Date());
const isOpenOn = (s: SolicitationRow, day: string) => s.starts_on <= day && day <= s.ends_on;

/** The call itself, as both the 督查室 and the public read it. */
const callView = (s: SolicitationRow, day: string) => ({
  id: s.id,
  year: s.year,
  title: s.title,
  description: s.description,
  startsOn: s.starts_on,
  endsOn: s.ends_on,
  isOpen: isOpenOn(s, day),
});

function requireManager(actor: Actor): void {
  if (!canManageNextYear(actor)) throw forbidden();
}

function toProposal(p: ProposalRow): Proposal {
  return {
    id: p.id,
    solicitationId: p.solicitation_id,
    title: p.title,
    background: p.background,
    content: p.content,
    suggestedUnit: p.suggested_unit,
    name: p.name,
    phone: p.phone,
    status: p.status,
    rejectReason: p.reject_reason,
    moderatedBy: p.moderated_by,
    moderatedAt: p.moderated_at,
    createdAt: p.created_at,
  };
}

export async function listAllSolicitations(ctx: AppContext, actor: Actor): Promise<{ items: Solicitation[] }> {
  requireManager(actor);
  const [rows, counts] = await Promise.all([listSolicitations(ctx.db), countProposals(ctx.db)]);
  const count = (id: number, status: ProposalStatus) => Number(counts.find((c) => c.solicitation_id === id && c.status === status)?.n ?? 0);
  const day = today();
  return {
    items: rows.map((s) => ({
      ...callView(s, day),
      pendingCount: count(s.id, 'pending'),
      approvedCount: count(s.id, 'approved'),
      rejectedCount: count(s.id, 'rejected'),
      version: s.version,
    })),
  };
}

async function solicitationView(ctx: AppContext, actor: Actor, id: number): Promise<Solicitation> {
  const found = (await listAllSolicitations(ctx, actor)).items.find((s) => s.id === id);
  if (!found) throw notFound('征集');
  return found;
}

export async function createSolicitation(ctx: AppContext, actor: Actor, input: SolicitationInput): Promise<Solicitation> {
  requireManager(actor);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const newId = await insertSolicitation(trx, {
      year: input.year,
      title: input.title,
      description: input.description,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      created_by: actor.username,
      created_at: now,
      updated_at: now,
    });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'solicitation',
      entityId: newId,
      summary: `发起${input.year}年民生实事项目征集「${input.title}」`,
      after: input,
    });
    return newId;
  });
  return solicitationView(ctx, actor, id);
}

export async function updateSolicitation(ctx: AppContext, actor: Actor, id: number, input: SolicitationChange): Promise<Solicitation> {
  requireManager(actor);
  const before = await findSolicitation(ctx.db, id);
  if (!before) throw notFound('征集');
  await ctx.db.transaction().execute(async (trx) => {
    const changes = { title: input.title, description: input.description, starts_on: input.startsOn, ends_on: input.endsOn };
    if (!(await updateSolicitationRow(trx, id, input.version, changes))) throw versionConflict('该征集');
    await writeAudit(trx, actor, { action: 'update', entity: 'solicitation', entityId: id, summary: `修改征集「${input.title}」`, before, after: changes });
  });
  return solicitationView(ctx, actor, id);
}

export async function listSolicitationProposals(ctx: AppContext, actor: Actor, id: number, status?: ProposalStatus): Promise<{ items: Proposal[] }> {
  requireManager(actor);
  if (!(await findSolicitation(ctx.db, id))) throw notFound('征集');
  return { items: (await listProposals(ctx.db, [id], status)).map(toProposal) };
}

export async function moderateProposal(ctx: AppContext, actor: Actor, id: number, input: ModerateProposalInput): Promise<Proposal> {
  requireManager(actor);
  const before = await findProposal(ctx.db, id);
  if (!before) throw notFound('建议');
  await ctx.db.transaction().execute(async (trx) => {
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const reason = input.decision === 'reject' ? (input.reason ?? '') : null;
    const done = await moderateProposalRow(trx, id, { status, reject_reason: reason, moderated_by: actor.username, moderated_at: nowIso() });
    if (!done) throw new AppError('ALREADY_DECIDED', '这条建议已经审核过了，请刷新后查看。');
    await writeAudit(trx, actor, {
      action: input.decision,
      entity: 'proposal',
      entityId: id,
      summary: input.decision === 'approve' ? `审核通过群众建议「${before.title}」并公开` : `群众建议「${before.title}」未通过：${reason}`,
    });
  });
  return toProposal((await findProposal(ctx.db, id))!);
}

/** A proposal from the public: only while the call is open; kept pending until the 督查室 moderates it. */
export async function submitPublicProposal(
  ctx: AppContext,
  solicitationId: number,
  input: PublicProposalInput,
  ip: string,
): Promise<{ id: number; message: string }> {
  const solicitation = await findSolicitation(ctx.db, solicitationId);
  if (!solicitation) throw notFound('征集');
  if (!isOpenOn(solicitation, today())) {
    throw new AppError('CONFLICT', `本次征集的时间为 ${solicitation.starts_on} 至 ${solicitation.ends_on}，当前不在征集期内，无法提交建议。`);
  }
  const actor: AuditActor = { id: null, username: 'public', ip };
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertProposal(trx, {
      solicitation_id: solicitationId,
      title: input.title,
      background: input.background,
      content: input.content,
      suggested_unit: input.suggestedUnit || null,
      name: input.name || null,
      phone: input.phone || null,
      status: 'pending',
      reject_reason: null,
      moderated_by: null,
      moderated_at: null,
      created_at: nowIso(),
    });
    await writeAudit(trx, actor, { action: 'create', entity: 'proposal', entityId: newId, summary: `群众提交建议「${input.title}」（待审核）` });
    return newId;
  });
  return { id, message: '建议已提交，经督查室审核后公开。感谢您的参与！' };
}

/** What the public sees: calls that have started, each with its approved proposals, names and phones masked. */
export async function listPublicSolicitations(ctx: AppContext): Promise<{ items: PublicSolicitation[] }> {
  const day = today();
  const rows = await listStartedSolicitations(ctx.db, day);
  const proposals = await listProposals(
    ctx.db,
    rows.map((s) => s.id),
    'approved',
  );
  return {
    items: rows.map((s) => ({
      ...callView(s, day),
      proposals: proposals
        .filter((p) => p.solicitation_id === s.id)
        .map((p) => ({
          id: p.id,
          title: p.title,
          background: p.background,
          content: p.content,
          suggestedUnit: p.suggested_unit,
          name: maskName(p.name),
          phone: maskPhone(p.phone),
          createdAt: p.created_at,
        })),
    })),
  };
}
