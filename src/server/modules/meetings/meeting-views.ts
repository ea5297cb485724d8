import { planTodays } from '../plans/plan-as-of.service';
import type { ActionItem, Meeting, MeetingAttachment, MeetingDetail } from '../../../contract/meetings.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { actionItemPermissions, canSeeActionItem } from '../../policies/action-item.policy';
import { meetingPermissions } from '../../policies/meeting.policy';
import { attachmentView } from '../../storage/file-transfer';
import type { ActionItemRow, MeetingRow } from './meetings.repo';
import { actionItemsOfMeetings, attachmentsOfMeeting, meetingProjects } from './meetings.repo';

/** 'overdue' is derived: still open and the deadline is before today in Asia/Shanghai. */
export function itemStatus(item: { status: string; deadline: string }, today: string): 'open' | 'done' | 'overdue' {
  if (item.status === 'done') return 'done';
  return item.deadline < today ? 'overdue' : 'open';
}

export function itemView(item: ActionItemRow, today: string, actor: Actor): ActionItem {
  return {
    id: item.id,
    meetingId: item.meeting_id,
    projectId: item.project_id,
    /** '3. 项目名称' of the linked project, if any */
    projectName: item.project_id !== null && item.project_name !== null ? `${item.project_seq}. ${item.project_name}` : null,
    ownerUnitId: item.owner_unit_id,
    ownerUnitName: item.owner_unit_name,
    title: item.title,
    deadline: item.deadline,
    status: itemStatus(item, today),
    closingEvidence: item.closing_evidence,
    closedAt: item.closed_at,
    closedBy: item.closed_by,
    version: item.version,
    permissions: actionItemPermissions(actor, item),
  };
}

/** A meeting attachment row as the API shows it. */
export const meetingAttachmentView = (a: Parameters<typeof attachmentView>[1]): MeetingAttachment => attachmentView('meeting-attachments', a);

/** Meetings as the API answers them; action items are filtered to those the actor may see. */
export async function meetingViews(ctx: AppContext, actor: Actor, rows: MeetingRow[]): Promise<Meeting[]> {
  const ids = rows.map((r) => r.id);
  const projects = await meetingProjects(ctx.db, ids);
  const items = await actionItemsOfMeetings(ctx.db, ids);
  const dayOf = await planTodays(
    ctx,
    rows.map((m) => m.plan_id),
  );
  return rows.map((m) => ({
    id: m.id,
    planId: m.plan_id,
    date: m.date,
    kind: m.kind,
    host: m.host,
    hostUnitId: m.host_unit_id,
    attendees: m.attendees,
    minutes: m.minutes,
    projectIds: projects.get(m.id) ?? [],
    createdBy: m.created_by,
    createdAt: m.created_at,
    version: m.version,
    permissions: meetingPermissions(actor, m),
    actionItems: items.filter((i) => i.meeting_id === m.id && canSeeActionItem(actor, m, i)).map((i) => itemView(i, dayOf(m.plan_id), actor)),
  }));
}

/** One meeting with its files. */
export async function meetingDetailView(ctx: AppContext, actor: Actor, row: MeetingRow): Promise<MeetingDetail> {
  const [view] = await meetingViews(ctx, actor, [row]);
  const attachments = await attachmentsOfMeeting(ctx.db, row.id);
  return { ...view!, attachments: attachments.map(meetingAttachmentView) };
}
