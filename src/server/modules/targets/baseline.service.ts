import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import {
  findPlanBaseline,
  listActivePlanProjects,
  listMilestoneReviewStates,
  listMilestonesForBaseline,
  listTargetReviewStates,
  listTargetsForBaseline,
  markPlanBaselineLocked,
  setMilestoneBaseline,
  setTargetBaseline,
} from './baseline.repo';
import type { Baseline, ConfirmAllResult, TargetReview } from '../../../contract/targets.contract';
import { canLockBaseline, targetReviewPermissions } from '../../policies/target.policy';
import { assertCanConfirm, loadProjectScope } from './project-access';
import { toMilestoneView, toTargetView } from './target-view';
import { listMilestoneRows, listTargetRows, markMilestoneConfirmed, markTargetConfirmed, writeRevision } from './targets.repo';

async function loadPlan(ctx: AppContext, planId: number) {
  const plan = await findPlanBaseline(ctx.db, planId);
  if (!plan) throw notFound('清单');
  return plan;
}

/** Projects with their review state; unconfirmed and least certain first, so the 督查室 starts where it matters. */
export async function getTargetReview(ctx: AppContext, actor: Actor, planId: number): Promise<TargetReview> {
  const plan = await loadPlan(ctx, planId);
  const projects = await listActivePlanProjects(ctx.db, planId);
  const ids = projects.map((p) => p.id);
  const targets = await listTargetReviewStates(ctx.db, ids);
  const milestones = await listMilestoneReviewStates(ctx.db, ids);
  const units = await loadProjectUnits(ctx.db, ids);
  const items = projects.map((p) => {
    const ts = targets.filter((t) => t.project_id === p.id);
    const ms = milestones.filter((m) => m.project_id === p.id);
    return {
      projectId: p.id,
      seq: p.seq,
      name: p.name,
      leadUnits: (units.get(p.id) ?? []).filter((u) => u.role === 'lead').map((u) => u.name),
      targetCount: ts.length,
      milestoneCount: ms.length,
      proposedCount: ts.filter((t) => t.status === 'proposed').length + ms.filter((m) => m.status === 'proposed').length,
      minConfidence: ts.reduce((min, t) => Math.min(min, t.confidence), 1),
    };
  });
  items.sort((a, b) => Number(b.proposedCount > 0) - Number(a.proposedCount > 0) || a.minConfidence - b.minConfidence || a.seq - b.seq);
  return {
    baseline: { lockedAt: plan.baseline_locked_at, lockedBy: plan.baseline_locked_by },
    items,
    permissions: targetReviewPermissions(actor, { isLocked: plan.baseline_locked_at !== null }),
  };
}

/** Confirm every proposed target and milestone of a project (督查室). */
export async function confirmAllOfProject(ctx: AppContext, actor: Actor, projectId: number): Promise<ConfirmAllResult> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  assertCanConfirm(actor, scope);
  await ctx.db.transaction().execute(async (trx) => {
    const targets = (await listTargetRows(trx, projectId)).filter((t) => t.status === 'proposed');
    const milestones = (await listMilestoneRows(trx, projectId)).filter((m) => m.status === 'proposed');
    const at = nowIso();
    for (const t of targets) {
      await markTargetConfirmed(trx, t.id, at);
      await writeRevision(trx, 'target', t.id, actor.username, 'confirm');
    }
    for (const m of milestones) {
      await markMilestoneConfirmed(trx, m.id, at);
      await writeRevision(trx, 'milestone', m.id, actor.username, 'confirm');
    }
    if (targets.length + milestones.length > 0) {
      await writeAudit(trx, actor, {
        action: 'confirm',
        entity: 'project',
        entityId: projectId,
        summary: `确认项目 ${scope.project.seq} 的 ${targets.length} 个目标、${milestones.length} 个节点`,
      });
    }
  });
  return {
    targets: (await listTargetRows(ctx.db, projectId)).map((t) => toTargetView(t)),
    milestones: (await listMilestoneRows(ctx.db, projectId)).map((m) => toMilestoneView(m)),
  };
}

/** Lock the plan's targets as the baseline the year is judged against; from then on changes need approval. */
export async function lockBaseline(ctx: AppContext, actor: Actor, planId: number): Promise<Baseline> {
  if (!canLockBaseline(actor)) throw forbidden('只有督查室可以锁定基线。');
  const plan = await loadPlan(ctx, planId);
  if (plan.baseline_locked_at) throw new AppError('BASELINE_LOCKED', `基线已于 ${plan.baseline_locked_at.slice(0, 10)} 锁定，无需重复锁定。`);
  return ctx.db.transaction().execute(async (trx) => {
    const projects = await listActivePlanProjects(trx, planId);
    const ids = projects.map((p) => p.id);
    const targets = await listTargetsForBaseline(trx, ids);
    const milestones = await listMilestonesForBaseline(trx, ids);
    const pendingIds = new Set([...targets, ...milestones].filter((x) => x.status === 'proposed').map((x) => x.project_id));
    if (pendingIds.size > 0) {
      const seqs = projects.filter((p) => pendingIds.has(p.id)).map((p) => p.seq);
      throw new AppError('BASELINE_INCOMPLETE', `还有 ${seqs.length} 个项目的目标或节点未确认（序号 ${seqs.join('、')}），请全部确认后再锁定基线。`, {
        projectSeqs: seqs,
      });
    }
    for (const t of targets) {
      const baseline = { label: t.label, value: t.value, unit: t.unit, dueDate: t.due_date, trajectory: JSON.parse(t.trajectory_json) as unknown };
      await setTargetBaseline(trx, t.id, JSON.stringify(baseline));
    }
    for (const m of milestones) {
      await setMilestoneBaseline(trx, m.id, JSON.stringify({ title: m.title, dueDate: m.due_date }));
    }
    const lockedAt = nowIso();
    await markPlanBaselineLocked(trx, planId, lockedAt, actor.username);
    await writeAudit(trx, actor, {
      action: 'lock_baseline',
      entity: 'plan',
      entityId: planId,
      summary: `锁定 ${plan.year} 年清单目标基线（${targets.length} 个目标、${milestones.length} 个节点）`,
    });
    return { lockedAt, lockedBy: actor.username };
  });
}
