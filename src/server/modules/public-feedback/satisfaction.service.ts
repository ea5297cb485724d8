/** 满意度 results (issue 12): per project and period for the 督查室's page, and the year-end 测评 table. */
import type { SatisfactionCounts, SatisfactionSummary } from '../../../contract/satisfaction.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../errors';
import { canReadSatisfaction } from '../../policies/rating-follow-up.policy';
import { currentPeriodOf } from './public-ratings.service';
import { countOpenFollowUps, countPlanRatings, findPlanForSatisfaction, listPlanProjectsWithLead } from './satisfaction.repo';

/** 满意率 = 满意 / 总数 in percent with one decimal; null when nobody rated. */
export function countsOf(satisfied: number, basic: number, unsatisfied: number): SatisfactionCounts {
  const total = satisfied + basic + unsatisfied;
  return { satisfied, basic, unsatisfied, total, satisfiedRate: total ? Math.round((satisfied / total) * 1000) / 10 : null };
}

/** 通过: more than half of the ratings are 满意. */
export const passes = (c: SatisfactionCounts) => c.total > 0 && c.satisfied * 2 > c.total;

/** The quarters of the plan year up to the current one: 2024-Q1 … 2024-Q4. */
function periodsUpTo(year: number, current: string): string[] {
  const last = current.startsWith(String(year)) ? Number(current.slice(6)) : 4;
  return Array.from({ length: last }, (_, i) => `${year}-Q${i + 1}`);
}

/** Counts per project for one period or ('year') for the whole year. */
export async function getSatisfactionSummary(ctx: AppContext, actor: Actor, planId: number, period?: string): Promise<SatisfactionSummary> {
  if (!canReadSatisfaction(actor)) throw forbidden('满意度测评结果由督查室和分管领导查看。');
  const plan = await findPlanForSatisfaction(ctx.db, planId);
  if (!plan) throw notFound('清单');
  const currentPeriod = await currentPeriodOf(ctx, planId);
  const periods = periodsUpTo(plan.year, currentPeriod);
  const chosen = period ?? currentPeriod;
  const [projects, counts, openFollowUps] = await Promise.all([
    listPlanProjectsWithLead(ctx.db, planId),
    countPlanRatings(ctx.db, planId, chosen === 'year' ? undefined : [chosen]),
    countOpenFollowUps(ctx.db, planId),
  ]);
  const n = (projectId: number, rating: string) => counts.find((c) => c.projectId === projectId && c.rating === rating)?.n ?? 0;
  const items = projects.map((p) => {
    const c = countsOf(n(p.id, 'satisfied'), n(p.id, 'basic'), n(p.id, 'unsatisfied'));
    return { ...c, project: { id: p.id, seq: p.seq, name: p.name }, leadUnitName: p.lead_unit_name, passed: passes(c) };
  });
  const sum = (key: 'satisfied' | 'basic' | 'unsatisfied') => items.reduce((s, i) => s + i[key], 0);
  return {
    planId,
    planTitle: plan.title,
    year: plan.year,
    period: chosen,
    periods,
    currentPeriod,
    items,
    totals: countsOf(sum('satisfied'), sum('basic'), sum('unsatisfied')),
    openFollowUps,
  };
}
