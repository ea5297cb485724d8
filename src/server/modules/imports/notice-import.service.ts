import type { Kysely } from 'kysely';
import { NoticeParseError } from '../../../domain/notice/notice.types';
import type { ParsedNotice } from '../../../domain/notice/notice.types';
import type { AuditActor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors';
import { readNoticeFile } from '../../notice-files/read-notice-file';
import { proposeTargets, refreshProposals } from '../targets/target-proposals';
import type { NoticeDiff, ProjectDiff } from './notice-diff';
import { diffNotice } from './notice-diff';
import {
  findPlanBaselineLockedAt,
  findProjectDeadline,
  findUnitIdsByName,
  insertPlan,
  insertProject,
  insertUnit,
  replaceProjectUnitRows,
  updatePlanHeader,
  updateProjectFromNotice,
  withdrawProject,
} from './imports.repo';

export interface NoticeFile {
  data: Buffer;
  fileName: string;
}

/** Read a notice file; a bad file becomes a 422 whose Chinese message names the file and the place. */
export async function parseNoticeUpload(file: NoticeFile): Promise<ParsedNotice> {
  try {
    return await readNoticeFile(file.data, file.fileName);
  } catch (error) {
    if (error instanceof NoticeParseError) {
      throw new AppError('NOTICE_INVALID', `文件“${file.fileName}”无法导入：${error.message}`, { ...error.location });
    }
    throw error;
  }
}

/** Dry run: what the import would do. Writes nothing. */
export async function previewNoticeImport(ctx: AppContext, notice: ParsedNotice, fileName: string) {
  const diff = await diffNotice(ctx.db, notice);
  return { fileName, ...stripInternals(diff) };
}

function stripInternals(diff: NoticeDiff) {
  return { ...diff, projects: diff.projects.map(({ existingId: _id, incoming: _in, ...p }) => p) };
}

/** Apply the notice in one transaction; re-importing the same notice changes nothing. */
export async function commitNoticeImport(
  ctx: AppContext,
  actor: AuditActor,
  notice: ParsedNotice,
  fileName: string,
  corrections: Array<{ seq: number | null; field: string; before: string | null; after: string | null }> = [],
) {
  return ctx.db.transaction().execute(async (trx) => {
    // The diff is computed again inside the transaction so it matches exactly what is written.
    const diff = await diffNotice(trx, notice);
    const planId = await applyPlan(trx, actor, diff);
    const unitIds = await ensureUnits(trx, actor, diff);
    const baselineLockedAt = await findPlanBaselineLockedAt(trx, planId);
    const scope = { planId, year: diff.plan.year, isLocked: baselineLockedAt !== null };
    for (const project of diff.projects) await applyProject(trx, actor, scope, project, unitIds);
    if (diff.plan.action !== 'unchanged') {
      await writeAudit(trx, actor, {
        action: 'import',
        entity: 'plan',
        entityId: planId,
        summary: `导入通知“${fileName}”：新增项目 ${diff.summary.projectsCreated} 个，修改 ${diff.summary.projectsUpdated} 个，撤销 ${diff.summary.projectsRemoved} 个，新增单位 ${diff.summary.unitsCreated} 个`,
        after: diff.summary,
      });
    }
    if (corrections.length > 0) {
      await writeAudit(trx, actor, {
        action: 'import_correct',
        entity: 'plan',
        entityId: planId,
        summary: `导入“${fileName}”前人工校正 ${corrections.length} 处（${[...new Set(corrections.map((c) => (c.seq === null ? c.field : `项目${c.seq}`)))].slice(0, 10).join('、')}）`,
        after: { corrections },
      });
    }
    return { planId, summary: diff.summary, planAction: diff.plan.action };
  });
}

async function applyPlan(trx: Kysely<DB>, actor: AuditActor, diff: NoticeDiff): Promise<number> {
  const p = diff.plan;
  const values = { title: p.title, doc_number: p.docNumber, issuer: p.issuer, year: p.year, issue_date: p.issueDate };
  if (p.planId === null) {
    const now = nowIso();
    const id = await insertPlan(trx, { ...values, status: 'active', created_at: now, updated_at: now });
    await writeAudit(trx, actor, { action: 'create', entity: 'plan', entityId: id, summary: `新建清单「${p.title}」${p.docNumber ?? ''}`, after: values });
    return id;
  }
  if (p.changes.length) {
    await updatePlanHeader(trx, p.planId, values, nowIso());
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'plan',
      entityId: p.planId,
      summary: `清单「${p.title}」信息按新通知更新：${p.changes.map((c) => c.label).join('、')}`,
      before: Object.fromEntries(p.changes.map((c) => [c.field, c.before])),
      after: Object.fromEntries(p.changes.map((c) => [c.field, c.after])),
    });
  }
  return p.planId;
}

