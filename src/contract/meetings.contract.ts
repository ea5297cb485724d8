/**
 * The meetings API contract (zod only; imports nothing from server or web): 周例会 and 专题会议, their 交办事项
 * (action items) and their files. The server validates and answers with these schemas; the web imports the types.
 */
import { z } from 'zod';
import { versionSchema } from './common.contract';
import { attachmentSchema } from './weekly.contract';

/** 周例会 of a lead unit, or 专题会议/专题调研 called by a leader or the 督查室. */
export const meetingKindSchema = z.enum(['weekly', 'topic']);
/** 'overdue' is derived by the server: open and past its deadline (Beijing date). */
export const actionItemStatusSchema = z.enum(['open', 'done', 'overdue']);

/** A meeting's file as the API shows it (urls under /api/v1/meeting-attachments/:id); the shape of every attachment. */
export const meetingAttachmentSchema = attachmentSchema;

/** What the signed-in user may do on one action item (server: src/server/policies/action-item.policy.ts). */
export const actionItemPermissionsSchema = z.object({
  /** 办结: the owner unit or the 督查室, while the item is open */
  canClose: z.boolean(),
});

/** 交办事项 decided at a meeting. */
export const actionItemSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  projectId: z.number().int().nullable(),
  /** '3. 项目名称' of the linked project */
  projectName: z.string().nullable(),
  ownerUnitId: z.number().int(),
  ownerUnitName: z.string(),
  title: z.string(),
  /** YYYY-MM-DD 办结时限 */
  deadline: z.string(),
  status: actionItemStatusSchema,
  closingEvidence: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  version: z.number().int(),
  permissions: actionItemPermissionsSchema,
});

/** What the signed-in user may do on one meeting (server: src/server/policies/meeting.policy.ts). */
export const meetingPermissionsSchema = z.object({
  /** add or remove the meeting's files: its recorder, its host unit or the 督查室 */
  canEdit: z.boolean(),
});

export const meetingSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  date: z.string(),
  kind: meetingKindSchema,
  host: z.string(),
  hostUnitId: z.number().int().nullable(),
  attendees: z.string(),
  minutes: z.string(),
  projectIds: z.array(z.number().int()),
  createdBy: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
  permissions: meetingPermissionsSchema,
  /** only the items the user may see */
  actionItems: z.array(actionItemSchema),
});

/** One meeting with its files (GET /meetings/:id, and the answer of 记录会议). */
export const meetingDetailSchema = meetingSchema.extend({
  /** urls under /api/v1/meeting-attachments/:id */
  attachments: z.array(meetingAttachmentSchema),
});

/** What the signed-in user may record on a plan's meetings page. */
export const meetingRecordPermissionsSchema = z.object({
  /** some kind of meeting may be recorded (记录会议 is shown) */
  canRecord: z.boolean(),
  /** 周例会: a unit user whose unit leads an active project of the plan */
  canRecordWeekly: z.boolean(),
  /** 专题会议: a leader or the 督查室 */
  canRecordTopic: z.boolean(),
});

/** GET /plans/:id/meetings: the meetings the user may read, newest first, and what the user may record. */
export const meetingListSchema = z.object({
  items: z.array(meetingSchema),
  total: z.number().int(),
  permissions: meetingRecordPermissionsSchema,
  /** the active projects of the plan the user may put on a meeting he records (for a unit: those it leads) */
  recordableProjectIds: z.array(z.number().int()),
});

/** GET /me/action-items: my unit's items with the meeting they came from. */
export const myActionItemSchema = actionItemSchema.extend({
  planId: z.number().int(),
  meeting: z.object({ id: z.number().int(), date: z.string(), kind: meetingKindSchema, host: z.string() }),
});
export const myActionItemListSchema = z.object({ items: z.array(myActionItemSchema), total: z.number().int() });

/** 记录会议. Missing owners and deadlines are refused by the service, whose message names the row. */
export const meetingBodySchema = z.object({
  kind: meetingKindSchema,
  date: z.string().max(10),
  host: z.string().max(200),
  attendees: z.string().max(5000).default(''),
  minutes: z.string().max(20000).default(''),
  projectIds: z.array(z.number().int().positive()).max(200).default([]),
  actionItems: z
    .array(
      z.object({
        title: z.string().max(1000).nullable().optional(),
        ownerUnitId: z.number().int().positive().nullable().optional(),
        deadline: z.string().max(10).nullable().optional(),
        projectId: z.number().int().positive().nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
});

/** 办结 an action item with 办结情况/佐证 (required by the service). */
export const closeActionItemBodySchema = z.object({ evidence: z.string().max(5000).nullable().optional(), version: versionSchema.optional() });

export type MeetingKind = z.infer<typeof meetingKindSchema>;
export type ActionItemStatus = z.infer<typeof actionItemStatusSchema>;
export type MeetingAttachment = z.infer<typeof meetingAttachmentSchema>;
export type ActionItemPermissions = z.infer<typeof actionItemPermissionsSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type MeetingPermissions = z.infer<typeof meetingPermissionsSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
export type MeetingRecordPermissions = z.infer<typeof meetingRecordPermissionsSchema>;
export type MeetingList = z.infer<typeof meetingListSchema>;
export type MyActionItem = z.infer<typeof myActionItemSchema>;
export type MyActionItemList = z.infer<typeof myActionItemListSchema>;
/** What the web sends; defaults (empty attendees, minutes, projects, items) are filled by the server. */
export type MeetingInput = z.input<typeof meetingBodySchema>;
/** The body as the service receives it, defaults applied. */
export type MeetingBody = z.output<typeof meetingBodySchema>;
export type CloseActionItemBody = z.infer<typeof closeActionItemBodySchema>;
