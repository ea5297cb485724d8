import type { Expression, ExpressionBuilder, Generated, Kysely, SqlBool, UpdateObject } from 'kysely';
import { nowIso } from '../context';
import type { DB } from './schema';

/**
 * Optimistic locking, written once: a row carries a `version`; a write names the version it was read at,
 * touches the row only while that is still the version, and moves the version on by one.
 */

/** The tables with an optimistic-lock `version` (a revision's `version` is a plain copy, not a lock). */
export type VersionedTable = { [T in keyof DB]: DB[T] extends { version: Generated<number> } ? T : never }[keyof DB];

/** The column a versioned row is found by: `id`, except the workday schedule, one row per year. */
const KEY_COLUMN = {
  plan: 'id',
  project: 'id',
  user: 'id',
  target: 'id',
  milestone: 'id',
  weekly_update: 'id',
  co_unit_note: 'id',
  blocker: 'id',
  green_channel_request: 'id',
  meeting: 'id',
  action_item: 'id',
  instruction: 'id',
  workday_schedule: 'year',
  monthly_report: 'id',
  bulletin: 'id',
  supervision_notice: 'id',
  inspection: 'id',
  inspection_finding: 'id',
  rectification: 'id',
  assessment_rubric: 'id',
  public_comment: 'id',
  rating_follow_up: 'id',
  solicitation: 'id',
  vote_candidate: 'id',
  vote_session: 'id',
} as const satisfies { [T in VersionedTable]: keyof DB[T] & ('id' | 'year') };

/** Whether a table has `updated_at`, spelled out for the runtime and checked against the schema by the compiler. */
const HAS_UPDATED_AT: { [T in VersionedTable]: 'updated_at' extends keyof DB[T] ? true : false } = {
  plan: true,
  project: true,
  user: true,
  target: true,
  milestone: true,
  weekly_update: true,
  co_unit_note: true,
  blocker: false,
  green_channel_request: false,
  meeting: true,
  action_item: false,
  instruction: false,
  workday_schedule: true,
  monthly_report: true,
  bulletin: true,
  supervision_notice: false,
  inspection: true,
  inspection_finding: true,
  rectification: false,
  assessment_rubric: true,
  public_comment: false,
  rating_follow_up: false,
  solicitation: true,
  vote_candidate: true,
  vote_session: true,
};

/** What a caller may change: any column but the version, which the helper moves on itself. */
export type VersionedChanges<T extends VersionedTable> = Omit<UpdateObject<DB, T>, 'version'>;

export interface VersionedUpdateOptions<T extends VersionedTable> {
  /** set updated_at to now where the table has it (default true; no effect on a table without it) */
  touch?: boolean;
  /** a further condition the row must meet, e.g. still a draft; a row that fails it counts as a conflict */
  where?: (eb: ExpressionBuilder<DB, T>) => Expression<SqlBool>;
}

// Kysely's types are too strict to follow a table chosen by a type parameter inside a function body
// (kysely-org/kysely#995); the exported signatures carry the checks, the bodies speak to this erased shape.
interface ErasedRow {
  id: number;
  year: number;
  version: number;
  updated_at: string;
}
type ErasedDB = Record<VersionedTable, ErasedRow>;
type ErasedWhere = (eb: ExpressionBuilder<ErasedDB, VersionedTable>) => Expression<SqlBool>;

/**
 * UPDATE `table` SET changes, version = version + 1 (and updated_at = now) WHERE key = `key` AND version = `expectedVersion`
 * (AND `options.where`). Returns false when no row matched: the row moved on since it was read, is gone, or fails the condition.
 * `expectedVersion` 'any' skips the check (a write that must win, e.g. an admin's password reset) but still moves the version on.
 * Pass the transaction as `db` to write inside it.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<DB>,
  table: T,
  key: number,
  expectedVersion: number | 'any',
  changes: VersionedChanges<T>,
  options: VersionedUpdateOptions<T> = {},
): Promise<boolean> {
  const touch = (options.touch ?? true) && HAS_UPDATED_AT[table];
  const keyColumn: 'id' | 'year' = KEY_COLUMN[table];
  let query = (db as unknown as Kysely<ErasedDB>)
    .updateTable(table as VersionedTable)
    .set((eb) => ({
      ...(changes as UpdateObject<ErasedDB, VersionedTable>),
      version: eb('version', '+', 1),
      ...(touch ? { updated_at: nowIso() } : {}),
    }))
    .where(keyColumn, '=', key);
  if (expectedVersion !== 'any') query = query.where('version', '=', expectedVersion);
  if (options.where) query = query.where(options.where as unknown as ErasedWhere);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** DELETE FROM `table` WHERE key = `key` AND version = `expectedVersion`; false when no row matched (moved on, or gone). */
export async function deleteVersioned(db: Kysely<DB>, table: VersionedTable, key: number, expectedVersion: number): Promise<boolean> {
  const result = await (db as unknown as Kysely<ErasedDB>)
    .deleteFrom(table)
    .where(KEY_COLUMN[table], '=', key)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
