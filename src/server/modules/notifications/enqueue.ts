/**
 * The outbox. Other modules call `enqueueNotification(trx, event)` INSIDE the transaction of the change, so the
 * event, its in-app items and its delivery rows commit or roll back with the change. Nothing is sent here: the
 * delivery worker sends later, so a failing channel never fails the change.
 */
import type { Kysely } from 'kysely';
import { NOTIFICATION_KIND_ENTITY } from '../../../contract/notifications.contract';
import type { NotificationKind } from '../../../contract/notifications.contract';
import type { DB, Role } from '../../db/schema';
import type { Insertable } from 'kysely';
import type { NotificationDeliveryTable } from '../../db/schema';
import { findPreferences, findRecipientUsers, findRobotSettings, insertDeliveries, insertEvent, insertNotifications } from './notifications.repo';
import { afterQuietHours } from './quiet-hours';

/** Who an event reaches: users by id, every unit user of some units, or everyone of some roles. */
export interface Recipients {
  userIds?: number[];
  unitIds?: number[];
  roles?: Role[];
}

/** A typed event: the kind fixes which entity `entityId` names (NOTIFICATION_KIND_ENTITY). */
export interface NotificationEvent<K extends NotificationKind = NotificationKind> {
  kind: K;
  entityId: number | null;
  projectId?: number | null;
  /** one Chinese line, e.g. “项目 3 2024-W23 周台账被退回” */
  title: string;
  body: string;
  /** web path of the thing */
  link: string;
  recipients: Recipients;
  /** username (or 'system:…') that caused it */
  createdBy: string;
  /** scheduled reminders: the same key enqueued twice (two processes, a re-run) is stored once */
  dedupeKey?: string;
}

export interface EnqueueResult {
  eventId: number | null;
  userIds: number[];
  deliveries: number;
}

/** Write the event, one in-app item per recipient user, one delivery per user e-mail and per unit robot. */
export async function enqueueNotification(trx: Kysely<DB>, event: NotificationEvent, now = new Date()): Promise<EnqueueResult> {
  const at = now.toISOString();
  // the write comes first: on SQLite a transaction that writes before it reads waits for the lock (busy_timeout)
  // instead of failing when another process enqueues at the same moment
  const eventId = await insertEvent(trx, {
    kind: event.kind,
    title: event.title.slice(0, 200),
    body: event.body,
    link: event.link,
    entity: NOTIFICATION_KIND_ENTITY[event.kind],
    entity_id: event.entityId,
    project_id: event.projectId ?? null,
    dedupe_key: event.dedupeKey ?? null,
    created_by: event.createdBy,
    created_at: at,
  });
  if (eventId === null) return { eventId: null, userIds: [], deliveries: 0 };
  const users = await findRecipientUsers(trx, {
    userIds: event.recipients.userIds ?? [],
    unitIds: event.recipients.unitIds ?? [],
    roles: event.recipients.roles ?? [],
  });
  const userIds = users.map((u) => u.id);
  await insertNotifications(trx, eventId, userIds, at);

  const prefs = new Map((await findPreferences(trx, userIds)).map((p) => [p.user_id, p]));
  const rows: Insertable<NotificationDeliveryTable>[] = [];
  for (const u of users) {
    const p = prefs.get(u.id);
    if (!p?.email_enabled || !p.email) continue;
    rows.push({
      event_id: eventId,
      channel: 'email',
      recipient_key: `user:${u.id}`,
      user_id: u.id,
      unit_id: u.unit_id,
      address: p.email,
      status: 'pending',
      attempts: 0,
      next_attempt_at: afterQuietHours(now, p.quiet_start, p.quiet_end).toISOString(),
      created_at: at,
    });
  }
  // a unit's group robot carries the event once, @-ing the recipients of the unit who gave a mobile
  const unitIds = [...new Set([...(event.recipients.unitIds ?? []), ...users.map((u) => u.unit_id).filter((id): id is number => id !== null)])];
  for (const robot of await findRobotSettings(trx, unitIds, true)) {
    const members = users.filter((u) => u.unit_id === robot.unit_id);
    if (members.length && members.every((u) => prefs.get(u.id)?.robot_enabled === 0)) continue;
    const mobiles = members
      .map((u) => prefs.get(u.id))
      .filter((p) => p?.robot_enabled !== 0 && p?.mobile)
      .map((p) => p!.mobile as string);
    rows.push({
      event_id: eventId,
      channel: robot.channel,
      recipient_key: `unit:${robot.unit_id}`,
      user_id: null,
      unit_id: robot.unit_id,
      address: mobiles.join(',') || null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: afterQuietHours(now, robot.quiet_start, robot.quiet_end).toISOString(),
      created_at: at,
    });
  }
  await insertDeliveries(trx, rows);
  return { eventId, userIds, deliveries: rows.length };
}
