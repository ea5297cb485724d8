import type { AnswerInstructionBody, CloseInstructionBody, Instruction, InstructionList, InstructionTargetKind } from '../../../contract/leaders.contract';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import {
  canCreateInstruction,
  canReadInstructionsOf,
  instructionPermissions,
  isInstructionAnswerer,
  isInstructionCloser,
  projectInstructionsPermissions,
} from '../../policies/instruction.policy';
import type { ProjectUnitRef } from '../../policies/policy-actor';
import { loadProjectUnits } from '../projects/projects.repo';
import { enqueueNotification } from '../notifications/enqueue';
import type { NotificationEvent } from '../notifications/enqueue';
import { projectUnitIds } from '../notifications/notifications.repo';
import type { InstructionRow } from './leaders.repo';
import {
  findInstructionRow,
  findInstructionTarget,
  findProjectSeq,
  insertInstruction,
  listProjectInstructionRows,
  updateInstructionRow,
  userDisplayNames,
} from './leaders.repo';

/** 批示: a leader's instruction on a project, an update or a blocker, answered by the lead unit with evidence and closed by its author or the 督查室. */

async function projectRow(ctx: AppContext, projectId: number) {
  const p = await findProjectSeq(ctx.db, projectId);
  if (!p) throw notFound('项目');
  return p;
}

/** Display names of the authors, so the UI can say 王副区长 rather than a username. */
async function authorNames(ctx: AppContext, rows: InstructionRow[]) {
  const ids = [...new Set(rows.map((r) => r.author_id))];
  const users = await userDisplayNames(ctx.db, ids);
  return new Map(users.map((u) => [u.id, u.display_name]));
}

/** A 批示 as the API shows it, with what the actor may do on it (`units`: its project's units). */
export function instructionView(r: InstructionRow, actor: Actor, units: readonly ProjectUnitRef[], names: Map<number, string> = new Map()): Instruction {
  return {
    id: r.id,
    projectId: r.project_id,
    authorId: r.author_id,
    author: r.author_username,
    authorName: names.get(r.author_id) ?? r.author_username,
    targetKind: r.target_kind,
    targetId: r.target_id,
    text: r.text,
    status: r.status,
    answer: r.answer,
    evidence: r.evidence,
    answeredBy: r.answered_by,
    answeredAt: r.answered_at,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
    createdAt: r.created_at,
    version: r.version,
    permissions: instructionPermissions(actor, units, r),
  };
}

async function unitsOf(ctx: AppContext, projectId: number) {
  return (await loadProjectUnits(ctx.db, [projectId])).get(projectId) ?? [];
}

/** The project's units when the actor may read its 批示; 404 otherwise (a unit outside the project does not learn of it). */
async function readableProjectUnits(ctx: AppContext, actor: Actor, projectId: number): Promise<ProjectUnitRef[]> {
  await projectRow(ctx, projectId);
  const units = await unitsOf(ctx, projectId);
  if (!canReadInstructionsOf(actor, units)) throw notFound('项目');
  return units;
}

/** The units of the instruction's project, or 404 批示 when the actor may not read it. */
function instructionUnits(ctx: AppContext, actor: Actor, row: InstructionRow): Promise<ProjectUnitRef[]> {
  return readableProjectUnits(ctx, actor, row.project_id).catch(() => {
    throw notFound('批示');
  });
}

export interface InstructionInput {
  text: string;
  targetKind?: InstructionTargetKind | null;
  targetId?: number | null;
}

export async function createInstruction(ctx: AppContext, actor: Actor, projectId: number, input: InstructionInput): Promise<Instruction> {
  const project = await projectRow(ctx, projectId);
  if (!canCreateInstruction(actor)) throw forbidden('只有分管领导可以作出批示。');
  const text = input.text.trim();
  if (!text) throw badRequest('请填写批示内容。', { field: 'text' });
  const targetKind = input.targetKind ?? null;
  const targetId = input.targetId ?? null;
  if ((targetKind === null) !== (targetId === null)) throw badRequest('批示对象不完整：请同时指明对象类型和编号。', { field: 'targetId' });
  if (targetKind && targetId !== null) {
    const row = await findInstructionTarget(ctx.db, targetKind === 'weekly_update' ? 'weekly_update' : 'blocker', targetId);
    if (!row || row.project_id !== projectId)
      throw badRequest(targetKind === 'weekly_update' ? '批示的周台账不属于本项目，请刷新页面后重试。' : '批示的堵点不属于本项目，请刷新页面后重试。', {
        field: 'targetId',
      });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const instructionId = await insertInstruction(trx, {
      project_id: projectId,
      author_id: actor.id,
      author_username: actor.username,
      target_kind: targetKind,
      target_id: targetId,
      text,
      status: 'open',
      answer: null,
      evidence: null,
      answered_by: null,
      answered_at: null,
      closed_by: null,
      closed_at: null,
      created_at: nowIso(),
    });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'instruction',
      entityId: instructionId,
      summary: `对项目 ${project.seq} 作出批示`,
      after: { text, targetKind, targetId },
    });
    await enqueueNotification(trx, {
      kind: 'instruction_written',
      entityId: instructionId,
      projectId,
      title: `${actor.displayName}对项目 ${project.seq} 作出批示`,
      body: text.slice(0, 300),
      link: `/projects/${projectId}`,
      recipients: { unitIds: await projectUnitIds(trx, projectId, 'lead') },
      createdBy: actor.username,
    });
    return instructionId;
  });
  return getInstruction(ctx, actor, id);
}

