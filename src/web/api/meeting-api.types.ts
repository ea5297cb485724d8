import type { Attachment } from './weekly-api.types';

/** 周例会 of a lead unit, or 专题会议/专题调研 called by a leader or the 督查室. */
export type MeetingKind = 'weekly' | 'topic';
/** 'overdue' is derived by the server: open and past its deadline (Beijing date). */
export type ActionItemStatus = 'open' | 'done' | 'overdue';

/** 交办事项 decided at a meeting. */
export interface ActionItem {
  id: number;
  meetingId: number;
  projectId: number | null;
  /** '3. 项目名称' */
  projectName: string | null;
  ownerUnitId: number;
  ownerUnitName: string;
  title: string;
  /** YYYY-MM-DD 办结时限 */
  deadline: string;
  status: ActionItemStatus;
  closingEvidence: string | null;
  closedAt: string | null;
  closedBy: string | null;
  version: number;
  /** the signed-in user may 办结 it */
  canClose: boolean;
}

export interface Meeting {
  id: number;
  planId: number;
  date: string;
  kind: MeetingKind;
  host: string;
  hostUnitId: number | null;
  attendees: string;
  minutes: string;
  projectIds: number[];
  createdBy: string;
  createdAt: string;
  version: number;
  /** the signed-in user may add or remove files */
  canEdit: boolean;
  actionItems: ActionItem[];
}

export interface MeetingDetail extends Meeting {
  /** urls under /api/v1/meeting-attachments/:id */
  attachments: Attachment[];
}

/** GET /me/action-items: my unit's items with the meeting they came from. */
export interface MyActionItem extends ActionItem {
  planId: number;
  meeting: { id: number; date: string; kind: MeetingKind; host: string };
}

export interface MeetingInput {
  kind: MeetingKind;
  date: string;
  host: string;
  attendees: string;
  minutes: string;
  projectIds: number[];
  actionItems: { title: string; ownerUnitId: number | null; deadline: string | null; projectId: number | null }[];
}
