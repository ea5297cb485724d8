import type { ListResponse } from '../../../contract/common.contract';
import type { Plan, PlanDetail } from '../../../contract/plans.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { planPermissions } from '../../policies/plan.policy';
import { loadPlanRhythm } from './plan-rhythm';
import { findPlanRow, listPlanRows } from './plans.repo';

/** One plan as GET /plans/:id shows it: the list fields plus its reporting deadlines and the actor's permissions. */
export async function getPlanDetail(ctx: AppContext, actor: Actor, planId: number): Promise<PlanDetail> {
  const plan = await findPlanRow(ctx.db, planId);
  if (!plan) throw notFound('清单');
  return { ...plan, rhythm: await loadPlanRhythm(ctx.db, planId), permissions: planPermissions(actor) };
}

/** Every plan as GET /plans lists it (newest year first), with its count of active projects. */
export async function listPlans(ctx: AppContext): Promise<ListResponse<Plan>> {
  const items = await listPlanRows(ctx.db);
  return { items, total: items.length };
}
