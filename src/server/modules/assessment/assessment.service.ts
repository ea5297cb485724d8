import type { AssessmentResponse, AssessmentRow } from '../../../contract/assessment.contract';
import type { LedgerItem } from '../../../contract/ledger.contract';
import { CRITERION_LABELS, rankByTotal, scoreUnit } from '../../../domain/assessment';
import { clampIntoPlanYear, isoWeekOf, planAsOf, planWeekOf, previousWeek, weeksBetween } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { badRequest, forbidden, notFound } from '../../errors';
import { assessmentPermissions, canReadAssessment, canSeeUnitScore } from '../../policies/assessment.policy';
import { buildLedger } from '../ledger/ledger.service';
import { loadProjectUnits } from '../projects/projects.repo';
import { type AssessmentInputs, unitFacts } from './assessment-facts';
import { loadRubric } from './assessment-rubric.service';
import {
  findPlanForAssessment,
  listBlockersForAssessment,
  listNoticesForAssessment,
  listRectificationsForAssessment,
  listReportedUpdates,
  returnedUpdateIds,
} from './assessment.repo';

const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * The league table (考核排名) of a plan for a month: per lead unit the month's score and the year's score so far,
 * both as of the month's last day (clamped into the plan's year and never past the plan's as-of date), each
 * criterion with the facts that cost points. Project status comes from the master ledger (buildLedger).
 */
export async function getAssessment(ctx: AppContext, actor: Actor, planId: number, query: { month?: string }, now = new Date()): Promise<AssessmentResponse> {
  if (!canReadAssessment(actor)) throw forbidden('您没有查看单位考核的权限。');
  const plan = await findPlanForAssessment(ctx.db, planId);
  if (!plan) throw notFound('清单');
  const today = planAsOf({ year: plan.year, endDate: plan.ledger_end_date, now });
  const month = query.month ?? today.slice(0, 7);
  if (!month.startsWith(`${plan.year}-`)) throw badRequest(`请选择${plan.year}年内的月份（清单年度为${plan.year}年）。`, { field: 'month' });
  const monthEnd = lastDayOfMonth(month);
  const asOf = planAsOf({ year: plan.year, chosen: [monthEnd, today].sort()[0], now });
  const monthStart = clampIntoPlanYear(`${month}-01`, plan.year);
  const inputs = await loadInputs(ctx, actor, planId, plan, asOf, now);
  const { criteria: rubric } = await loadRubric(ctx.db, planId);

  const rows: Omit<AssessmentRow, 'rank'>[] = [];
  for (const [unitId, projects] of inputs.leadProjectsOf) {
    const monthFacts = unitFacts(inputs, unitId, monthStart);
    const yearFacts = unitFacts(inputs, unitId, `${plan.year}-01-01`);
    rows.push({
      unitId,
      unitName: inputs.unitNames.get(unitId) ?? '',
      projects: projects.length,
      month: scoreUnit(rubric, (k) => monthFacts[k]),
      year: scoreUnit(rubric, (k) => yearFacts[k]),
    });
  }
  const ranked = rankByTotal(rows.map((r) => ({ ...r, total: r.month.total }))).map(({ total: _t, ...r }) => r);
  return {
    planId,
    planTitle: plan.title,
    year: plan.year,
    month,
    asOf,
    criteria: rubric.map((c) => ({ ...c, label: CRITERION_LABELS[c.key] })),
    rows: ranked.filter((r) => canSeeUnitScore(actor, r.unitId)),
    permissions: assessmentPermissions(actor),
  };
}

async function loadInputs(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  plan: { year: number; issue_date: string | null },
  asOf: string,
  now: Date,
): Promise<AssessmentInputs & { unitNames: Map<number, string> }> {
  const ledger = await buildLedger(ctx, actor, planId, { asOf }, now);
  const firstWeek = planWeekOf(plan.issue_date ?? `${plan.year}-01-01`, plan.year);
  const lastDueWeek = previousWeek(isoWeekOf(asOf));
  const dueWeeks = lastDueWeek < firstWeek ? [] : weeksBetween(firstWeek, lastDueWeek).filter((w) => w.startsWith(String(plan.year)));
  const unitsOf = await loadProjectUnits(
    ctx.db,
    ledger.items.map((i) => i.projectId),
  );
  const leadProjectsOf = new Map<number, LedgerItem[]>();
  const unitNames = new Map<number, string>();
  for (const item of ledger.items) {
    for (const unit of (unitsOf.get(item.projectId) ?? []).filter((u) => u.role === 'lead')) {
      unitNames.set(unit.id, unit.name);
      leadProjectsOf.set(unit.id, [...(leadProjectsOf.get(unit.id) ?? []), item]);
    }
  }
  const [updates, notices, blockers, rectifications] = await Promise.all([
    dueWeeks.length ? listReportedUpdates(ctx.db, planId, dueWeeks[0]!, dueWeeks[dueWeeks.length - 1]!) : Promise.resolve([]),
    listNoticesForAssessment(ctx.db, planId),
    listBlockersForAssessment(ctx.db, planId),
    listRectificationsForAssessment(ctx.db, planId),
  ]);
  const returned = await returnedUpdateIds(
    ctx.db,
    updates.map((u) => u.id),
  );
  return {
    asOf,
    dueWeeks,
    items: ledger.items,
    leadProjectsOf,
    unitNames,
    reported: updates.map((u) => ({ id: u.id, projectId: u.projectId, week: u.week, isLate: u.isLate === 1, wasReturned: returned.has(u.id) })),
    notices,
    blockers,
    rectifications,
  };
}
