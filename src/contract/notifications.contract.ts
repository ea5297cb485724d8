import { z } from 'zod';
import { listOf } from './common.contract';

/** Notifications (issue 11): the in-app centre, channel preferences, unit robots and the delivery log. */

/** Every event worth telling; each names the thing it is about and whom it reaches. */
export const NOTIFICATION_KINDS = [
  'weekly_due_soon',
  'weekly_late',
  'weekly_missing',
  'weekly_submitted',
  'weekly_returned',
  'weekly_accepted',
  'monthly_due',
  'action_item_due',
  'action_item_overdue',
  'green_channel_request',
  'instruction_written',
  'instruction_answered',
  'blocker_escalated',
  'supervision_notice_issued',
  'supervision_notice_escalated',
  'rectification_requested',
  'xun_digest_ready',
  'bulletin_issued',
  'public_comment_to_reply',
  'satisfaction_follow_up',
] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  weekly_due_soon: '周台账即将截止',
  weekly_late: '周台账已逾期',
  weekly_missing: '周台账未报送',
  weekly_submitted: '周台账已报送',
  weekly_returned: '周台账被退回',
  weekly_accepted: '周台账已通过',
  monthly_due: '月报即将截止',
  action_item_due: '交办事项',
  action_item_overdue: '交办事项已逾期',
  green_channel_request: '绿色通道请求',
  instruction_written: '领导批示',
  instruction_answered: '批示已答复',
  blocker_escalated: '堵点提请协调',
  supervision_notice_issued: '督办单',
  supervision_notice_escalated: '督办单逾期挂牌',
  rectification_requested: '整改要求',
  xun_digest_ready: '旬调度摘要',
  bulletin_issued: '通报印发',
  public_comment_to_reply: '群众留言待答复',
  satisfaction_follow_up: '群众不满意待回访',
};

/** The thing an event is about (the link of a notification goes to it). */
export const NOTIFICATION_ENTITIES = [
  'weekly_update',
  'project',
  'monthly_report',
  'action_item',
  'green_channel_request',
  'instruction',
  'blocker',
  'supervision_notice',
  'rectification',
  'xun_digest',
  'bulletin',
] as const;
export type NotificationEntity = (typeof NOTIFICATION_ENTITIES)[number];

/** Which entity each kind is about: the typed shape of an event. */
export const NOTIFICATION_KIND_ENTITY = {
  weekly_due_soon: 'project',
  weekly_late: 'project',
  weekly_missing: 'project',
  weekly_submitted: 'weekly_update',
  weekly_returned: 'weekly_update',
  weekly_accepted: 'weekly_update',
  monthly_due: 'project',
  action_item_due: 'action_item',
  action_item_overdue: 'action_item',
  green_channel_request: 'green_channel_request',
  instruction_written: 'instruction',
  instruction_answered: 'instruction',
  blocker_escalated: 'blocker',
  supervision_notice_issued: 'supervision_notice',
  supervision_notice_escalated: 'supervision_notice',
  rectification_requested: 'rectification',
  xun_digest_ready: 'xun_digest',
  bulletin_issued: 'bulletin',
  public_comment_to_reply: 'project',
  satisfaction_follow_up: 'project',
} as const satisfies Record<NotificationKind, NotificationEntity>;

export const notificationItemSchema = z.object({
  id: z.number().int(),
  kind: notificationKindSchema,
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  /** web path of the thing */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItemSchema>;

export const notificationListQuerySchema = z.object({
  unreadOnly: z.enum(['0', '1']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).default(0),
});
export const notificationListSchema = listOf(notificationItemSchema).extend({ unread: z.number().int() });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM，例如 22:00');

export const notificationPreferencesSchema = z.object({
  /** in-app is always on */
  inApp: z.literal(true),
  email: z.string().nullable(),
  emailEnabled: z.boolean(),
  mobile: z.string().nullable(),
  robotEnabled: z.boolean(),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
  /** the unit's group robots that carry the user's notifications (masked) */
  unitRobots: z.array(z.object({ channel: z.enum(['dingtalk', 'wecom']), enabled: z.boolean() })),
  version: z.number().int(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationPreferencesBodySchema = z.object({
  email: z.string().trim().max(200).nullable(),
  emailEnabled: z.boolean(),
  mobile: z.string().trim().max(20).nullable().optional(),
  robotEnabled: z.boolean().optional(),
  quietStart: hhmm.nullable(),
  quietEnd: hhmm.nullable(),
  version: z.number().int().min(0).optional(),
});
export type NotificationPreferencesBody = z.infer<typeof notificationPreferencesBodySchema>;

export const ROBOT_CHANNELS = ['dingtalk', 'wecom'] as const;
export const robotChannelSchema = z.enum(ROBOT_CHANNELS);
export type RobotChannel = z.infer<typeof robotChannelSchema>;
export const ROBOT_CHANNEL_LABELS: Record<RobotChannel, string> = { dingtalk: '钉钉群机器人', wecom: '企业微信群机器人' };

export const robotSettingSchema = z.object({
  channel: robotChannelSchema,
  configured: z.boolean(),
  enabled: z.boolean(),
  /** e.g. https://oapi.dingtalk.com/robot/send?access_token=ab…9f: never in full */
  webhookMasked: z.string().nullable(),
  hasSecret: z.boolean(),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export const unitRobotSettingsSchema = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  robots: z.array(robotSettingSchema),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type UnitRobotSettings = z.infer<typeof unitRobotSettingsSchema>;

export const robotSettingBodySchema = z.object({
  channel: robotChannelSchema,
  enabled: z.boolean(),
  /** omitted or empty: keep the stored webhook */
  webhook: z.string().trim().max(500).optional(),
  /** 钉钉 加签 secret; omitted: keep, empty string: remove */
  secret: z.string().trim().max(200).optional(),
  /** the group's quiet hours (Asia/Shanghai): messages wait until they end */
  quietStart: hhmm.nullable().optional(),
  quietEnd: hhmm.nullable().optional(),
  /** remove the robot altogether */
  remove: z.boolean().optional(),
});
export type RobotSettingBody = z.infer<typeof robotSettingBodySchema>;

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const DELIVERY_STATUS_LABELS: Record<(typeof DELIVERY_STATUSES)[number], string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已送达',
  failed: '失败',
};
export const DELIVERY_CHANNEL_LABELS = { email: '电子邮件', dingtalk: '钉钉', wecom: '企业微信' } as const;

export const deliveryLogItemSchema = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  kind: notificationKindSchema,
  title: z.string(),
  channel: z.enum(['email', 'dingtalk', 'wecom']),
  recipient: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DeliveryLogItem = z.infer<typeof deliveryLogItemSchema>;
export const deliveryLogQuerySchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const deliveryLogSchema = listOf(deliveryLogItemSchema);
export type DeliveryLog = z.infer<typeof deliveryLogSchema>;
