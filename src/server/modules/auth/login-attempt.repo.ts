import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export async function recordLoginAttempt(db: Kysely<DB>, username: string, ip: string, isSuccess: boolean): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({ username: username.slice(0, 64), ip, at: new Date().toISOString(), is_success: isSuccess ? 1 : 0 })
    .execute();
}

/** Failed sign-ins from one address since a moment; kept in the database so every app process sees them. */
export async function countFailuresFromIp(db: Kysely<DB>, ip: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('is_success', '=', 0)
    .where('at', '>=', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
