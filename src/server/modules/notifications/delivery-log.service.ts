/** The admin's delivery log: every e-mail and robot delivery with its attempts and last error. */
import type { DeliveryLog, NotificationKind } from '../../../contract/notifications.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { canReadDeliveryLog } from '../../policies/notification.policy';
import { listDeliveries } from './notifications.repo';

export async function deliveryLog(
  ctx: AppContext,
  actor: Actor,
  q: { status?: 'pending' | 'sending' | 'sent' | 'failed'; limit: number; offset: number },
): Promise<DeliveryLog> {
  if (!canReadDeliveryLog(actor)) throw forbidden('只有系统管理员可以查看消息推送记录。');
  const { rows, total } = await listDeliveries(ctx.db, q);
  const items = rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    kind: r.kind as NotificationKind,
    title: r.title,
    channel: r.channel,
    recipient: r.channel === 'email' ? `${r.user_name ?? ''} <${r.address ?? ''}>` : `${r.unit_name ?? ''}群${r.address ? `（@${r.address}）` : ''}`,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    sentAt: r.sent_at,
    createdAt: r.created_at,
  }));
  return { items, total };
}
