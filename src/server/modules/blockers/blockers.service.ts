import { shanghaiDate } from '../../../domain/calendar';
import type { Kysely } from 'kysely';
import { BLOCKER_KINDS } from '../../../contract/blockers.contract';
import type { BlockerDetail, BlockerList, GreenChannelRequest } from '../../../contract/blockers.contract';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { BlockerKind, DB } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import {
  blockerClosed,
  blockerListScope,
  blockerPermissions,
  canEscalateBlocker,
  canFinishBlocker,
  canRaiseBlocker,
  canReadBlocker,
  canRequestGreenChannel,
} from '../../policies/blocker.policy';
import { canReadGreenChannelRequest } from '../../policies/green-channel.policy';
import { findPlanRow } from '../plans/plans.repo';
import { enqueueNotification } from '../notifications/enqueue';
import { projectLeaderIds } from '../notifications/notifications.repo';
import { loadProjectUnits } from '../projects/projects.repo';
import { addWorkingDaysFromSettings } from '../workdays/workdays.service';
import { loadProjectScope } from '../targets/project-access';
import {
  type BlockerRecord,
  type BlockerSummaryRecord,
  blockersAwaitingUnit,
  findBlocker,
  findBlockerProject,
  findWeeklyUpdateProject,
  insertBlocker,
  insertRequest,
  listBlockerRequests,
  listPlanBlockerRows,
  loadUnitNames,
  updateBlockerRow,
} from './blockers.repo';
import { getRequestView, requestView } from './green-channel.service';

export { BLOCKER_KINDS };
export const BLOCKER_KIND_LABELS: Record<BlockerKind, string> = { approval: '审批手续', funding: '资金', land: '用地', coordination: '协调', other: '其他' };
export const DEFAULT_GREEN_CHANNEL_DAYS = 3;

type BlockerRow = BlockerRecord;

const alreadyFinished = (b: Pick<BlockerRow, 'status'>) =>
  new AppError('CONFLICT', b.status === 'resolved' ? '该堵点已解决，不能再操作。' : '该堵点已关闭，不能再操作。');

const projectUnits = async (ctx: AppContext, projectId: number) => (await loadProjectUnits(ctx.db, [projectId])).get(projectId) ?? [];

function blockerSummary(b: BlockerSummaryRecord) {
  return {
    id: b.id,
    projectId: b.project_id,
    kind: b.kind,
    status: b.status,
    raisedAt: b.raised_at,
    resolvedAt: b.resolved_at,
  };
}

/** A blocker the actor may read, with its project's units and the requests the actor may read; else not found. */
async function loadVisible(ctx: AppContext, actor: Actor, id: number) {
  const b = await findBlocker(ctx.db, id);
  if (!b) throw notFound('堵点');
  const units = await projectUnits(ctx, b.project_id);
  const requests = await listBlockerRequests(ctx.db, id);
  if (!canReadBlocker(actor, units, requests)) throw notFound('堵点');
  return { b, units, requests: requests.filter((r) => canReadGreenChannelRequest(actor, units, r)) };
}

export async function getBlocker(ctx: AppContext, actor: Actor, id: number): Promise<BlockerDetail> {
  const { b, units, requests } = await loadVisible(ctx, actor, id);
  const names = await loadUnitNames(ctx.db, [...new Set(requests.map((r) => r.co_unit_id))]);
  const project = await findBlockerProject(ctx.db, b.project_id);
  return {
    ...blockerSummary(b),
    project: { id: project.id, seq: project.seq, name: project.name, planId: project.plan_id },
    kindLabel: BLOCKER_KIND_LABELS[b.kind],
    updateId: b.update_id,
    description: b.description,
    neededFrom: b.needed_from,
    raisedBy: b.raised_by,
    resolution: b.resolution,
    resolvedBy: b.resolved_by,
    escalatedToLeader: b.escalated_to_leader === 1,
    escalatedAt: b.escalated_at,
    version: b.version,
    /** what the acting user may do on the blocker, by the rules the actions enforce */
    permissions: blockerPermissions(actor, b, units),
    greenChannel: requests.map((r) => requestView(r, names, actor)),
  };
}

