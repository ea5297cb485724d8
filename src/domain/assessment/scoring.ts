import { CRITERION_LABELS, type CriterionKey, type RubricCriterion } from './rubric';

/** One fact behind a criterion: what happened and whether it counts for (true) or against (false) the unit. */
export interface AssessmentFact {
  ok: boolean;
  text: string;
}

export interface CriterionScore {
  key: CriterionKey;
  label: string;
  weight: number;
  points: number;
  /** facts that count: the good ones and the bad ones */
  good: number;
  total: number;
  /** the facts against the unit, each named (第23周 迟报, 项目3 滞后, 督办〔2024〕2号 逾期办结) */
  deductions: string[];
  /** one line for the clerk: 应报 8 次，按时 6 次 */
  summary: string;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Points of one criterion: weight × (credit of the facts ÷ their number), one decimal; a good fact earns 1, a bad
 * one 0 unless `credit` says otherwise. No fact in the period: the full weight.
 */
export function scoreCriterion(criterion: RubricCriterion, facts: readonly AssessmentFact[], credit?: (f: AssessmentFact) => number): CriterionScore {
  const value = credit ?? ((f: AssessmentFact) => (f.ok ? 1 : 0));
  const total = facts.length;
  const good = facts.reduce((s, f) => s + value(f), 0);
  const points = total === 0 ? criterion.weight : round1((criterion.weight * good) / total);
  const deductions = facts.filter((f) => value(f) < 1).map((f) => f.text);
  const label = CRITERION_LABELS[criterion.key];
  const summary = total === 0 ? '本期无应考核事项，得满分' : `应考核 ${total} 项，达标 ${round1(good)} 项`;
  return { key: criterion.key, label, weight: criterion.weight, points, good: round1(good), total, deductions, summary };
}

/** A unit's score: the criteria of the rubric in its order and their sum. */
export function scoreUnit(rubric: readonly RubricCriterion[], factsOf: (key: CriterionKey) => readonly AssessmentFact[]) {
  const criteria = rubric.map((c) => scoreCriterion(c, factsOf(c.key), c.key === 'progress' ? progressCredit : undefined));
  return { total: round1(criteria.reduce((s, c) => s + c.points, 0)), criteria };
}

/** Progress facts carry their status in the text's tail: 滞后 counts half, 严重滞后 nothing. */
function progressCredit(f: AssessmentFact): number {
  if (f.ok) return 1;
  return f.text.endsWith('严重滞后') ? 0 : 0.5;
}

/** Ranks rows by total, highest first; equal totals share a rank (1, 2, 2, 4). */
export function rankByTotal<T extends { total: number; unitName: string }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'zh'));
  return sorted.map((row) => ({ ...row, rank: sorted.findIndex((r) => r.total === row.total) + 1 }));
}