async function findInstruction(ctx: AppContext, id: number) {
  const row = await findInstructionRow(ctx.db, id);
  if (!row) throw notFound('批示');
  return row;
}

export async function getInstruction(ctx: AppContext, actor: Actor, id: number): Promise<Instruction> {
  const row = await findInstruction(ctx, id);
  const units = await instructionUnits(ctx, actor, row);
  return instructionView(row, actor, units, await authorNames(ctx, [row]));
}

export async function listInstructions(ctx: AppContext, actor: Actor, projectId: number): Promise<InstructionList> {
  const units = await readableProjectUnits(ctx, actor, projectId);
  const rows = await listProjectInstructionRows(ctx.db, projectId);
  const names = await authorNames(ctx, rows);
  const items = rows.map((r) => instructionView(r, actor, units, names));
  return { items, total: items.length, permissions: projectInstructionsPermissions(actor) };
}

async function updateInstruction(
  ctx: AppContext,
  actor: Actor,
  row: InstructionRow,
  version: number | undefined,
  changes: Partial<Omit<InstructionRow, 'id' | 'version' | 'created_at'>>,
  audit: { action: string; summary: string },
  notify?: NotificationEvent,
): Promise<Instruction> {
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateInstructionRow(trx, row.id, version ?? row.version, changes);
    if (!updated) throw versionConflict('批示');
    await writeAudit(trx, actor, {
      action: audit.action,
      entity: 'instruction',
      entityId: row.id,
      summary: audit.summary,
      before: { status: row.status },
      after: changes,
    });
    if (notify) await enqueueNotification(trx, notify);
  });
  const updated = await findInstruction(ctx, row.id);
  return instructionView(updated, actor, await unitsOf(ctx, row.project_id), await authorNames(ctx, [updated]));
}

const closedConflict = () => new AppError('CONFLICT', '该批示已办结，不能再操作。');

export async function answerInstruction(ctx: AppContext, actor: Actor, id: number, input: AnswerInstructionBody): Promise<Instruction> {
  const row = await findInstruction(ctx, id);
  const units = await instructionUnits(ctx, actor, row);
  if (!isInstructionAnswerer(actor, units)) throw forbidden('只有该项目的主办单位可以答复批示。');
  if (row.status === 'closed') throw closedConflict();
  const text = input.text.trim();
  if (!text) throw badRequest('请填写答复内容：批示落实了什么、怎样落实的。', { field: 'text' });
  const evidence = (input.evidence ?? '').trim();
  if (!evidence) throw badRequest('请提供落实批示的佐证材料（文件、照片或说明）。', { field: 'evidence' });
  return updateInstruction(
    ctx,
    actor,
    row,
    input.version,
    { status: 'answered', answer: text, evidence, answered_by: actor.username, answered_at: nowIso() },
    { action: 'answer', summary: `答复批示 #${row.id}` },
    {
      kind: 'instruction_answered',
      entityId: row.id,
      projectId: row.project_id,
      title: `您的批示 #${row.id} 已由主办单位答复`,
      body: text.slice(0, 300),
      link: `/projects/${row.project_id}`,
      recipients: { userIds: [row.author_id] },
      createdBy: actor.username,
    },
  );
}

export async function closeInstruction(ctx: AppContext, actor: Actor, id: number, input: NonNullable<CloseInstructionBody> = {}): Promise<Instruction> {
  const row = await findInstruction(ctx, id);
  if (!isInstructionCloser(actor, row)) {
    await instructionUnits(ctx, actor, row);
    throw forbidden('只有作出批示的领导或督查室可以办结批示。');
  }
  if (row.status === 'closed') throw closedConflict();
  if (row.status !== 'answered' || !row.answer) throw new AppError('CONFLICT', '该批示尚未答复，需主办单位答复并提供佐证后才能办结。');
  return updateInstruction(
    ctx,
    actor,
    row,
    input.version,
    { status: 'closed', closed_by: actor.username, closed_at: nowIso() },
    { action: 'close', summary: `办结批示 #${row.id}` },
  );
}
