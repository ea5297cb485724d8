import type { NoticeProject, ParsedNotice } from '../../../domain/notice/notice.types';
import { normaliseUnitName } from '../../../domain/notice/unit-name';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { canManageNextYear } from '../../policies/next-year.policy';
import { listPlansOfYear } from '../imports/imports.repo';
import { commitNoticeImport } from '../imports/notice-import.service';
import { findSession, listSessionCandidates, updateSessionRow } from './votes.repo';
import { sessionResult } from './votes.service';

/**
 * 票决结果 → 下一年度清单草案 (issue 12). The 当选 candidates are written as the same parsed-notice structure an
 * imported notice gives and committed through commitNoticeImport, so the plan, its units, its projects and their
 * proposed targets are created (and audited) exactly as an import would. The plan is a draft for the 督查室 to
 * complete: it has no 文号, its targets are proposals and its baseline is not locked.
 */

export const votePlanTitle = (year: number) => `${year}年民生实事项目（人大代表票决结果）`;

export async function createPlanDraftFromVote(ctx: AppContext, actor: Actor, sessionId: number): Promise<{ planId: number; projectCount: number }> {
  if (!canManageNextYear(actor)) throw forbidden();
  const session = await findSession(ctx.db, sessionId);
  if (!session) throw notFound('票决');
  if (session.status !== 'closed' && session.status !== 'published') throw new AppError('CONFLICT', '票决结束后才能根据结果生成清单草案。');
  if (session.plan_id !== null) throw new AppError('CONFLICT', '本次票决已生成清单草案，请在清单总览中查看。');
  const result = await sessionResult(ctx.db, session);
  if (!result.resolved) throw new AppError('CONFLICT', '得票相同的项目处在当选线上，请先确定其中的当选项目，再生成清单草案。');
  // A notice without 文号 joins the only plan of its year: a year that already has a plan must not be touched.
  if ((await listPlansOfYear(ctx.db, session.year)).length > 0) {
    throw new AppError('CONFLICT', `${session.year}年已有清单，不能再生成票决清单草案；请在已有清单中导入或调整项目。`);
  }

  const elected = new Set(result.electedIds);
  const candidates = (await listSessionCandidates(ctx.db, [sessionId])).filter((c) => elected.has(c.id));
  const withoutUnit = candidates.filter((c) => !c.lead_unit?.trim());
  if (withoutUnit.length > 0) {
    throw new AppError('CONFLICT', `当选项目「${withoutUnit.map((c) => c.name).join('」「')}」没有牵头单位建议，请先在候选项目中补充后再生成。`);
  }
  const projects: NoticeProject[] = candidates.map((c, index) => ({
    seq: index + 1,
    name: c.name,
    content: c.expected_effect.trim() ? `${c.content}\n预期成效：${c.expected_effect.trim()}` : c.content,
    leadUnits: [normaliseUnitName(c.lead_unit!)],
    coUnits: [],
    source: { row: index + 1 },
    deadline: null,
    location: null,
    investment: c.investment === null ? null : Number(c.investment),
  }));
  const notice: ParsedNotice = {
    plan: { title: votePlanTitle(session.year), docNumber: null, issuer: null, year: session.year, issueDate: null },
    projects,
    warnings: [],
  };
  const committed = await commitNoticeImport(ctx, actor, notice, `票决结果「${session.title}」`);
  await ctx.db.transaction().execute(async (trx) => {
    await updateSessionRow(trx, sessionId, 'any', { plan_id: committed.planId });
    await writeAudit(trx, actor, {
      action: 'plan_draft',
      entity: 'vote_session',
      entityId: sessionId,
      summary: `根据票决「${session.title}」结果生成${session.year}年清单草案（${projects.length} 个项目）`,
      after: { planId: committed.planId, candidateIds: candidates.map((c) => c.id) },
    });
  });
  return { planId: committed.planId, projectCount: projects.length };
}
