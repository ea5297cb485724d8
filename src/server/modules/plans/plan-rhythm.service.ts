import type { PlanDetail, PlanRhythmBody, PlanRhythm as PlanRhythmInput } from '../../../contract/plans.contract';
import { planRhythmRules } from '../../../contract/plans.contract';
import { isCalendarDate } from '../../../domain/calendar';
import type { IsoWeekday } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound, versionConflict } from '../../errors';
import { canSetPlanRhythm } from '../../policies/plan.policy';
import { loadPlanRhythm } from './plan-rhythm';
import type { PlanRhythm } from './plan-rhythm';
import { findPlanHeader, updatePlanRhythmRow } from './plans.repo';
import { getPlanDetail } from './plans.service';

/** 一…日, to write 本周五 / 下周一 */
const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];
const MINUTES_PER_WEEK = 7 * 24 * 60;

const minuteOfWeek = (weekday: number, time: string) => (weekday - 1) * 1440 + Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const invalid = (message: string, field?: string) => new AppError('VALIDATION_FAILED', message, field ? { field } : undefined);

/**
 * Checks a rhythm and returns it typed. The missing moment is on the week AFTER the reported one; it must come after
 * the due moment and before the next week's due moment, or a week would count as missing only after the next one is due.
 */
export function checkPlanRhythm(
  input: Omit<PlanRhythmInput, 'endDate'> & { endDate?: string | null },
  year: number,
  currentEndDate: string | null = null,
): PlanRhythm {
  const parsed = planRhythmRules.safeParse(input);
  if (!parsed.success) {
    const messages = [...new Set(parsed.error.issues.map((i) => i.message))];
    throw invalid(messages.join(''), parsed.error.issues[0]?.path.join('.'));
  }
  const { weekly, monthly } = parsed.data;
  const due = minuteOfWeek(weekly.dueWeekday, weekly.dueTime);
  const missing = MINUTES_PER_WEEK + minuteOfWeek(weekly.missingWeekday, weekly.missingTime);
  if (missing <= due || missing >= due + MINUTES_PER_WEEK) {
    const dueText = `${WEEKDAY_NAMES[weekly.dueWeekday - 1]} ${weekly.dueTime}`;
    throw invalid(
      `缺报判定时间（下周${WEEKDAY_NAMES[weekly.missingWeekday - 1]} ${weekly.missingTime}）应在周报截止时间（本周${dueText}）之后、下一周的截止时间（下周${dueText}）之前，请提前缺报判定时间。`,
      'weekly.missingWeekday',
    );
  }
  const endDate = parsed.data.endDate === undefined ? currentEndDate : parsed.data.endDate;
  if (endDate !== null && (!isCalendarDate(endDate) || !endDate.startsWith(`${year}-`)))
    throw invalid(`台账截止日应为 ${year} 年内的日期（${year}-01-01 至 ${year}-12-31），留空表示到年底。`, 'endDate');
  return {
    weekly: { ...weekly, dueWeekday: weekly.dueWeekday as IsoWeekday, missingWeekday: weekly.missingWeekday as IsoWeekday },
    monthly,
    endDate,
  };
}

/** 报送时限: the 督查室 sets a plan's weekly and monthly deadlines (version-checked, audited). */
export async function updatePlanRhythm(ctx: AppContext, actor: Actor, planId: number, input: PlanRhythmBody): Promise<PlanDetail> {
  if (!canSetPlanRhythm(actor)) throw forbidden('只有督查室可以设置报送时限。');
  const plan = await findPlanHeader(ctx.db, planId);
  if (!plan) throw notFound('清单');
  const before = await loadPlanRhythm(ctx.db, planId);
  const rhythm = checkPlanRhythm(input, plan.year, before.endDate);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updatePlanRhythmRow(trx, planId, input.version, {
      weekly_due_weekday: rhythm.weekly.dueWeekday,
      weekly_due_time: rhythm.weekly.dueTime,
      weekly_missing_weekday: rhythm.weekly.missingWeekday,
      weekly_missing_time: rhythm.weekly.missingTime,
      monthly_due_day: rhythm.monthly.dueDay,
      monthly_due_time: rhythm.monthly.dueTime,
      ledger_end_date: rhythm.endDate,
    });
    if (!updated) throw versionConflict('清单的报送时限');
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'plan',
      entityId: planId,
      summary: `设置清单“${plan.title}”的报送时限${rhythm.endDate ? `（台账截止日 ${rhythm.endDate}）` : ''}`,
      before,
      after: rhythm,
    });
  });
  return getPlanDetail(ctx, actor, planId);
}
