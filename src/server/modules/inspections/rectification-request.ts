import type { Kysely } from 'kysely';
import type { RectificationInput } from '../../../contract/inspections.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { DB } from '../../db/schema';
import { badRequest } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import { enqueueNotification } from '../notifications/enqueue';
import { findProjectOf, insertRectification } from './inspections.repo';

/** A 整改要求 as checked: what to put right and a deadline (required) not before the inspection. */
export function checkRectificationInput(input: RectificationInput, inspectionDate: string): { requirement: string; deadline: string } {
  const requirement = input.requirement.trim();
  if (!requirement) throw badRequest('请填写整改要求（需要整改的内容）。', { field: 'requirement' });
  if (!input.deadline) throw badRequest('请填写整改期限：整改要求必须写明在哪一天前整改到位。', { field: 'deadline' });
  if (input.deadline < inspectionDate) throw badRequest(`整改期限不能早于检查日期（${inspectionDate}），请重新选择。`, { field: 'deadline' });
  return { requirement, deadline: input.deadline };
}

/** The project's lead unit (主办单位), to whom rectifications go; a project without one cannot receive them. */
export async function leadUnitOf(ctx: AppContext, projectId: number): Promise<number> {
  const lead = ((await loadProjectUnits(ctx.db, [projectId])).get(projectId) ?? []).find((u) => u.role === 'lead');
  if (!lead) throw badRequest('该项目没有主办单位，无法下发整改要求；请先在项目中设置主办单位。', { field: 'projectId' });
  return lead.id;
}

/** Insert a rectification request and its audit row (inside the caller's transaction); returns its id. */
export async function insertRectificationWithAudit(
  trx: Kysely<DB>,
  actor: Actor,
  r: { findingId: number; projectId: number; projectSeq: number; unitId: number; requirement: string; deadline: string },
): Promise<number> {
  const id = await insertRectification(trx, {
    finding_id: r.findingId,
    project_id: r.projectId,
    unit_id: r.unitId,
    requirement: r.requirement,
    deadline: r.deadline,
    status: 'open',
    requested_by: actor.username,
    requested_at: nowIso(),
    evidence: null,
    responded_by: null,
    responded_at: null,
    review_comment: null,
    reviewed_by: null,
    reviewed_at: null,
  });
  await writeAudit(trx, actor, {
    action: 'create',
    entity: 'rectification',
    entityId: id,
    summary: `项目 ${r.projectSeq} 下发整改要求，${r.deadline} 前整改到位`,
    after: { findingId: r.findingId, unitId: r.unitId, requirement: r.requirement, deadline: r.deadline },
  });
  await enqueueNotification(trx, {
    kind: 'rectification_requested',
    entityId: id,
    projectId: r.projectId,
    title: `项目 ${r.projectSeq} 整改要求：${r.deadline} 前整改到位`,
    body: `督查室检查后下发整改要求：${r.requirement}。请于 ${r.deadline} 前整改到位并上传整改材料。`,
    link: `/plans/${(await findProjectOf(trx, r.projectId)).plan_id}/inspections`,
    recipients: { unitIds: [r.unitId] },
    createdBy: actor.username,
  });
  return id;
}
