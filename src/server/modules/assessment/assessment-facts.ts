import {
  type AssessmentFact,
  BLOCKER_DAYS,
  blockerFact,
  completenessFacts,
  type CriterionKey,
  noticeFact,
  progressFact,
  rectificationFact,
  reportFacts,
} from '../../../domain/assessment';
import { addDays, shanghaiDate, weekRange } from '../../../domain/calendar';
import type { LedgerItem } from '../../../contract/ledger.contract';

/** Everything the scores of a plan are made of, loaded once for a month. */
export interface AssessmentInputs {
  asOf: string;
  /** reports due up to the as-of date (the week before the as-of week, from the plan's first week) */
  dueWeeks: string[];
  items: LedgerItem[];
  leadProjectsOf: Map<number, LedgerItem[]>;
  reported: { id: number; projectId: number; week: string; isLate: boolean; wasReturned: boolean }[];
  notices: { unitId: number; year: number; seq: number; deadline: string; status: string; respondedAt: string | null }[];
  blockers: { id: number; projectId: number; seq: number; raisedAt: string; resolvedAt: string | null }[];
  rectifications: { id: number; unitId: number; seq: number; deadline: string; status: string; respondedAt: string | null }[];
}

const inPeriod = (date: string, from: string, to: string) => date >= from && date <= to;
const day = (iso: string | null) => (iso ? shanghaiDate(iso) : null);

/**
 * The facts of one unit over [from, asOf], per criterion: its lead projects' weekly reports of the weeks ending in
 * the period, their status in the ledger as of the date, the 督办单 and rectifications due in the period and the
 * blockers settled (resolved, or their 30 days run out) in it.
 */
export function unitFacts(inputs: AssessmentInputs, unitId: number, from: string): Record<CriterionKey, AssessmentFact[]> {
  const { asOf } = inputs;
  const projects = inputs.leadProjectsOf.get(unitId) ?? [];
  const projectIds = new Set(projects.map((p) => p.projectId));
  const weeks = inputs.dueWeeks.filter((w) => inPeriod(weekRange(w).end, from, asOf));
  const weekSet = new Set(weeks);
  const timeliness: AssessmentFact[] = [];
  const completeness: AssessmentFact[] = [];
  for (const p of projects) {
    const label = `项目${p.seq}`;
    const mine = inputs.reported.filter((r) => r.projectId === p.projectId && weekSet.has(r.week)).sort((a, b) => a.week.localeCompare(b.week));
    timeliness.push(...reportFacts(label, weeks, new Map(mine.map((r) => [r.week, { isLate: r.isLate }]))));
    completeness.push(...completenessFacts(label, mine));
  }
  const progress = projects.map((p) => progressFact(`项目${p.seq}`, p.status));

  const supervision: AssessmentFact[] = [];
  for (const n of inputs.notices.filter((x) => x.unitId === unitId && inPeriod(x.deadline, from, asOf))) {
    const fact = noticeFact({ label: `督办〔${n.year}〕${n.seq}号`, deadline: n.deadline, closedOn: n.status === 'closed' ? day(n.respondedAt) : null }, asOf);
    if (fact) supervision.push(fact);
  }
  for (const b of inputs.blockers.filter((x) => projectIds.has(x.projectId))) {
    const dueOn = addDays(shanghaiDate(b.raisedAt), BLOCKER_DAYS);
    const resolvedOn = day(b.resolvedAt);
    const settledOn = resolvedOn && resolvedOn <= dueOn ? resolvedOn : dueOn;
    if (!inPeriod(settledOn, from, asOf)) continue;
    const fact = blockerFact({ label: `项目${b.seq} 堵点#${b.id}`, dueOn, resolvedOn }, asOf);
    if (fact) supervision.push(fact);
  }

  const inspection: AssessmentFact[] = [];
  for (const r of inputs.rectifications.filter((x) => x.unitId === unitId && inPeriod(x.deadline, from, asOf))) {
    const fact = rectificationFact(
      { label: `项目${r.seq} 整改#${r.id}`, deadline: r.deadline, closedOn: r.status === 'closed' ? day(r.respondedAt) : null },
      asOf,
    );
    if (fact) inspection.push(fact);
  }
  return { timeliness, completeness, progress, supervision, inspection };
}
