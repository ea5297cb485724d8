import type { WeeklyImportResult } from '../../../contract/ledger.contract';
import { currentWeek, isValidWeek } from '../../../domain/calendar';
import { isLocked } from '../../../domain/reporting/review-workflow';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import type { WorkbookError } from '../../../contract/ledger.contract';
import { readWeeklyFormWorkbook } from '../ledger/xlsx/weekly-form-workbook.reader';
import type { CellLocation } from '../ledger/xlsx/weekly-form.layout';
import { canWriteWeekly } from '../../policies/weekly-update.policy';
import { loadProjectScope } from '../targets/project-access';
import { listMilestoneRows, listTargetRows } from '../targets/targets.repo';
import { findActiveProject, findCurrentUpdate } from './weekly.repo';
import { writeDraft } from './weekly.service';

const at = (location: CellLocation, message: string): WorkbookError => ({ ...location, message });

/**
 * Import weekly forms filled in Excel: every sheet is checked like the web form, every problem is reported with
 * its sheet, row and column, and nothing is saved unless the whole file is valid (one transaction).
 */
export async function importWeeklyWorkbook(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  data: Buffer,
  fileName: string,
  now = new Date(),
): Promise<WeeklyImportResult> {
  const read = await readWeeklyFormWorkbook(data);
  const errors: WorkbookError[] = [...read.errors];
  for (const form of read.forms) {
    const project = await findActiveProject(ctx.db, form.projectId);
    if (!project || project.plan_id !== planId) {
      errors.push(at(form.locations.project, `项目编号 ${form.projectId} 不是本清单中的项目，请使用系统导出的填报表，不要修改项目编号。`));
      continue;
    }
    const scope = await loadProjectScope(ctx, actor, project.id);
    if (!canWriteWeekly(actor, scope.units)) errors.push(at(form.locations.project, `您的单位不是项目 ${project.seq} 的主办单位，不能填报该项目。`));
    if (!isValidWeek(form.week)) errors.push(at(form.locations.week, `周次“${form.week}”不存在，应为如 2024-W23 的 ISO 周。`));
    else if (form.week > currentWeek(now))
      errors.push(at(form.locations.week, `周次 ${form.week} 还没有到（本周是 ${currentWeek(now)}），不能填报未来的周次。`));
    const current = isValidWeek(form.week) ? await findCurrentUpdate(ctx.db, project.id, form.week) : undefined;
    if (current && isLocked(current.status)) {
      errors.push(
        at(
          form.locations.week,
          `项目 ${project.seq} 的 ${form.week} 周报已${current.status === 'accepted' ? '通过审核' : '提交'}，不能再用 Excel 覆盖；如需更正请在系统中点击“更正”。`,
        ),
      );
    }
    const targetIds = new Set((await listTargetRows(ctx.db, project.id)).filter((t) => t.kind !== 'standard').map((t) => t.id));
    for (const v of form.values) {
      const cell = form.locations.values[v.targetId] ?? form.locations.project;
      if (!targetIds.has(v.targetId)) errors.push(at(cell, `指标编号 ${v.targetId} 不属于项目 ${project.seq}，请重新导出填报表。`));
      else if (v.actual !== null && v.actual < 0) errors.push(at(cell, '累计完成值不能为负数。'));
    }
    const milestoneIds = new Set((await listMilestoneRows(ctx.db, project.id)).map((m) => m.id));
    for (const m of form.milestones) {
      if (!milestoneIds.has(m.milestoneId))
        errors.push(
          at(form.locations.milestones[m.milestoneId] ?? form.locations.project, `节点编号 ${m.milestoneId} 不属于项目 ${project.seq}，请重新导出填报表。`),
        );
    }
  }
  if (read.forms.length === 0 && errors.length === 0)
    errors.push({ sheet: '', row: 0, column: '', message: '文件中没有找到周台账填报表，请使用系统导出的 Excel 填报表。' });
  if (errors.length > 0) {
    throw new AppError('XLSX_INVALID', `文件“${fileName}”有 ${errors.length} 处问题，未保存任何数据。请按提示修改后重新上传。`, { errors });
  }
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const done: { projectId: number; week: string }[] = [];
    for (const form of read.forms) {
      const existing = await findCurrentUpdate(trx, form.projectId, form.week);
      await writeDraft(trx, actor, form.projectId, form.week, {
        values: form.values,
        milestones: form.milestones,
        progressText: form.progressText,
        problemsText: form.problemsText,
        nextStepsText: form.nextStepsText,
        coUnitIds: existing ? (JSON.parse(existing.co_unit_ids_json) as number[]) : [],
        version: null,
      });
      done.push({ projectId: form.projectId, week: form.week });
    }
    await writeAudit(trx, actor, {
      action: 'import',
      entity: 'weekly_update',
      entityId: null,
      summary: `从 Excel“${fileName}”导入 ${done.length} 份周台账草稿`,
      after: done,
    });
    return done;
  });
  return { saved };
}
