import type { Insertable, Kysely } from 'kysely';
import type { DB, UserTable, UserUpdate } from '../../db/schema';
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
  const row = await db.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
