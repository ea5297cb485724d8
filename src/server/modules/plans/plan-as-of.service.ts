import { isPlanYearOver, planAsOf, planWeekOf } from '../../../domain/calendar';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findPlanYear } from './plans.repo';

/** The as-of date, week and year-over flag of a plan, by the one rule of src/domain/calendar/plan-as-of.ts. */
export interface PlanAsOf {
  year: number;
  asOf: string;
  /** the ISO week of asOf inside the plan's year (never a week of another year) */
  week: string;
  isYearOver: boolean;
}

/** The as-of of a plan known by its year. */
export function planAsOfForYear(year: number, chosen?: string | null, now = new Date()): PlanAsOf {
  const asOf = planAsOf({ year, chosen, now });
  return { year, asOf, week: planWeekOf(asOf, year), isYearOver: isPlanYearOver(year, now) };
}

/** The as-of of a plan by id; a missing plan is a 404 in Chinese. */
export async function planAsOfOf(ctx: AppContext, planId: number, chosen?: string | null, now = new Date()): Promise<PlanAsOf> {
  const plan = await findPlanYear(ctx.db, planId);
  if (!plan) throw notFound('清单');
  return planAsOfForYear(plan.year, chosen, now);
}
