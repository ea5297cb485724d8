import { isPlanYearOver, isWeekInPlanYear, planAsOf, planWeekOf } from '../../../domain/calendar/plan-as-of';

/** A plan's year and 台账截止日 (null: the year's end), as the plan and project responses carry them. */
export interface PlanPeriod {
  year: number;
  endDate?: string | null;
}

/**
 * The web's side of the one as-of rule (src/domain/calendar/plan-as-of.ts, the same code the server runs): a page
 * that needs a default date or week for a plan asks here, never `dayjs()`, so a past plan is never asked for a
 * week of the real year.
 */
export function planDefaultAsOf(plan: PlanPeriod, chosen?: string | null): string {
  return planAsOf({ year: plan.year, endDate: plan.endDate, chosen });
}

/** The week a plan's page opens by default ("填报本周"): this week while the plan runs, else its last week. */
export function planDefaultWeek(plan: PlanPeriod, chosen?: string | null): string {
  return planWeekOf(planDefaultAsOf(plan, chosen), plan.year);
}

/** Whether the plan's year is over or its 台账截止日 has passed. */
export function isPlanOver(plan: PlanPeriod): boolean {
  return isPlanYearOver(plan.year, new Date(), plan.endDate);
}

/** The words after "截至 <date>" on a plan whose period is over: its year ended, or its ledger was closed early. */
export const planOverCaption = (asOf: string) => (asOf.endsWith('-12-31') ? '（该年度已结束）' : '（台账已截止）');

/** The as-of picker's placeholder: a running plan opens at today, a finished one at its last day. */
export const asOfPlaceholder = (isOver: boolean | undefined) => (isOver ? '截至日期（默认台账最后一天）' : '截至日期（默认今天）');

export { isWeekInPlanYear };