export async function listPlanBlockers(ctx: AppContext, actor: Actor, planId: number): Promise<BlockerList> {
  if (!(await findPlanRow(ctx.db, planId))) throw notFound('清单');
  // office and leaders see every blocker of the plan; a unit user those its unit leads or is asked about
  const scope = blockerListScope(actor);
  if (!scope) return { items: [], total: 0 };
  const unitId = 'unitId' in scope ? scope.unitId : undefined;
  const rows = await listPlanBlockerRows(ctx.db, planId, unitId);
  const awaiting =
    unitId !== undefined
      ? await blockersAwaitingUnit(
          ctx.db,
          unitId,
          rows.map((r) => r.id),
        )
      : new Set<number>();
  // awaitingMyUnit: a green-channel request to the user's unit is not yet closed (待我答复)
  const items = rows.map((b) => ({ ...blockerSummary(b), awaitingMyUnit: awaiting.has(b.id) }));
  return { items, total: items.length };
}

export interface RaiseInput {
  kind: BlockerKind;
  description: string;
  neededFrom?: string | null;
  updateId?: number | null;
}

export async function raiseBlocker(ctx: AppContext, actor: Actor, projectId: number, input: RaiseInput): Promise<BlockerDetail> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  if (!canRaiseBlocker(actor, scope.units)) throw forbidden('只有该项目的主办单位可以提出堵点卡点。');
  const description = input.description.trim();
  if (!description) throw badRequest('请填写堵点卡点的具体情况。', { field: 'description' });
  if (input.updateId != null) {
    const update = await findWeeklyUpdateProject(ctx.db, input.updateId);
    if (!update || update.project_id !== projectId) throw badRequest('关联的周台账不属于本项目，请刷新页面后重试。', { field: 'updateId' });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const blockerId = await insertBlocker(trx, {
      project_id: projectId,
      update_id: input.updateId ?? null,
      kind: input.kind,
      description,
      needed_from: (input.neededFrom ?? '').trim(),
      raised_by: actor.username,
      raised_at: nowIso(),
      status: 'open',
      resolution: null,
      resolved_at: null,
      resolved_by: null,
      escalated_to_leader: 0,
      escalated_at: null,
    });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'blocker',
      entityId: blockerId,
      summary: `项目 ${scope.project.seq} 提出堵点（${BLOCKER_KIND_LABELS[input.kind]}）`,
      after: { kind: input.kind, description },
    });
    return blockerId;
  });
  return getBlocker(ctx, actor, id);
}

async function updateBlocker(trx: Kysely<DB>, b: BlockerRow, changes: Partial<Omit<BlockerRow, 'id' | 'version'>>, version: number) {
  if (!(await updateBlockerRow(trx, b.id, version, changes))) throw versionConflict('堵点');
}

async function loadForChange(ctx: AppContext, actor: Actor, id: number) {
  const { b, units } = await loadVisible(ctx, actor, id);
  const scope = await loadProjectScope(ctx, actor, b.project_id);
  return { b, units, scope };
}

export async function escalateBlocker(ctx: AppContext, actor: Actor, id: number, version?: number): Promise<BlockerDetail> {
  const { b, units, scope } = await loadForChange(ctx, actor, id);
  if (!canEscalateBlocker(actor, units)) throw forbidden('只有该项目的主办单位可以将堵点提交分管领导协调。');
  if (blockerClosed(b.status)) throw alreadyFinished(b);
  if (b.escalated_to_leader) throw new AppError('CONFLICT', '该堵点已提交分管领导协调。');
  const changes = { escalated_to_leader: 1, escalated_at: nowIso(), status: 'in_progress' as const };
  await ctx.db.transaction().execute(async (trx) => {
    await updateBlocker(trx, b, changes, version ?? b.version);
    await writeAudit(trx, actor, {
      action: 'escalate',
      entity: 'blocker',
      entityId: b.id,
      summary: `项目 ${scope.project.seq} 的堵点提交分管领导协调`,
      before: { status: b.status },
      after: changes,
    });
    const leaderIds = await projectLeaderIds(trx, b.project_id);
    await enqueueNotification(trx, {
      kind: 'blocker_escalated',
      entityId: b.id,
      projectId: b.project_id,
      title: `项目 ${scope.project.seq}「${scope.project.name}」的堵点提请分管领导协调`,
      body: `${BLOCKER_KIND_LABELS[b.kind]}：${b.description.slice(0, 200)}`,
      link: `/plans/${scope.project.planId}/blockers`,
      recipients: leaderIds.length ? { userIds: leaderIds, roles: ['supervisor'] } : { roles: ['leader', 'supervisor'] },
      createdBy: actor.username,
    });
  });
  return getBlocker(ctx, actor, id);
}

