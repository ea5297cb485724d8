import type { Insertable, Kysely } from 'kysely';
import type { DB, Role, UserTable, UserUpdate } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

const userColumns = [
  'user.id',
  'user.username',
  'user.display_name as displayName',
  'user.role',
  'user.unit_id as unitId',
  'unit.name as unitName',
  'user.is_disabled as isDisabled',
  'user.must_change_password as mustChangePassword',
  'user.last_login_at as lastLoginAt',
  'user.created_at as createdAt',
  'user.version',
] as const;

function selectUsers(db: Kysely<DB>) {
  return db.selectFrom('user').leftJoin('unit', 'unit.id', 'user.unit_id').select(userColumns);
}

export type UserRecord = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export function findUserById(db: Kysely<DB>, id: number) {
  return selectUsers(db).where('user.id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<DB>) {
  return selectUsers(db).orderBy('user.id').execute();
}

/** The columns sign-in needs, including the hash; never returned to a client. */
export function findCredentials(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('user')
    .select(['id', 'username', 'password_hash', 'is_disabled', 'failed_login_count', 'locked_until'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export function findPasswordHash(db: Kysely<DB>, id: number) {
  return db.selectFrom('user').select(['password_hash']).where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Kysely<DB>, user: Insertable<UserTable>): Promise<number> {
  const row = await db.insertInto('user').values(user).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Update with an optimistic version check when `expectedVersion` is given; returns false on a stale version. */
export async function updateUser(db: Kysely<DB>, id: number, changes: UserUpdate, expectedVersion?: number): Promise<boolean> {
  return updateVersioned(db, 'user', id, expectedVersion ?? 'any', changes);
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Whether an active (not disabled) account holds this role. */
export async function activeRoleExists(db: Kysely<DB>, role: Role): Promise<boolean> {
  const row = await db.selectFrom('user').select('id').where('role', '=', role).where('is_disabled', '=', 0).executeTakeFirst();
  return row !== undefined;
}

/** True when a user with this username exists (usernames are unique). */
export async function usernameExists(db: Kysely<DB>, username: string): Promise<boolean> {
  return (await db.selectFrom('user').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
}

/** A failed login: the new failure count and, once the limit is reached, the lock (the count starts again). */
export async function recordFailedLogin(db: Kysely<DB>, id: number, failures: number, lockedUntil: string | null): Promise<void> {
  await db
    .updateTable('user')
    .set({ failed_login_count: lockedUntil ? 0 : failures, locked_until: lockedUntil })
    .where('id', '=', id)
    .execute();
}

/** A successful login clears the failures and the lock and notes when. */
export async function recordSuccessfulLogin(db: Kysely<DB>, id: number, at: string): Promise<void> {
  await db.updateTable('user').set({ failed_login_count: 0, locked_until: null, last_login_at: at }).where('id', '=', id).execute();
}
