import { dayNumberOf as dayNumber } from '../calendar/iso-week';
import { COMPLETED_AT } from './project-status.rules';

/** One observed progress value (0–1, may exceed 1) on a date 'YYYY-MM-DD'. */
export interface ProgressObservation {
  date: string;
  progress: number;
}

export interface YearEndForecast {
  /** progress projected at the deadline; may exceed 1 when the trend overshoots */
  projected: number;
  /** the trend does not reach completion by the deadline: warn the 督查室 */
  missesDeadline: boolean;
}

/** How many recent observations the trend is fitted on: about two months of weekly updates. */
export const FORECAST_WINDOW = 8;
/** Below this many observations a fitted slope is noise; use the average pace since the start instead. */
const MIN_POINTS_FOR_TREND = 3;

/** Least-squares slope (progress per day); 0 when all points fall on one day. */
const leastSquaresSlope = (points: { x: number; y: number }[]): number => {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY);
    variance += (p.x - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
};

/**
 * Year-end forecast (DESIGN.md §6): progress projected at the deadline from the recent trend.
 * With at least 3 observations up to `asOf`: the least-squares slope over the last FORECAST_WINDOW of them;
 * with fewer: the average pace from `startDate` to the latest observation. The line is drawn from the LATEST
 * observation (not the fitted intercept) so the forecast never starts below what was actually reported, and a
 * negative slope (corrections downwards) counts as no pace at all. Past the deadline the forecast is the latest
 * value. Null when nothing was observed by `asOf`.
 */
export function forecastYearEnd(history: ProgressObservation[], startDate: string, deadline: string, asOf: string): YearEndForecast | null {
  const observed = history.filter((h) => h.date <= asOf && Number.isFinite(h.progress)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = observed[observed.length - 1];
  if (latest === undefined) return null;
  const daysLeft = Math.max(0, dayNumber(deadline) - dayNumber(latest.date));
  let pacePerDay: number;
  if (observed.length >= MIN_POINTS_FOR_TREND) {
    const recent = observed.slice(-FORECAST_WINDOW).map((h) => ({ x: dayNumber(h.date), y: h.progress }));
    pacePerDay = leastSquaresSlope(recent);
  } else {
    const elapsed = dayNumber(latest.date) - dayNumber(startDate);
    pacePerDay = elapsed > 0 ? latest.progress / elapsed : 0;
  }
  const projected = Math.max(latest.progress, latest.progress + Math.max(0, pacePerDay) * daysLeft);
  return { projected, missesDeadline: projected < COMPLETED_AT };
}
