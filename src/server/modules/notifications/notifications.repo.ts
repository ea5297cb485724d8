/** The notifications module's SQL: outbox events, in-app items, deliveries, preferences and robot settings. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, NotificationDeliveryTable, NotificationEventTable, NotificationPreferenceTable, Role, UnitRobotSettingTable } from '../../db/schema';

/** Store an event; null when its dedupe key is already stored (a reminder enqueued by another process). */
export async function insertEvent(db: Kysely<DB>, row: Insertable<NotificationEventTable>): Promise<number | null> {
  const inserted = await db
    .insertInto('notification_event')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

export interface RecipientUser {
  id: number;
  unit_id: number | null;
}

/** Active users named directly, of the given units (unit roles) or of the given roles. */
export async function findRecipientUsers(db: Kysely<DB>, spec: { userIds: number[]; unitIds: number[]; roles: Role[] }): Promise<RecipientUser[]> {
  if (!spec.userIds.length && !spec.unitIds.length && !spec.roles.length) return [];
  return db
    .selectFrom('user')
    .select(['user.id', 'user.unit_id'])
    .where('user.is_disabled', '=', 0)
    .where((eb) => {
      const ors = [];
      if (spec.userIds.length) ors.push(eb('user.id', 'in', spec.userIds));
      if (spec.unitIds.length) ors.push(eb.and([eb('user.unit_id', 'in', spec.unitIds), eb('user.role', 'in', ['unit_manager', 'unit_staff'])]));
      if (spec.roles.length) ors.push(eb('user.role', 'in', spec.roles));
      return eb.or(ors);
    })
    .orderBy('user.id')
    .execute();
}

/** The units of a project (lead, co, or both). */
export async function projectUnitIds(db: Kysely<DB>, projectId: number, role?: 'lead' | 'co'): Promise<number[]> {
  let q = db.selectFrom('project_unit').select('unit_id').where('project_id', '=', projectId);
  if (role) q = q.where('role', '=', role);
  return (await q.execute()).map((r) => r.unit_id);
}

/** Every unit of a plan's active projects. */
export async function planUnitIds(db: Kysely<DB>, planId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('project_unit')
    .innerJoin('project', 'project.id', 'project_unit.project_id')
    .select('project_unit.unit_id')
    .distinct()
    .where('project.plan_id', '=', planId)
    .where('project.status', '=', 'active')
    .execute();
  return rows.map((r) => r.unit_id);
}

export async function projectLeaderIds(db: Kysely<DB>, projectId: number): Promise<number[]> {
  return (await db.selectFrom('project_leader').select('user_id').where('project_id', '=', projectId).execute()).map((r) => r.user_id);
}

const prefColumns = ['user_id', 'email', 'email_enabled', 'mobile', 'robot_enabled', 'quiet_start', 'quiet_end', 'version', 'updated_at'] as const;

export async function findPreferences(db: Kysely<DB>, userIds: number[]) {
  if (!userIds.length) return [];
  return db.selectFrom('notification_preference').select(prefColumns).where('user_id', 'in', userIds).execute();
}

export async function upsertPreference(db: Kysely<DB>, row: NotificationPreferenceTable): Promise<void> {
  const { user_id: _id, ...changes } = row;
  await db
    .insertInto('notification_preference')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
    .execute();
}

const robotColumns = ['unit_id', 'channel', 'webhook_enc', 'secret_enc', 'is_enabled', 'quiet_start', 'quiet_end', 'updated_by', 'updated_at'] as const;

export async function findRobotSettings(db: Kysely<DB>, unitIds: number[], enabledOnly = false) {
  if (!unitIds.length) return [];
  let q = db.selectFrom('unit_robot_setting').select(robotColumns).where('unit_id', 'in', unitIds);
  if (enabledOnly) q = q.where('is_enabled', '=', 1);
  return q.orderBy('unit_id').orderBy('channel').execute();
}

export async function upsertRobotSetting(db: Kysely<DB>, row: UnitRobotSettingTable): Promise<void> {
  const { unit_id: _u, channel: _c, ...changes } = row;
  await db
    .insertInto('unit_robot_setting')
    .values(row)
    .onConflict((oc) => oc.columns(['unit_id', 'channel']).doUpdateSet(changes))
    .execute();
}

export async function deleteRobotSetting(db: Kysely<DB>, unitId: number, channel: 'dingtalk' | 'wecom'): Promise<void> {
  await db.deleteFrom('unit_robot_setting').where('unit_id', '=', unitId).where('channel', '=', channel).execute();
}

export async function findUnitName(db: Kysely<DB>, unitId: number): Promise<string | undefined> {
  return (await db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirst())?.name;
}

export async function insertNotifications(db: Kysely<DB>, eventId: number, userIds: number[], at: string): Promise<void> {
  if (!userIds.length) return;
  await db
    .insertInto('notification')
    .values(userIds.map((user_id) => ({ event_id: eventId, user_id, read_at: null, created_at: at })))
    .execute();
}

export async function insertDeliveries(db: Kysely<DB>, rows: Insertable<NotificationDeliveryTable>[]): Promise<void> {
  if (!rows.length) return;
  await db.insertInto('notification_delivery').values(rows).execute();
}

// ---- the in-app centre

const itemColumns = [
  'notification.id',
  'notification.read_at',
  'notification.created_at',
  'notification_event.kind',
  'notification_event.title',
  'notification_event.body',
  'notification_event.link',
] as const;

export async function listUserNotifications(db: Kysely<DB>, userId: number, opts: { unreadOnly: boolean; limit: number; offset: number }) {
  let q = db
    .selectFrom('notification')
    .innerJoin('notification_event', 'notification_event.id', 'notification.event_id')
    .where('notification.user_id', '=', userId);
  if (opts.unreadOnly) q = q.where('notification.read_at', 'is', null);
  const [rows, total] = await Promise.all([
    q.select(itemColumns).orderBy('notification.id', 'desc').limit(opts.limit).offset(opts.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function countUnread(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotificationOwner(db: Kysely<DB>, id: number) {
  return db.selectFrom('notification').select(['id', 'user_id', 'read_at']).where('id', '=', id).executeTakeFirst();
}

export async function markRead(db: Kysely<DB>, userId: number, at: string, id?: number): Promise<number> {
  let q = db.updateTable('notification').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== undefined) q = q.where('id', '=', id);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// ---- the delivery log

export async function listDeliveries(db: Kysely<DB>, opts: { status?: string; limit: number; offset: number }) {
  let q = db
    .selectFrom('notification_delivery')
    .innerJoin('notification_event', 'notification_event.id', 'notification_delivery.event_id')
    .leftJoin('user', 'user.id', 'notification_delivery.user_id')
    .leftJoin('unit', 'unit.id', 'notification_delivery.unit_id');
  if (opts.status) q = q.where('notification_delivery.status', '=', opts.status as NotificationDeliveryTable['status']);
  const [rows, total] = await Promise.all([
    q
      .select([
        'notification_delivery.id',
        'notification_delivery.event_id',
        'notification_delivery.channel',
        'notification_delivery.address',
        'notification_delivery.status',
        'notification_delivery.attempts',
        'notification_delivery.next_attempt_at',
        'notification_delivery.last_error',
        'notification_delivery.sent_at',
        'notification_delivery.created_at',
        'notification_event.kind',
        'notification_event.title',
        'user.display_name as user_name',
        'unit.name as unit_name',
      ])
      .orderBy('notification_delivery.id', 'desc')
      .limit(opts.limit)
      .offset(opts.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
