import type { MeetingBody, MeetingDetail, MeetingList } from '../../../contract/meetings.contract';
import type { Actor } from '../../auth/actor';
import { enqueueNotification } from '../notifications/enqueue';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { badRequest, forbidden, notFound } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import { canPutOnWeeklyMeeting, canRecordTopicMeeting, canRecordWeeklyMeeting, meetingRecordPermissions } from '../../policies/meeting.policy';
import { meetingDetailView, meetingViews } from './meeting-views';
import { visibleFilter } from './meeting-visibility';
import {
  activeProjectIdsLedByUnit,
  activeProjectIdsOfPlan,
  activeProjectsByIds,
  existingUnitIds,
  findMeeting,
  insertMeeting,
  listMeetingRows,
  planRowExists,
} from './meetings.repo';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) => DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

async function planExists(ctx: AppContext, planId: number) {
  if (!(await planRowExists(ctx.db, planId))) throw notFound('计划');
}

export async function createMeeting(ctx: AppContext, actor: Actor, planId: number, input: MeetingBody): Promise<MeetingDetail> {
  await planExists(ctx, planId);
  if (!isDay(input.date)) throw badRequest('会议日期格式不对，应为 YYYY-MM-DD。', { field: 'date' });
  const host = input.host.trim();
  if (!host) throw badRequest('请填写会议主持人。', { field: 'host' });
  const projectIds = [...new Set(input.projectIds)];
  const projects = await activeProjectsByIds(ctx.db, projectIds);
  for (const id of projectIds) {
    const p = projects.find((x) => x.id === id);
    if (!p || p.plan_id !== planId) throw badRequest('所选项目不属于本计划，请刷新页面后重试。', { projectId: id });
  }
  let hostUnitId: number | null = null;
  if (input.kind === 'weekly') {
    if (!canRecordWeeklyMeeting(actor)) throw forbidden('周例会由项目的主办单位记录。');
    if (projectIds.length === 0) throw badRequest('请选择例会研究的项目。', { field: 'projectIds' });
    const units = await loadProjectUnits(ctx.db, projectIds);
    for (const p of projects) {
      if (!canPutOnWeeklyMeeting(actor, units.get(p.id) ?? [])) {
        throw forbidden(`项目 ${p.seq}「${p.name}」不是本单位主办的项目，不能列入本单位的周例会。`);
      }
    }
    hostUnitId = actor.unitId;
  } else {
    if (!canRecordTopicMeeting(actor)) throw forbidden('专题会议由分管领导或督查室召开。');
    hostUnitId = actor.unitId;
  }
  const items = input.actionItems.map((item, i) => {
    const n = i + 1;
    const title = (item.title ?? '').trim();
    if (!title) throw badRequest(`第 ${n} 项交办事项缺少内容，请填写。`, { index: i, field: 'title' });
    if (item.ownerUnitId == null) throw badRequest(`第 ${n} 项交办事项“${title}”缺少责任单位，请选择。`, { index: i, field: 'ownerUnitId' });
    if (!item.deadline) throw badRequest(`第 ${n} 项交办事项“${title}”缺少办结时限，请填写。`, { index: i, field: 'deadline' });
    if (!isDay(item.deadline)) throw badRequest(`第 ${n} 项交办事项的办结时限格式不对，应为 YYYY-MM-DD。`, { index: i, field: 'deadline' });
    if (item.projectId != null && !projectIds.includes(item.projectId))
      throw badRequest(`第 ${n} 项交办事项关联的项目不在本次会议研究的项目中。`, { index: i, field: 'projectId' });
    return { title, ownerUnitId: item.ownerUnitId, deadline: item.deadline, projectId: item.projectId ?? null };
  });
  const ownerIds = [...new Set(items.map((i) => i.ownerUnitId))];
  if (ownerIds.length) {
    const found = await existingUnitIds(ctx.db, ownerIds);
    const missing = ownerIds.find((id) => !found.includes(id));
    if (missing !== undefined) throw badRequest('交办事项的责任单位不存在，请刷新页面后重新选择。', { ownerUnitId: missing });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const meetingId = await insertMeeting(
      trx,
      {
        plan_id: planId,
        kind: input.kind,
        date: input.date,
        host,
        host_unit_id: hostUnitId,
        attendees: input.attendees,
        minutes: input.minutes,
        created_by: actor.username,
        created_at: now,
        updated_at: now,
      },
      projectIds,
      items.map((i) => ({
        project_id: i.projectId,
        owner_unit_id: i.ownerUnitId,
        title: i.title,
        deadline: i.deadline,
        status: 'open' as const,
        created_at: now,
      })),
    );
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'meeting',
      entityId: meetingId,
      summary: `记录${input.kind === 'weekly' ? '周例会' : '专题会议'}（${input.date}），交办事项 ${items.length} 项`,
      after: { kind: input.kind, date: input.date, host, projectIds, actionItems: items },
    });
    for (const item of items) {
      await enqueueNotification(trx, {
        kind: 'action_item_due',
        entityId: null,
        projectId: item.projectId,
        title: `${input.kind === 'weekly' ? '周例会' : '专题会议'}（${input.date}）交办事项：${item.title.slice(0, 60)}`,
        body: `办结时限 ${item.deadline}。请按时办结并填写办结情况。`,
        link: '/todo',
        recipients: { unitIds: [item.ownerUnitId] },
        createdBy: actor.username,
      });
    }
    return meetingId;
  });
  return getMeeting(ctx, actor, id);
}

/** The active projects of the plan the actor may put on a meeting he records: all for a topic meeting, his unit's led ones for a weekly one. */
async function recordableProjectIds(ctx: AppContext, actor: Actor, planId: number): Promise<number[]> {
  if (canRecordTopicMeeting(actor)) return activeProjectIdsOfPlan(ctx.db, planId);
  if (canRecordWeeklyMeeting(actor) && actor.unitId !== null) return activeProjectIdsLedByUnit(ctx.db, planId, actor.unitId);
  return [];
}

/** The plan's meetings the actor reads, with what he may record (a unit whose unit leads no active project records none). */
export async function listMeetings(ctx: AppContext, actor: Actor, planId: number): Promise<MeetingList> {
  await planExists(ctx, planId);
  const rows = await listMeetingRows(ctx.db, planId);
  const visible = await visibleFilter(
    ctx,
    actor,
    rows.map((r) => r.id),
  );
  const items = await meetingViews(ctx, actor, rows.filter(visible));
  const recordable = await recordableProjectIds(ctx, actor, planId);
  return { items, total: items.length, permissions: meetingRecordPermissions(actor, recordable.length > 0), recordableProjectIds: recordable };
}

export async function getMeeting(ctx: AppContext, actor: Actor, id: number): Promise<MeetingDetail> {
  const row = await findMeeting(ctx.db, id);
  if (!row || !(await visibleFilter(ctx, actor, [id]))(row)) throw notFound('会议');
  return meetingDetailView(ctx, actor, row);
}
