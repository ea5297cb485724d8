/**
 * The 考核 rubric of a plan: criteria with weights that sum to 100. Each criterion scores the share of a unit's
 * facts that went well (reports on time, accepted without return, projects on pace, 督办单 and blockers closed in
 * time, rectifications closed in time); a criterion without any fact in the period earns its full weight.
 */
export const CRITERION_KEYS = ['timeliness', 'completeness', 'progress', 'supervision', 'inspection'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export const CRITERION_LABELS: Record<CriterionKey, string> = {
  timeliness: '报送及时',
  completeness: '报送完整',
  progress: '进度与序时进度',
  supervision: '堵点与督办单按期办结',
  inspection: '督导检查问题整改',
};

export interface RubricCriterion {
  key: CriterionKey;
  weight: number;
}

/** The rubric every plan starts with (the 督查室 edits it). */
export const DEFAULT_RUBRIC: readonly RubricCriterion[] = [
  { key: 'timeliness', weight: 30 },
  { key: 'completeness', weight: 15 },
  { key: 'progress', weight: 30 },
  { key: 'supervision', weight: 15 },
  { key: 'inspection', weight: 10 },
];

/** Why a rubric is refused, in words the 督查室 can act on; null when it is valid. */
export function rubricProblem(criteria: readonly RubricCriterion[]): string | null {
  const keys = criteria.map((c) => c.key);
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate) return `考核指标“${CRITERION_LABELS[duplicate]}”重复，请每项只保留一次。`;
  if (criteria.length === 0) return '考核细则至少要有一项指标。';
  const negative = criteria.find((c) => !(c.weight >= 0));
  if (negative) return `考核指标“${CRITERION_LABELS[negative.key]}”的分值不能为负数。`;
  const sum = Math.round(criteria.reduce((s, c) => s + c.weight, 0) * 100) / 100;
  if (sum !== 100) return `各项考核指标分值合计为 ${sum} 分，应为 100 分，请调整后再保存。`;
  return null;
}
