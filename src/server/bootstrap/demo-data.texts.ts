import type { DemoPace, DemoProject } from './demo-data.scenario';

/** Short 本周进展/存在问题/下步计划 texts, templated from the project and its targets, varied by week. */
export interface DemoTexts {
  progressText: string;
  problemsText: string;
  nextStepsText: string;
}

const pick = <T>(items: readonly T[], n: number): T => items[Math.abs(n) % items.length] as T;

const ACTIONS = [
  '召开项目推进周例会，逐项梳理任务清单',
  '组织现场调度，督促施工单位加快进度',
  '对接协办单位，落实资金和手续',
  '深入点位实地查看，核实完成情况',
  '完善项目台账资料，整理影像留档',
  '开展入户走访，收集群众意见建议',
  '会同镇街对已完成点位进行验收',
  '召开专题会议研究解决推进中的堵点',
];

const PROBLEMS_ON_TRACK = ['无', '暂无', '部分点位群众诉求较多，正在逐户沟通', '个别点位受天气影响略有延误，已安排追赶', '无'];
const PROBLEMS_BEHIND = [
  '资金拨付进度偏慢，部分点位施工滞后',
  '选址协调难度大，个别点位尚未落地',
  '审批手续办理周期较长，影响开工时间',
  '施工力量不足，进度低于序时计划',
  '协办单位配合衔接不够顺畅，需进一步压实责任',
];

const NEXT_STEPS = [
  '继续按计划推进，确保按时完成年度目标',
  '加强与协办单位对接，加快手续办理',
  '对照序时进度倒排工期，挂图作战',
  '做好已完成点位的运行维护和群众回访',
  '组织阶段性验收，及时报送进展情况',
  '加大督导力度，每周调度一次',
];

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/**
 * Texts of one project's week: what was done (with the cumulative figures of its targets), problems matching its
 * pace, next steps. `variant` varies the wording week by week; `doneMilestones` names milestones met that week.
 */
export function demoTexts(
  project: DemoProject,
  pace: DemoPace,
  actuals: Map<number, number> | undefined,
  variant: number,
  doneMilestones: string[],
): DemoTexts {
  const figures = project.targets
    .filter((t) => actuals?.has(t.id))
    .slice(0, 3)
    .map((t) => `${t.label}${t.kind === 'quantity' ? '累计完成' : '达到'}${fmt(actuals?.get(t.id) ?? 0)}${t.unit}（目标${fmt(t.value)}${t.unit}）`);
  const action = pick(ACTIONS, variant + project.seq * 3);
  const parts = [`围绕“${project.name}”，本周${action}。`];
  if (figures.length) parts.push(`${figures.join('；')}。`);
  for (const title of doneMilestones) parts.push(`完成节点：${title.length > 30 ? `${title.slice(0, 30)}…` : title}。`);
  const isLagging = pace === 'behind' || pace === 'seriously_behind';
  const problemsText = isLagging ? pick(PROBLEMS_BEHIND, variant + project.seq) : pick(PROBLEMS_ON_TRACK, variant * 3 + project.seq);
  const nextStepsText = isLagging
    ? `针对进度滞后问题，${pick(NEXT_STEPS, variant + 1)}，力争尽快赶上序时进度。`
    : pace === 'completed'
      ? '年度目标已完成，做好运行管护和群众满意度回访，巩固提升成效。'
      : `${pick(NEXT_STEPS, variant + project.seq)}。`;
  return { progressText: parts.join(''), problemsText, nextStepsText };
}

/** The text of the week of a project that finished its targets early. */
export function completedTexts(project: DemoProject): DemoTexts {
  return {
    progressText: `“${project.name}”各项年度目标均已完成，本周开展运行情况回访。`,
    problemsText: '无',
    nextStepsText: '做好运行管护，收集群众意见，巩固提升成效。',
  };
}

const RETURN_COMMENTS = [
  '本周进展过于笼统，请补充具体点位和完成数量。',
  '累计完成值与上周报送口径不一致，请核实后重新报送。',
  '请补充现场照片和存在问题的具体原因。',
];
const CO_NOTES = [
  '开辟绿色通道，完成相关审批手续办理',
  '配合开展现场踏勘，协调解决用地问题',
  '落实配套资金，已完成拨付手续',
  '组织镇村干部入户宣传，做好群众工作',
];

export const returnComment = (n: number) => pick(RETURN_COMMENTS, n);
export const coNoteText = (unitName: string, project: DemoProject, n: number) => `${unitName}配合“${project.name}”：${pick(CO_NOTES, n)}。`;
