import type { ExtractedTarget, TargetExtraction } from '../../src/domain/targets/target.types';
import type { ExpectedProject, ExpectedTarget } from './expected.types';

/** Quotes, brackets, punctuation and spaces do not change what a label names. */
export function normaliseLabel(label: string): string {
  return label.replace(/[\s“”‘’"'「」『』《》（）()【】[\]、，,。；;：:·]/g, '');
}

/**
 * Two labels name the same target when, normalised, they are equal or one contains the other (at least two
 * characters): 食品安全抽检检测 ≈ 区级食品安全抽检检测, 建设“乡村安心托”项目 ≈ “乡村安心托”项目.
 */
export function isSameLabel(a: string, b: string): boolean {
  const [x, y] = [normaliseLabel(a), normaliseLabel(b)];
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= 2 && longer.includes(shorter);
}

/**
 * The looser rule people use when two hand-written labels differ only in framing words: one label's characters
 * appear in the other in order, cover at least 60% of it, and both end in the same two characters (the head
 * noun): 老旧小区消防设施改造 ≈ 为老旧小区实施消防设施改造. bench:import reports figures under both rules.
 */
export function isSameLabelInOrder(a: string, b: string): boolean {
  if (isSameLabel(a, b)) return true;
  const [x, y] = [normaliseLabel(a), normaliseLabel(b)];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length < 4 || shorter.length < longer.length * 0.6 || shorter.slice(-2) !== longer.slice(-2)) return false;
  let at = 0;
  for (const ch of longer) if (ch === shorter[at]) at += 1;
  return at === shorter.length;
}

export type LabelRule = 'contains' | 'in-order';

function isSameTarget(expected: ExpectedTarget, actual: ExtractedTarget, rule: LabelRule): boolean {
  return (
    Math.abs(expected.value - actual.value) < 1e-9 &&
    expected.unit === actual.unit &&
    expected.kind === actual.kind &&
    (rule === 'in-order' ? isSameLabelInOrder(expected.label, actual.label) : isSameLabel(expected.label, actual.label))
  );
}

/** Counts and the differences of one project (or a sum of them). */
export interface ProjectScore {
  seq: number;
  targetsExpected: number;
  targetsFound: number;
  targetsMatched: number;
  milestonesExpected: number;
  milestonesFound: number;
  milestonesMatched: number;
  /** expected but not found */
  misses: string[];
  /** found but not expected */
  falsePositives: string[];
  /** matched, but min/approx/parent differ (reported, not counted) */
  notes: string[];
}

const describe = (target: ExpectedTarget | ExtractedTarget): string => `${target.label} ${target.value}${target.unit}（${target.kind}）`;

/** Scores one project: a greedy one-to-one match of expected and extracted targets, then milestones. */
export function scoreProject(expected: ExpectedProject, actual: TargetExtraction, rule: LabelRule = 'contains'): ProjectScore {
  const used = new Set<number>();
  const matchOf = new Map<number, number>();
  const score: ProjectScore = {
    seq: expected.seq,
    targetsExpected: expected.targets.length,
    targetsFound: actual.targets.length,
    targetsMatched: 0,
    milestonesExpected: expected.milestones.length,
    milestonesFound: actual.milestones.length,
    milestonesMatched: 0,
    misses: [],
    falsePositives: [],
    notes: [],
  };
  expected.targets.forEach((want, wantIndex) => {
    const index = actual.targets.findIndex((got, i) => !used.has(i) && isSameTarget(want, got, rule));
    if (index < 0) {
      score.misses.push(`目标 ${describe(want)}`);
      return;
    }
    used.add(index);
    matchOf.set(wantIndex, index);
    score.targetsMatched += 1;
  });
  expected.targets.forEach((want, wantIndex) => {
    const got = actual.targets[matchOf.get(wantIndex) ?? -1];
    if (got === undefined) return;
    if ((want.min ?? false) !== got.min) score.notes.push(`${want.label}：min 应为 ${want.min ?? false}`);
    if ((want.approx ?? false) !== got.approx) score.notes.push(`${want.label}：approx 应为 ${want.approx ?? false}`);
    const wantParent = want.parent === undefined ? undefined : matchOf.get(want.parent);
    if (wantParent !== got.parent) score.notes.push(`${want.label}：parent 应为 ${wantParent ?? '无'}，实为 ${got.parent ?? '无'}`);
  });
  actual.targets.forEach((got, i) => {
    if (!used.has(i)) score.falsePositives.push(`目标 ${describe(got)} ← “${got.text}”`);
  });
  const usedMilestones = new Set<number>();
  for (const title of expected.milestones) {
    const index = actual.milestones.findIndex((got, i) => !usedMilestones.has(i) && isSameLabel(title, got.title));
    if (index < 0) {
      score.misses.push(`节点 ${title}`);
      continue;
    }
    usedMilestones.add(index);
    score.milestonesMatched += 1;
  }
  actual.milestones.forEach((got, i) => {
    if (!usedMilestones.has(i)) score.falsePositives.push(`节点 ${got.title}`);
  });
  return score;
}

/** Precision and recall; 1 when there is nothing to find and nothing was found. */
export function ratio(matched: number, total: number): number {
  return total === 0 ? 1 : matched / total;
}
