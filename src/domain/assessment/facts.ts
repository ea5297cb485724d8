/**
 * Facts of a unit over a period, in the words of the 督查室. Pure: the service loads the rows, these functions say
 * which count for or against the unit.
 */
import type { AssessmentFact } from './scoring';

const weekLabel = (week: string) => `第${Number(week.slice(6))}周`;

/** Weekly reports due for one project over `weeks`: on time, 迟报 or 未报送. */
export function reportFacts(projectLabel: string, weeks: readonly string[], reported: ReadonlyMap<string, { isLate: boolean }>): AssessmentFact[] {
  return weeks.map((week) => {
    const r = reported.get(week);
    if (!r) return { ok: false, text: `${projectLabel} ${weekLabel(week)} 未报送` };
    return r.isLate ? { ok: false, text: `${projectLabel} ${weekLabel(week)} 迟报` } : { ok: true, text: `${projectLabel} ${weekLabel(week)} 按时报送` };
  });
}

/** Reported weeks of one project: accepted without return, or 被退回. */
export function completenessFacts(projectLabel: string, reported: readonly { week: string; wasReturned: boolean }[]): AssessmentFact[] {
  return reported.map((r) =>
    r.wasReturned
      ? { ok: false, text: `${projectLabel} ${weekLabel(r.week)} 被退回补正` }
      : { ok: true, text: `${projectLabel} ${weekLabel(r.week)} 一次通过` },
  );
}

const STATUS_TEXT = { completed: '已完成', on_track: '序时推进', behind: '滞后', seriously_behind: '严重滞后' } as const;

/** The ledger's status of a project as of the period's end (the ledger decides; 滞后 counts half). */
export function progressFact(projectLabel: string, status: keyof typeof STATUS_TEXT): AssessmentFact {
  return { ok: status === 'completed' || status === 'on_track', text: `${projectLabel} ${STATUS_TEXT[status]}` };
}

/** A 督办单 due in the period: closed by its deadline, 逾期办结, or 逾期未办结 as of `asOf`. */
export function noticeFact(n: { label: string; deadline: string; closedOn: string | null }, asOf: string): AssessmentFact | null {
  if (n.deadline > asOf) return null;
  if (n.closedOn && n.closedOn <= n.deadline) return { ok: true, text: `${n.label} 按期办结` };
  if (n.closedOn && n.closedOn <= asOf) return { ok: false, text: `${n.label} 逾期办结` };
  return { ok: false, text: `${n.label} 逾期未办结` };
}

/** Days a blocker may stay open before it counts against the unit. */
export const BLOCKER_DAYS = 30;

/** A blocker whose 30 days ended in the period: resolved within them or not. */
export function blockerFact(b: { label: string; dueOn: string; resolvedOn: string | null }, asOf: string): AssessmentFact | null {
  if (b.dueOn > asOf) return b.resolvedOn && b.resolvedOn <= asOf ? { ok: true, text: `${b.label} 已解决` } : null;
  if (b.resolvedOn && b.resolvedOn <= b.dueOn) return { ok: true, text: `${b.label} 按期解决` };
  return { ok: false, text: b.resolvedOn && b.resolvedOn <= asOf ? `${b.label} 超${BLOCKER_DAYS}天才解决` : `${b.label} 超${BLOCKER_DAYS}天未解决` };
}

/** A rectification (整改) due in the period: closed (复核通过) by its deadline or not. */
export function rectificationFact(r: { label: string; deadline: string; closedOn: string | null }, asOf: string): AssessmentFact | null {
  if (r.deadline > asOf) return null;
  if (r.closedOn && r.closedOn <= r.deadline) return { ok: true, text: `${r.label} 按期整改` };
  if (r.closedOn && r.closedOn <= asOf) return { ok: false, text: `${r.label} 逾期整改` };
  return { ok: false, text: `${r.label} 逾期未整改` };
}
