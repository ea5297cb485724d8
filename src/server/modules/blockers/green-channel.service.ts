/** Green-channel requests (绿色通道): how one reads, and the addressed co-unit's accept → answer → close. */
import { shanghaiDate } from '../../../domain/calendar';
import { writeAudit } from '../../audit/audit.writer';
import type { GreenChannelRequest } from '../../../contract/blockers.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import type { GreenChannelAction } from '../../policies/green-channel.policy';
import { canActOnGreenChannel, canReadGreenChannelRequest, greenChannelActionAllowed, greenChannelPermissions } from '../../policies/green-channel.policy';
import { loadProjectUnits } from '../projects/projects.repo';
import { findBlockerProjectId, findRequest, loadUnitNames, type RequestRecord, updateRequestRow } from './blockers.repo';

type RequestRow = RequestRecord;

/** Past its due date (China calendar day) and still unanswered. */
export function isRequestOverdue(r: Pick<RequestRow, 'status' | 'due_date'>, today: string) {
  return (r.status === 'requested' || r.status === 'accepted') && r.due_date < today;
}

/** A request as the API shows it, with the actor's permissions on it. */
export function requestView(r: RequestRow, unitNames: Map<number, string>, actor: Actor): GreenChannelRequest {
  return {
    id: r.id,
    blockerId: r.blocker_id,
    coUnitId: r.co_unit_id,
    coUnitName: unitNames.get(r.co_unit_id) ?? null,
    text: r.request_text,
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    dueDate: r.due_date,
    status: r.status,
    answer: r.answer,
    answeredAt: r.answered_at,
    answeredBy: r.answered_by,
    version: r.version,
    /** past the due date and still unanswered */
    isOverdue: isRequestOverdue(r, shanghaiDate(nowIso())),
    /** what the acting user may do on it (users of the addressed co-unit only) */
    permissions: greenChannelPermissions(actor, r),
  };
}

/** One request by id, as the API shows it. */
export async function getRequestView(ctx: AppContext, actor: Actor, id: number): Promise<GreenChannelRequest> {
  const r = await findRequest(ctx.db, id);
  if (!r) throw notFound('绿色通道请求');
  return requestView(r, await loadUnitNames(ctx.db, [r.co_unit_id]), actor);
}

/** Accept, answer or close a green-channel request: only users of the co-unit it is addressed to. */
export async function actOnRequest(
  ctx: AppContext,
  actor: Actor,
  id: number,
  action: GreenChannelAction,
  input: { text?: string; version?: number },
): Promise<GreenChannelRequest> {
  const r = await findRequest(ctx.db, id);
  if (!r) throw notFound('绿色通道请求');
  if (!canActOnGreenChannel(actor, r)) {
    // a unit it is not addressed to must not learn about it; the office and the lead unit get a clear refusal
    const b = await findBlockerProjectId(ctx.db, r.blocker_id);
    if (!b) throw notFound('绿色通道请求');
    const units = (await loadProjectUnits(ctx.db, [b.project_id])).get(b.project_id) ?? [];
    if (!canReadGreenChannelRequest(actor, units, r)) throw notFound('绿色通道请求');
    throw forbidden('只有被请求的协办单位可以受理、答复或办结该绿色通道请求。');
  }
  if (!greenChannelActionAllowed(action, r.status)) {
    const messages = {
      accept: '该请求已受理或已答复，不能重复受理。',
      answer: r.status === 'answered' ? '该请求已答复。' : '该请求已办结，不能再答复。',
      close: '请先答复该请求再办结。',
    };
    throw new AppError('CONFLICT', messages[action]);
  }
  let changes: Partial<RequestRow>;
  if (action === 'answer') {
    const text = (input.text ?? '').trim();
    if (!text) throw badRequest('请填写答复内容。', { field: 'text' });
    changes = { status: 'answered', answer: text, answered_at: nowIso(), answered_by: actor.username };
  } else changes = { status: action === 'accept' ? 'accepted' : 'closed' };
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateRequestRow(trx, r.id, input.version ?? r.version, changes);
    if (!updated) throw versionConflict('绿色通道请求');
    const verbs = { accept: '受理', answer: '答复', close: '办结' };
    await writeAudit(trx, actor, {
      action,
      entity: 'green_channel_request',
      entityId: r.id,
      summary: `${verbs[action]}绿色通道请求`,
      before: { status: r.status },
      after: changes,
    });
  });
  return getRequestView(ctx, actor, id);
}