export async function finishBlocker(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { outcome: 'resolved' | 'closed'; text: string; version?: number },
): Promise<BlockerDetail> {
  const { b, units, scope } = await loadForChange(ctx, actor, id);
  const verb = input.outcome === 'resolved' ? '标记解决' : '关闭';
  if (!canFinishBlocker(actor, units)) throw forbidden(`只有该项目的主办单位或督查室可以${verb}堵点。`);
  const text = input.text.trim();
  if (!text) {
    throw input.outcome === 'resolved'
      ? badRequest('请填写堵点是如何解决的。', { field: 'resolution' })
      : badRequest('请填写关闭的原因（例如已不需要）。', { field: 'reason' });
  }
  if (blockerClosed(b.status)) throw alreadyFinished(b);
  const changes = { status: input.outcome, resolution: text, resolved_at: nowIso(), resolved_by: actor.username };
  await ctx.db.transaction().execute(async (trx) => {
    await updateBlocker(trx, b, changes, input.version ?? b.version);
    await writeAudit(trx, actor, {
      action: input.outcome === 'resolved' ? 'resolve' : 'close',
      entity: 'blocker',
      entityId: b.id,
      summary: `项目 ${scope.project.seq} 的堵点${verb}`,
      before: { status: b.status },
      after: changes,
    });
  });
  return getBlocker(ctx, actor, id);
}

export async function requestGreenChannel(
  ctx: AppContext,
  actor: Actor,
  blockerId: number,
  input: { coUnitId: number; text: string; dueDays?: number },
): Promise<GreenChannelRequest> {
  const { b, units, scope } = await loadForChange(ctx, actor, blockerId);
  if (!canRequestGreenChannel(actor, units)) throw forbidden('只有该项目的主办单位可以向协办单位发起绿色通道请求。');
  if (blockerClosed(b.status)) throw alreadyFinished(b);
  if (!units.some((u) => u.role === 'co' && u.id === input.coUnitId)) {
    throw badRequest('绿色通道只能发给本项目的协办单位，请从项目的协办单位中选择。', { field: 'coUnitId' });
  }
  const text = input.text.trim();
  if (!text) throw badRequest('请填写需要协办单位办理的事项。', { field: 'text' });
  const days = input.dueDays ?? DEFAULT_GREEN_CHANNEL_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 30) throw badRequest('答复期限应为 1 到 30 个工作日。', { field: 'dueDays' });
  const now = nowIso();
  // counted by the calendar in force, so an admin's correction of a year's holidays applies at once
  const dueDate = await addWorkingDaysFromSettings(ctx, shanghaiDate(now), days);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const requestId = await insertRequest(trx, {
      blocker_id: b.id,
      co_unit_id: input.coUnitId,
      request_text: text,
      requested_by: actor.username,
      requested_at: now,
      due_date: dueDate,
      status: 'requested',
      answer: null,
      answered_at: null,
      answered_by: null,
    });
    if (b.status === 'open') await updateBlocker(trx, b, { status: 'in_progress' }, b.version);
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'green_channel_request',
      entityId: requestId,
      summary: `项目 ${scope.project.seq} 的堵点发起绿色通道请求，${dueDate} 前答复`,
      after: { blockerId: b.id, coUnitId: input.coUnitId, dueDate },
    });
    await enqueueNotification(trx, {
      kind: 'green_channel_request',
      entityId: requestId,
      projectId: b.project_id,
      title: `项目 ${scope.project.seq}「${scope.project.name}」请求开辟绿色通道，请于 ${dueDate} 前答复`,
      body: text.slice(0, 300),
      link: `/plans/${scope.project.planId}/blockers`,
      recipients: { unitIds: [input.coUnitId] },
      createdBy: actor.username,
    });
    return requestId;
  });
  return getRequestView(ctx, actor, id);
}
