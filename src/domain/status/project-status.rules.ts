/** A project's status against the schedule pace (序时进度), DESIGN.md §6. */
export type ProjectStatus = 'completed' | 'on_track' | 'behind' | 'seriously_behind';

/** Every status, in the order the UI lists them (best first). */
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['completed', 'on_track', 'behind', 'seriously_behind'];

/** Configurable per plan; the 10/30 pp defaults follow the published local practice (PRACTICE.md). */
export interface StatusThresholds {
  /** more than this many percentage points behind the pace → behind */
  behindPp: number;
  /** more than this many percentage points behind the pace → seriously behind */
  seriousPp: number;
  /** no progress at all this many months after the planned start → seriously behind */
  stallMonths: number;
}

export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = { behindPp: 10, seriousPp: 30, stallMonths: 3 };

/** Progress at or above this counts as complete: weighted means of exact fractions leave float dust (0.99999…). */
export const COMPLETED_AT = 0.9999;

/** Tolerance in percentage points, so that "exactly 10 pp behind" is not turned into 10.000000001 by floats. */
const PP_EPSILON = 1e-6;

export interface ProjectStatusInput {
  /** project progress 0–1 (projectProgress) */
  progress: number;
  /** expected progress 0–1 at `date` (projectExpected) */
  expected: number;
  /** the project's planned start, 'YYYY-MM-DD' */
  startDate: string;
  /** whether any actual value or milestone has ever been reported above zero */
  hasAnyProgress: boolean;
  /** the day the status is computed for, 'YYYY-MM-DD' */
  date: string;
  thresholds?: StatusThresholds;
}

/**
 * The date `months` calendar months after a 'YYYY-MM-DD' date, clamped to the month's last day
 * (31 January + 1 month → 29 February in a leap year), the way people count "three months later".
 */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Status of a project (DESIGN.md §6), checked in this order:
 * 1. `completed` when progress ≥ 1 (COMPLETED_AT);
 * 2. `seriously_behind` when nothing at all has been reported `stallMonths` after the planned start
 *    (on that very day included), whatever the pace says — a silent project is the worst case;
 * 3. by the gap expected − progress in percentage points: up to and INCLUDING behindPp → `on_track`
 *    (progress ≥ expected − 10 pp, as the practice words it), up to and including seriousPp → `behind`,
 *    beyond → `seriously_behind`. Being ahead of the pace is simply on track.
 */
export function projectStatus(input: ProjectStatusInput): ProjectStatus {
  const thresholds = input.thresholds ?? DEFAULT_STATUS_THRESHOLDS;
  if (input.progress >= COMPLETED_AT) return 'completed';
  if (!input.hasAnyProgress && addMonths(input.startDate, thresholds.stallMonths) <= input.date) return 'seriously_behind';
  const gapPp = (input.expected - input.progress) * 100;
  if (gapPp <= thresholds.behindPp + PP_EPSILON) return 'on_track';
  if (gapPp <= thresholds.seriousPp + PP_EPSILON) return 'behind';
  return 'seriously_behind';
}
