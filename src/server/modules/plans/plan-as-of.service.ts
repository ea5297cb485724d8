import { isPlanYearOver, planAsOf, planWeekOf, shanghaiDate } from '../../../domain/calendar';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findPlanYear, listActivePlanPeriods, listPlanPeriods } from './plans.repo';

/** The as-of date, week and period-over flag of a plan, by the one rule of src/domain/calendar/plan-as-of.ts. */
export interface PlanAsOf {
  year: number;
  asOf: string;
  /** the ISO week of asOf inside the plan's year (never a week of another year) */
  week: string;
  /** the plan's year is over, or its 台账截止日 passed */
  isYearOver: boolean;
}

/** The period of a plan: its year and its 台账截止日 (null: 31 December). */
export interface PlanPeriod {
  year: number;
  endDate?: string | null;
}

/** The as-of of a plan known by its period. */
export function planAsOfForYear(period: PlanPeriod, chosen?: string | null, now = new Date()): PlanAsOf {
  const { year, endDate } = period;
  const asOf = planAsOf({ year, endDate, chosen, now });
  return { year, asOf, week: planWeekOf(asOf, year), isYearOver: isPlanYearOver(year, now, endDate) };
}

/** The as-of of a plan by id; a missing plan is a 404 in Chinese. */
export async function planAsOfOf(ctx: AppContext, planId: number, chosen?: string | null, now = new Date()): Promise<PlanAsOf> {
  const plan = await findPlanYear(ctx.db, planId);
  if (!plan) throw notFound('清单');
  return planAsOfForYear({ year: plan.year, endDate: plan.ledger_end_date }, chosen, now);
}

/** Whether some active plan runs on `now` (its year has begun and neither the year nor its ledger is over). */
export async function isAnyPlanRunning(ctx: AppContext, now = new Date()): Promise<boolean> {
  const today = shanghaiDate(now);
  return (await listActivePlanPeriods(ctx.db)).some((p) => today >= `${p.year}-01-01` && !isPlanYearOver(p.year, now, p.ledger_end_date));
}

/**
 * The day each plan judges "逾期" on (督办单, 整改, 交办事项): its as-of date, so today while the plan runs and its last
 * day once it is over — an item of a finished year is overdue only if it was overdue when the year (or ledger) ended.
 */
export async function planTodays(ctx: AppContext, planIds: number[], now = new Date()): Promise<(planId: number) => string> {
  const ids = [...new Set(planIds)];
  const periods = ids.length ? await listPlanPeriods(ctx.db, ids) : [];
  const days = new Map(periods.map((p) => [p.id, planAsOf({ year: p.year, endDate: p.ledger_end_date, now })]));
  const today = shanghaiDate(now);
  return (planId) => days.get(planId) ?? today;
}
