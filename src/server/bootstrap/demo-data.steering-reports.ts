import { sql } from 'kysely';
import { addDays, monthlyDueAt, shanghaiDate } from '../../domain/calendar';
import { addWorkingDays, buildCalendar, CHINA_HOLIDAY_SCHEDULES, isWorkingDay } from '../../domain/workdays';
import type { Actor } from '../auth/actor';
import type { AppContext } from '../context';
import type { MonthlyReportStatus } from '../db/schema';
import { compileBulletin, issueBulletin } from '../modules/bulletins/bulletins.service';
import { draftFromWeeks, monthEnd } from '../modules/reports/monthly-draft';
import type { MonthlyValue } from '../modules/reports/monthly-draft';
import type { SteeringContext, SteeringProject } from './demo-data.steering';
import { at } from './demo-data.steering';

const calendar = buildCalendar(CHINA_HOLIDAY_SCHEDULES);
const isWorkday = (date: string) => isWorkingDay(calendar, date);
/** The month's due moment as the reports service computes it (the 25th, moved to the next working day). */
const dueAt = (month: string) => monthlyDueAt(month, undefined, isWorkday);
const RETURN_COMMENTS = ['月报“本月进展”与周台账累计数不一致，请核实后重新报送。', '请补充本月存在问题的具体原因和下月倒排计划。'];
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** 'YYYY-MM' n months before a month. */
export function monthBefore(month: string, n: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

const lastWorkingDayOnOrBefore = (date: string) => {
  let day = date;
  while (!isWorkday(day)) day = addDays(day, -1);
  return day;
};

/** The month's report text: a line of month-end figures against the schedule, then what the weeks said. */
function reportText(month: string, values: MonthlyValue[], weeksText: string): string {
  const figures = values
    .filter((v) => v.actual !== null)
    .slice(0, 3)
    .map((v) => `${v.label}${fmt(v.actual ?? 0)}${v.unit}（年度目标${fmt(v.target)}${v.unit}，序时${fmt(v.expected)}${v.unit}）`);
  const head = `截至${Number(month.slice(5, 7))}月底，${figures.length ? `${figures.join('；')}。` : '各项工作按计划推进。'}`;
  return weeksText ? `${head}\n${weeksText}` : head;
}

type Plan = { status: MonthlyReportStatus; submittedOn: string | null; reviewedOn: string | null; comment: string | null };

/** How a project's report of a month went: mostly on time and accepted; some late, returned or still waiting. */
function reportPlan(sc: SteeringContext, p: SteeringProject, index: number, month: string, age: number): Plan | null {
  const due = shanghaiDate(new Date(dueAt(month)));
  if (age === 0) return index % 3 === 1 ? { status: 'draft', submittedOn: null, reviewedOn: null, comment: null } : null;
  const onTime = lastWorkingDayOnOrBefore(addDays(due, -(index % 3)));
  const isLast = age === 1;
  if (isLast && sc.special.notReported.get(p.id) === 'none') return null;
  if (isLast && index % 11 === 4)
    return { status: 'returned', submittedOn: onTime, reviewedOn: addWorkingDays(calendar, onTime, 1), comment: RETURN_COMMENTS[index % 2] ?? null };
  if (isLast && index === 2)
    return { status: 'submitted', submittedOn: addWorkingDays(calendar, `${monthBefore(month, -1)}-01`, 2), reviewedOn: null, comment: null };
  const isLate = (isLast && index % 13 === 3) || (age === 2 && index % 8 === 5) || (age === 3 && index % 11 === 2);
  const submittedOn = isLate ? addWorkingDays(calendar, due, 1 + (index % 2)) : onTime;
  return { status: 'accepted', submittedOn, reviewedOn: addWorkingDays(calendar, submittedOn, 2), comment: null };
}

/** Monthly reports of the three months before the demo month (and a few drafts of the current one). */
export async function writeDemoMonthlyReports(sc: SteeringContext, supervisor: string): Promise<number> {
  const current = sc.demoDate.slice(0, 7);
  let count = 0;
  for (const age of [3, 2, 1, 0]) {
    const month = monthBefore(current, age);
    if (!month.startsWith(String(sc.planYear))) continue;
    for (const [index, p] of sc.projects.filter((x) => x.leadUnitIds.length > 0).entries()) {
      const plan = reportPlan(sc, p, index, month, age);
      if (!plan || (plan.reviewedOn ?? plan.submittedOn ?? '') >= sc.demoDate) continue;
      const staff = sc.userOf(p.leadUnitIds[0] ?? 0);
      const fresh = await draftFromWeeks(sc.trx, p.id, sc.planYear, month);
      const submittedAt = plan.submittedOn ? at(plan.submittedOn, `${15 + (index % 3)}:${String(10 + ((index * 7) % 40)).padStart(2, '0')}`) : null;
      const reviewedAt = plan.reviewedOn ? at(plan.reviewedOn, '10:30') : null;
      const createdAt = at(age === 0 ? addDays(sc.demoDate, -1) : `${month}-20`, '09:10');
      await sc.trx
        .insertInto('monthly_report')
        .values({
          project_id: p.id,
          month,
          status: plan.status,
          progress_text: reportText(month, fresh.values, fresh.progressText),
          problems_text: fresh.problemsText,
          next_plan_text: fresh.nextPlanText,
          values_json: JSON.stringify(fresh.values),
          submitted_at: submittedAt,
          submitted_by: submittedAt ? staff : null,
          is_late: submittedAt && submittedAt > dueAt(month) ? 1 : 0,
          reviewed_at: reviewedAt,
          reviewed_by: reviewedAt ? supervisor : null,
          review_comment: plan.comment,
          updated_by: reviewedAt ? supervisor : staff,
          // saved, submitted, reviewed: each bumps the version as the service does
          version: 1 + (submittedAt ? 1 : 0) + (reviewedAt ? 1 : 0),
          created_at: createdAt,
          updated_at: reviewedAt ?? submittedAt ?? createdAt,
        })
        .execute();
      count += 1;
    }
  }
  return count;
}

/**
 * The bulletins of the two months before the demo month, compiled and issued by the bulletins service as the
 * 督查室 (from the ledger as of each month's end) and then dated back: compiled on the third working day of the
 * next month, issued two working days later. A month that has a bulletin already is left alone.
 */
export async function issueDemoBulletins(ctx: AppContext, supervisor: string, planId: number, demoDate: string): Promise<number> {
  const user = await ctx.db.selectFrom('user').select(['id', 'display_name']).where('username', '=', supervisor).executeTakeFirst();
  if (!user) return 0;
  const actor: Actor = { id: user.id, username: supervisor, displayName: user.display_name, role: 'supervisor', unitId: null, ip: null };
  let count = 0;
  for (const month of [monthBefore(demoDate.slice(0, 7), 2), monthBefore(demoDate.slice(0, 7), 1)]) {
    const compiledOn = addWorkingDays(calendar, monthEnd(month), 3);
    const issuedOn = addWorkingDays(calendar, compiledOn, 2);
    if (issuedOn >= demoDate || !month.startsWith(demoDate.slice(0, 4))) continue;
    const exists = await ctx.db.selectFrom('bulletin').select('id').where('plan_id', '=', planId).where('month', '=', month).executeTakeFirst();
    if (exists) continue;
    const draft = await compileBulletin(ctx, actor, planId, month);
    await issueBulletin(ctx, actor, draft.id);
    // created_at is immutable in the schema types; plain SQL that reads the same on both dialects
    await sql`update bulletin set created_at = ${at(compiledOn, '09:30')}, updated_at = ${at(issuedOn, '10:00')}, issued_at = ${at(issuedOn, '10:00')} where id = ${draft.id}`.execute(
      ctx.db,
    );
    // the bell says it was issued that day too
    const issuedAt = at(issuedOn, '10:00');
    await sql`update notification_event set created_at = ${issuedAt} where kind = 'bulletin_issued' and entity_id = ${draft.id}`.execute(ctx.db);
    await sql`update notification set created_at = ${issuedAt} where event_id in (select id from notification_event where kind = 'bulletin_issued' and entity_id = ${draft.id})`.execute(
      ctx.db,
    );
    count += 1;
  }
  return count;
}
