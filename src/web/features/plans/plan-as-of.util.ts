import { isPlanYearOver, isWeekInPlanYear, planAsOf, planWeekOf } from '../../../domain/calendar/plan-as-of';

/**
 * The web's side of the one as-of rule (src/domain/calendar/plan-as-of.ts, the same code the server runs): a page
 * that needs a default date or week for a plan asks here, never `dayjs()`, so a past plan is never asked for a
 * week of the real year.
 */
export function planDefaultAsOf(year: number, chosen?: string | null): string {
  return planAsOf({ year, chosen });
}

/** The week a plan's page opens by default ("填报本周"): this week while the year runs, else its last week. */
export function planDefaultWeek(year: number, chosen?: string | null): string {
  return planWeekOf(planAsOf({ year, chosen }), year);
}

export { isPlanYearOver, isWeekInPlanYear };
