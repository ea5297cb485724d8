/** A unit's 钉钉 / 企业微信 group robots: set by the 督查室 or admin, stored encrypted, shown only masked. */
import { ROBOT_CHANNELS, ROBOT_CHANNEL_LABELS } from '../../../contract/notifications.contract';
import type { RobotSettingBody, UnitRobotSettings } from '../../../contract/notifications.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { badRequest, forbidden, notFound } from '../../errors';
import { canEditUnitRobots, canReadUnitRobots, unitRobotPermissions } from '../../policies/notification.policy';
import { deleteRobotSetting, findRobotSettings, findUnitName, upsertRobotSetting } from './notifications.repo';
import { decryptSecret, encryptSecret, maskWebhook, secretKey } from './secret-box';

export async function getUnitRobots(ctx: AppContext, actor: Actor, unitId: number): Promise<UnitRobotSettings> {
  const unitName = await findUnitName(ctx.db, unitId);
  if (!unitName) throw notFound('单位');
  if (!canReadUnitRobots(actor, unitId)) throw forbidden('只有督查室、系统管理员或本单位用户可以查看群机器人设置。');
  const stored = await findRobotSettings(ctx.db, [unitId]);
  const key = secretKey(ctx.config);
  const robots = ROBOT_CHANNELS.map((channel) => {
    const s = stored.find((r) => r.channel === channel);
    let masked: string | null = null;
    if (s) {
      try {
        masked = maskWebhook(decryptSecret(key, s.webhook_enc));
      } catch {
        masked = '（无法解密：密钥已更换，请重新填写）';
      }
    }
    return {
      channel,
      configured: !!s,
      enabled: s?.is_enabled === 1,
      webhookMasked: masked,
      hasSecret: !!s?.secret_enc,
      quietStart: s?.quiet_start ?? null,
      quietEnd: s?.quiet_end ?? null,
      updatedAt: s?.updated_at ?? null,
      updatedBy: s?.updated_by ?? null,
    };
  });
  return { unitId, unitName, robots, permissions: unitRobotPermissions(actor) };
}

/** Robots are reached over https only (plain http only for hosts in ROBOT_HTTP_HOSTS, i.e. local test receivers). */
function checkWebhook(ctx: AppContext, channel: 'dingtalk' | 'wecom', webhook: string): void {
  let url: URL;
  try {
    url = new URL(webhook);
  } catch {
    throw badRequest(`${ROBOT_CHANNEL_LABELS[channel]}的 Webhook 地址格式不正确，请从群设置中完整复制。`, { field: 'webhook' });
  }
  const httpAllowed = url.protocol === 'http:' && ctx.config.notify.robotHttpHosts.includes(url.hostname);
  if (url.protocol !== 'https:' && !httpAllowed) {
    throw badRequest(`${ROBOT_CHANNEL_LABELS[channel]}的 Webhook 地址必须以 https:// 开头，请从群设置中复制完整的 https 地址。`, { field: 'webhook' });
  }
}

export async function saveUnitRobot(ctx: AppContext, actor: Actor, unitId: number, body: RobotSettingBody): Promise<UnitRobotSettings> {
  if (!canEditUnitRobots(actor)) throw forbidden('只有督查室或系统管理员可以设置单位的群机器人。');
  if (!(await findUnitName(ctx.db, unitId))) throw notFound('单位');
  const label = ROBOT_CHANNEL_LABELS[body.channel];
  const [existing] = (await findRobotSettings(ctx.db, [unitId])).filter((r) => r.channel === body.channel);
  if (body.remove) {
    await ctx.db.transaction().execute(async (trx) => {
      await deleteRobotSetting(trx, unitId, body.channel);
      await writeAudit(trx, actor, { action: 'delete', entity: 'unit_robot_setting', entityId: unitId, summary: `删除单位的${label}` });
    });
    return getUnitRobots(ctx, actor, unitId);
  }
  const webhook = body.webhook?.trim() ?? '';
  if (!webhook && !existing) throw badRequest(`请填写${label}的 Webhook 地址。`, { field: 'webhook' });
  if (webhook) checkWebhook(ctx, body.channel, webhook);
  if (body.channel === 'wecom' && webhook && !/[?&]key=[^&]+/.test(webhook))
    throw badRequest('企业微信群机器人的 Webhook 地址应包含 key=…，请从群机器人设置中完整复制。', { field: 'webhook' });
  if (((body.quietStart ?? null) === null) !== ((body.quietEnd ?? null) === null))
    throw badRequest('免打扰时段需要同时填写开始和结束时间。', { field: 'quietEnd' });
  const key = secretKey(ctx.config);
  const secretEnc = body.secret === undefined ? (existing?.secret_enc ?? null) : body.secret ? encryptSecret(key, body.secret) : null;
  const row = {
    unit_id: unitId,
    channel: body.channel,
    webhook_enc: webhook ? encryptSecret(key, webhook) : existing!.webhook_enc,
    secret_enc: body.channel === 'dingtalk' ? secretEnc : null,
    is_enabled: body.enabled ? 1 : 0,
    quiet_start: body.quietStart ?? null,
    quiet_end: body.quietEnd ?? null,
    updated_by: actor.username,
    updated_at: nowIso(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await upsertRobotSetting(trx, row);
    // the audit row says what changed, never the webhook or the secret
    await writeAudit(trx, actor, {
      action: existing ? 'update' : 'create',
      entity: 'unit_robot_setting',
      entityId: unitId,
      summary: `${existing ? '修改' : '设置'}单位的${label}${body.enabled ? '' : '（停用）'}`,
      after: { channel: body.channel, enabled: body.enabled, webhookChanged: !!webhook, secretChanged: body.secret !== undefined },
    });
  });
  return getUnitRobots(ctx, actor, unitId);
}
