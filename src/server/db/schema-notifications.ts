import type { ColumnType, Generated } from 'kysely';
import type { Flag, Timestamp } from './schema-common';

/** Tables of the notifications module (issue 11): outbox events, in-app items, deliveries, robot settings, preferences. */
export type DeliveryChannel = 'email' | 'dingtalk' | 'wecom';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface NotificationEventTable {
  id: Generated<number>;
  kind: string;
  title: string;
  body: string;
  /** the web path of the thing, e.g. /projects/3/weekly */
  link: string;
  entity: string;
  entity_id: number | null;
  project_id: number | null;
  dedupe_key: string | null;
  created_by: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

export interface NotificationTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  read_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

export interface NotificationDeliveryTable {
  id: Generated<number>;
  event_id: number;
  channel: DeliveryChannel;
  recipient_key: string;
  user_id: number | null;
  unit_id: number | null;
  address: string | null;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Timestamp;
  claimed_by: string | null;
  claimed_at: Timestamp | null;
  last_error: string | null;
  sent_at: Timestamp | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

export interface UnitRobotSettingTable {
  unit_id: number;
  channel: 'dingtalk' | 'wecom';
  /** AES-256-GCM, see secret-box.ts */
  webhook_enc: string;
  secret_enc: string | null;
  is_enabled: Flag;
  quiet_start: string | null;
  quiet_end: string | null;
  updated_by: string;
  updated_at: Timestamp;
}

export interface NotificationPreferenceTable {
  user_id: number;
  email: string | null;
  email_enabled: Flag;
  mobile: string | null;
  robot_enabled: Flag;
  /** local 'HH:MM' Asia/Shanghai; e-mail and robot deliveries wait until quiet_end */
  quiet_start: string | null;
  quiet_end: string | null;
  /** bumped on each save (own settings only, so no optimistic lock) */
  version: number;
  updated_at: Timestamp;
}
