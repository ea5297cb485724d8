import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export interface NewSession {
  userId: number;
  ip: string | null;
  userAgent: string | null;
  expiresAt: string;
}

/** Create a session; returns the opaque cookie token (only its hash is stored) and the CSRF token. */
export async function insertSession(db: Kysely<DB>, s: NewSession): Promise<{ token: string; csrfToken: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const now = new Date().toISOString();
  await db
    .insertInto('session')
    .values({
      id: hashToken(token),
      user_id: s.userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken };
}

export function findSessionWithUser(db: Kysely<DB>, token: string) {
  return db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.user_id')
    .leftJoin('unit', 'unit.id', 'user.unit_id')
    .select([
      'session.id as sessionId',
      'session.csrf_token as csrfToken',
      'session.last_seen_at as lastSeenAt',
      'session.expires_at as expiresAt',
      'user.id as userId',
      'user.username',
      'user.display_name as displayName',
      'user.role',
      'user.unit_id as unitId',
      'unit.name as unitName',
      'user.is_disabled as isDisabled',
      'user.must_change_password as mustChangePassword',
    ])
    .where('session.id', '=', hashToken(token))
    .executeTakeFirst();
}

export type SessionWithUser = NonNullable<Awaited<ReturnType<typeof findSessionWithUser>>>;

export async function touchSession(db: Kysely<DB>, sessionId: string, at: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/** Revoke every session of a user (password change, disable), optionally keeping the current one. */
export async function deleteUserSessions(db: Kysely<DB>, userId: number, keepSessionId?: string): Promise<void> {
  let q = db.deleteFrom('session').where('user_id', '=', userId);
  if (keepSessionId) q = q.where('id', '!=', keepSessionId);
  await q.execute();
}
