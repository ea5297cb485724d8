import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { loadPlanRhythm } from './plan-rhythm';
import { findPlanRow, listPlanRows } from './plans.repo';

/** One plan as GET /plans/:id shows it: the list fields plus its reporting deadlines. */
export async function getPlanDetail(ctx: AppContext, planId: number) {
  const plan = await findPlanRow(ctx.db, planId);
  if (!plan) throw notFound('清单');
  return { ...plan, rhythm: await loadPlanRhythm(ctx.db, planId) };
}

/** Every plan as GET /plans lists it (newest year first), with its count of active projects. */
export async function listPlans(ctx: AppContext) {
  const items = await listPlanRows(ctx.db);
  return { items, total: items.length };
}
