/** The in-app centre and the user's own channel preferences. */
import { NOTIFICATION_KIND_LABELS } from '../../../contract/notifications.contract';
import type {
  NotificationKind,
  NotificationList,
  NotificationPreferences,
  NotificationPreferencesBody,
  UnreadCount,
} from '../../../contract/notifications.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { badRequest, notFound, versionConflict } from '../../errors';
import { canReadNotification } from '../../policies/notification.policy';
import {
  countUnread,
  findNotificationOwner,
  findPreferences,
  findRobotSettings,
  listUserNotifications,
  markRead,
  upsertPreference,
} from './notifications.repo';

export async function listMyNotifications(
  ctx: AppContext,
  actor: Actor,
  q: { unreadOnly?: '0' | '1'; limit: number; offset: number },
): Promise<NotificationList> {
  const { rows, total } = await listUserNotifications(ctx.db, actor.id, { unreadOnly: q.unreadOnly === '1', limit: q.limit, offset: q.offset });
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind as NotificationKind,
    kindLabel: NOTIFICATION_KIND_LABELS[r.kind as NotificationKind] ?? r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
  return { items, total, unread: await countUnread(ctx.db, actor.id) };
}

export async function myUnreadCount(ctx: AppContext, actor: Actor): Promise<UnreadCount> {
  return { unread: await countUnread(ctx.db, actor.id) };
}

export async function markNotificationRead(ctx: AppContext, actor: Actor, id: number): Promise<UnreadCount> {
  const row = await findNotificationOwner(ctx.db, id);
  // another user's item is answered as missing, so ids reveal nothing
  if (!row || !canReadNotification(actor, row)) throw notFound('通知');
  await markRead(ctx.db, actor.id, nowIso(), id);
  return myUnreadCount(ctx, actor);
}

export async function markAllNotificationsRead(ctx: AppContext, actor: Actor): Promise<UnreadCount> {
  await markRead(ctx.db, actor.id, nowIso());
  return { unread: 0 };
}

export async function getMyPreferences(ctx: AppContext, actor: Actor): Promise<NotificationPreferences> {
  const [p] = await findPreferences(ctx.db, [actor.id]);
  const robots = actor.unitId === null ? [] : await findRobotSettings(ctx.db, [actor.unitId]);
  return {
    inApp: true,
    email: p?.email ?? null,
    emailEnabled: p?.email_enabled === 1,
    mobile: p?.mobile ?? null,
    robotEnabled: p ? p.robot_enabled === 1 : true,
    quietStart: p?.quiet_start ?? null,
    quietEnd: p?.quiet_end ?? null,
    unitRobots: robots.map((r) => ({ channel: r.channel, enabled: r.is_enabled === 1 })),
    version: p?.version ?? 0,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MOBILE = /^1\d{10}$/;

export async function updateMyPreferences(ctx: AppContext, actor: Actor, body: NotificationPreferencesBody): Promise<NotificationPreferences> {
  const email = body.email?.trim() || null;
  if (email && !EMAIL.test(email)) throw badRequest('电子邮箱格式不正确，请填写例如 name@example.gov.cn。', { field: 'email' });
  if (body.emailEnabled && !email) throw badRequest('开启邮件提醒需要先填写电子邮箱。', { field: 'email' });
  const mobile = body.mobile?.trim() || null;
  if (mobile && !MOBILE.test(mobile)) throw badRequest('手机号应为 11 位数字（群机器人用它 @ 您）。', { field: 'mobile' });
  if ((body.quietStart === null) !== (body.quietEnd === null)) throw badRequest('免打扰时段需要同时填写开始和结束时间。', { field: 'quietEnd' });
  const current = await getMyPreferences(ctx, actor);
  if (body.version !== undefined && body.version !== current.version) throw versionConflict('通知设置');
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      user_id: actor.id,
      email,
      email_enabled: body.emailEnabled ? 1 : 0,
      mobile,
      robot_enabled: (body.robotEnabled ?? current.robotEnabled) ? 1 : 0,
      quiet_start: body.quietStart,
      quiet_end: body.quietEnd,
      version: current.version + 1,
      updated_at: nowIso(),
    };
    await upsertPreference(trx, row);
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'notification_preference',
      entityId: actor.id,
      summary: '修改本人的通知设置',
      before: current,
      after: { ...row, email: email ? '（已填写）' : null, mobile: mobile ? '（已填写）' : null },
    });
  });
  return getMyPreferences(ctx, actor);
}
