import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import type { MilestoneRow } from '../../db/schema';
import { badRequest, notFound, versionConflict } from '../../errors';
import type { Milestone, MilestoneInput, MilestonePatchBody } from '../../../contract/targets.contract';
import { isConfirmedOnWrite } from '../../policies/target.policy';
import { assertCanConfirm, assertCanEditBeforeLock, loadProjectScope } from './project-access';
import { toMilestoneView } from './target-view';
import { deleteMilestoneRow, findMilestoneRow, insertMilestoneRow, nextSeq, updateMilestoneRow, writeRevision } from './targets.repo';

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw badRequest('请填写节点名称，如“供热管网工程完工”。', { field: 'title' });
  return trimmed;
}

export async function addMilestone(ctx: AppContext, actor: Actor, projectId: number, input: MilestoneInput): Promise<Milestone> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  assertCanEditBeforeLock(actor, scope);
  const title = checkTitle(input.title);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertMilestoneRow(trx, {
      project_id: projectId,
      seq: await nextSeq(trx, 'milestone', projectId),
      title,
      due_date: input.dueDate ?? scope.project.deadline,
      source_text: null,
      status: isConfirmedOnWrite(actor) ? 'confirmed' : 'proposed',
      baseline_json: null,
      completed_at: null,
    });
    await writeRevision(trx, 'milestone', newId, actor.username, 'create');
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'milestone',
      entityId: newId,
      summary: `项目 ${scope.project.seq} 新增节点：${title}`,
      after: input,
    });
    return newId;
  });
  return toMilestoneView((await findMilestoneRow(ctx.db, id))!);
}

async function loadMilestone(ctx: AppContext, actor: Actor, id: number) {
  const milestone = await findMilestoneRow(ctx.db, id);
  if (!milestone) throw notFound('节点');
  return { milestone, scope: await loadProjectScope(ctx, actor, milestone.project_id) };
}

async function saveMilestone(
  ctx: AppContext,
  actor: Actor,
  before: MilestoneRow,
  changes: Partial<MilestoneRow>,
  version: number,
  action: string,
  summary: string,
) {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateMilestoneRow(trx, before.id, changes, version))) throw versionConflict('该节点');
    await writeRevision(trx, 'milestone', before.id, actor.username, action);
    const keys = Object.keys(changes) as (keyof MilestoneRow)[];
    await writeAudit(trx, actor, {
      action,
      entity: 'milestone',
      entityId: before.id,
      summary,
      before: Object.fromEntries(keys.map((k) => [k, before[k]])),
      after: changes,
    });
  });
  return toMilestoneView((await findMilestoneRow(ctx.db, before.id))!);
}

export async function updateMilestone(ctx: AppContext, actor: Actor, id: number, input: MilestonePatchBody): Promise<Milestone> {
  const { milestone, scope } = await loadMilestone(ctx, actor, id);
  assertCanEditBeforeLock(actor, scope);
  const changes: Partial<MilestoneRow> = {
    title: input.title === undefined ? milestone.title : checkTitle(input.title),
    due_date: input.dueDate === undefined ? milestone.due_date : input.dueDate,
    status: isConfirmedOnWrite(actor) ? milestone.status : 'proposed',
  };
  return saveMilestone(ctx, actor, milestone, changes, input.version, 'update', `修改项目 ${scope.project.seq} 的节点：${changes.title}`);
}

export async function confirmMilestone(ctx: AppContext, actor: Actor, id: number, version: number): Promise<Milestone> {
  const { milestone, scope } = await loadMilestone(ctx, actor, id);
  assertCanConfirm(actor, scope);
  return saveMilestone(ctx, actor, milestone, { status: 'confirmed' }, version, 'confirm', `确认项目 ${scope.project.seq} 的节点：${milestone.title}`);
}

export async function deleteMilestone(ctx: AppContext, actor: Actor, id: number, version: number): Promise<void> {
  const { milestone, scope } = await loadMilestone(ctx, actor, id);
  assertCanEditBeforeLock(actor, scope);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteMilestoneRow(trx, id, version))) throw versionConflict('该节点');
    await writeAudit(trx, actor, {
      action: 'delete',
      entity: 'milestone',
      entityId: id,
      summary: `删除项目 ${scope.project.seq} 的节点：${milestone.title}`,
      before: milestone,
    });
  });
}
