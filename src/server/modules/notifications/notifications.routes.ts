import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contract/common.contract';
import {
  deliveryLogQuerySchema,
  deliveryLogSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesBodySchema,
  notificationPreferencesSchema,
  robotSettingBodySchema,
  unitRobotSettingsSchema,
  unreadCountSchema,
} from '../../../contract/notifications.contract';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth.plugin';
import { deliveryLog } from './delivery-log.service';
import {
  getMyPreferences,
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  myUnreadCount,
  updateMyPreferences,
} from './notifications.service';
import { getUnitRobots, saveUnitRobot } from './robot-settings.service';
import { secretKey } from './secret-box';

const signedIn = { access: 'authenticated' } as const;
const office = { access: ['admin', 'supervisor'] as const };
const tags = ['notifications'];

/** notifications routes (issue 11): the in-app centre, preferences, unit robots, the delivery log. */
export const notificationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // the robot-secret key exists from the first start on (MINSHENG_SECRET_KEY, or DATA_DIR/secret.key made now)
  secretKey(ctx.config);
  app.get(
    '/notifications',
    {
      config: signedIn,
      schema: { tags, summary: '我的通知（含未读数）', querystring: notificationListQuerySchema, response: { 200: notificationListSchema } },
    },
    async (request) => listMyNotifications(ctx, requireActor(request), request.query),
  );
  app.get(
    '/notifications/unread-count',
    { config: signedIn, schema: { tags, summary: '未读通知数（铃铛）', response: { 200: unreadCountSchema } } },
    async (request) => myUnreadCount(ctx, requireActor(request)),
  );
  app.post('/notifications/read-all', { config: signedIn, schema: { tags, summary: '全部标为已读', response: { 200: unreadCountSchema } } }, async (request) =>
    markAllNotificationsRead(ctx, requireActor(request)),
  );
  app.post(
    '/notifications/:id/read',
    { config: signedIn, schema: { tags, summary: '标为已读', params: idParamsSchema, response: { 200: unreadCountSchema } } },
    async (request) => markNotificationRead(ctx, requireActor(request), request.params.id),
  );
  app.get(
    '/me/notification-preferences',
    { config: signedIn, schema: { tags, summary: '我的通知设置', response: { 200: notificationPreferencesSchema } } },
    async (request) => getMyPreferences(ctx, requireActor(request)),
  );
  app.put(
    '/me/notification-preferences',
    {
      config: signedIn,
      schema: {
        tags,
        summary: '修改我的通知设置（邮件、手机号、免打扰时段）',
        body: notificationPreferencesBodySchema,
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => updateMyPreferences(ctx, requireActor(request), request.body),
  );
  app.get(
    '/units/:id/robot-settings',
    { config: signedIn, schema: { tags, summary: '单位的群机器人（地址脱敏）', params: idParamsSchema, response: { 200: unitRobotSettingsSchema } } },
    async (request) => getUnitRobots(ctx, requireActor(request), request.params.id),
  );
  app.put(
    '/units/:id/robot-settings',
    {
      config: office,
      schema: {
        tags,
        summary: '设置单位的钉钉/企业微信群机器人（仅 https，加密保存）',
        params: idParamsSchema,
        body: robotSettingBodySchema,
        response: { 200: unitRobotSettingsSchema },
      },
    },
    async (request) => saveUnitRobot(ctx, requireActor(request), request.params.id, request.body),
  );
  app.get(
    '/admin/notification-deliveries',
    {
      config: { access: ['admin'] as const },
      schema: { tags, summary: '消息推送记录（次数、最后错误）', querystring: deliveryLogQuerySchema, response: { 200: deliveryLogSchema } },
    },
    async (request) => deliveryLog(ctx, requireActor(request), request.query),
  );
};