async function ensureUnits(trx: Kysely<DB>, actor: AuditActor, diff: NoticeDiff): Promise<Map<string, number>> {
  for (const unit of diff.units.filter((u) => u.action === 'create')) {
    const now = nowIso();
    const id = await insertUnit(trx, { name: unit.name, kind: unit.kind, parent_id: null, created_at: now, updated_at: now });
    await writeAudit(trx, actor, { action: 'create', entity: 'unit', entityId: id, summary: `新增单位「${unit.name}」`, after: unit });
  }
  const names = diff.units.map((u) => u.name);
  const rows = await findUnitIdsByName(trx, names);
  return new Map(rows.map((r) => [r.name, r.id]));
}

async function replaceProjectUnits(trx: Kysely<DB>, projectId: number, project: ProjectDiff, unitIds: Map<string, number>): Promise<void> {
  const rows = [
    ...project.leadUnits.map((name, i) => ({ project_id: projectId, unit_id: unitIds.get(name)!, role: 'lead' as const, sort_order: i })),
    ...project.coUnits.map((name, i) => ({ project_id: projectId, unit_id: unitIds.get(name)!, role: 'co' as const, sort_order: i })),
  ];
  await replaceProjectUnitRows(trx, projectId, rows);
}

interface PlanScope {
  planId: number;
  year: number;
  isLocked: boolean;
}

async function applyProject(trx: Kysely<DB>, actor: AuditActor, scope: PlanScope, project: ProjectDiff, unitIds: Map<string, number>): Promise<void> {
  const { planId, year } = scope;
  const label = `项目 ${project.seq}「${project.name}」`;
  if (project.action === 'create' && project.incoming) {
    const now = nowIso();
    const incoming = project.incoming;
    const values = {
      plan_id: planId,
      seq: project.seq,
      name: incoming.name,
      content: incoming.content,
      deadline: incoming.deadline ?? `${year}-12-31`,
      status: 'active' as const,
      category: incoming.category ?? null,
      location: incoming.location ?? null,
      investment: incoming.investment ?? null,
    };
    const projectId = await insertProject(trx, { ...values, liaison_name: null, liaison_phone: null, created_at: now, updated_at: now });
    await replaceProjectUnits(trx, projectId, project, unitIds);
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'project',
      entityId: projectId,
      summary: `新增${label}`,
      after: { ...values, leadUnits: project.leadUnits, coUnits: project.coUnits },
    });
    await proposeTargets(trx, actor, { id: projectId, seq: project.seq, name: values.name, content: values.content, deadline: values.deadline }, year);
    return;
  }
  if (project.existingId === null || project.action === 'unchanged') return;
  const id = project.existingId;
  if (project.action === 'remove') {
    await withdrawProject(trx, id, nowIso());
  } else if (project.incoming) {
    const incoming = project.incoming;
    await updateProjectFromNotice(
      trx,
      id,
      {
        name: incoming.name,
        content: incoming.content,
        ...(incoming.category !== undefined ? { category: incoming.category } : {}),
        ...(incoming.location !== undefined ? { location: incoming.location } : {}),
        ...(incoming.investment !== undefined ? { investment: incoming.investment } : {}),
      },
      nowIso(),
    );
    if (project.changes.some((c) => c.field === 'leadUnits' || c.field === 'coUnits')) await replaceProjectUnits(trx, id, project, unitIds);
    if (project.changes.some((c) => c.field === 'content')) {
      const deadline = await findProjectDeadline(trx, id);
      await refreshProposals(trx, actor, { id, seq: project.seq, name: incoming.name, content: incoming.content, deadline }, year, scope.isLocked);
    }
  }
  await writeAudit(trx, actor, {
    action: project.action === 'remove' ? 'withdraw' : 'update',
    entity: 'project',
    entityId: id,
    summary: project.action === 'remove' ? `新通知未列出${label}，已撤销` : `${label}按新通知更新：${project.changes.map((c) => c.label).join('、')}`,
    before: Object.fromEntries(project.changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(project.changes.map((c) => [c.field, c.after])),
  });
}
