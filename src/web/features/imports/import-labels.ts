import type { ImportPreview } from '../../../contract/imports.contract';

type PlanAction = ImportPreview['plan']['action'];
type ProjectAction = ImportPreview['projects'][number]['action'];
type ImportSummary = ImportPreview['summary'];

export const PLAN_ACTION_LABELS: Record<PlanAction, { text: string; color: string }> = {
  create: { text: '新建', color: 'green' },
  update: { text: '更新', color: 'orange' },
  unchanged: { text: '无变化', color: 'default' },
};

export const PROJECT_ACTION_LABELS: Record<ProjectAction, { text: string; color: string }> = {
  create: { text: '新增', color: 'green' },
  update: { text: '修改', color: 'orange' },
  unchanged: { text: '无变化', color: 'default' },
  remove: { text: '撤销', color: 'red' },
};

/** e.g. 新增 27 项，修改 0 项，无变化 0 项，撤销 0 项；新建单位 31 个 */
export function summaryText(summary: ImportSummary): string {
  return (
    `新增 ${summary.projectsCreated} 项，修改 ${summary.projectsUpdated} 项，` +
    `无变化 ${summary.projectsUnchanged} 项，撤销 ${summary.projectsRemoved} 项；新建单位 ${summary.unitsCreated} 个`
  );
}

/** Nothing would change: the file matches what is already stored. */
export function isNoOp(summary: ImportSummary, planAction: PlanAction): boolean {
  return planAction === 'unchanged' && summary.projectsCreated + summary.projectsUpdated + summary.projectsRemoved + summary.unitsCreated === 0;
}
