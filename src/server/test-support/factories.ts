import type { Role } from '../db/schema';
import type { Session, TestApp } from './test-app';

export const USER_PASSWORD = 'Unit#2024pass';

export async function unitIdByName(t: TestApp, name: string): Promise<number> {
  const row = await t.ctx.db.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export async function projectIdBySeq(t: TestApp, seq: number): Promise<number> {
  const row = await t.ctx.db.selectFrom('project').select('id').where('seq', '=', seq).executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Create a user through the admin API and sign them in, changing the admin-set password first
 * (as a real first login must). Returns the ready session.
 */
export async function signedInUser(t: TestApp, admin: Session, username: string, role: Role, unitName: string | null): Promise<Session> {
  const unitId = unitName ? await unitIdByName(t, unitName) : null;
  const created = await t.as(admin, 'POST', '/api/v1/users', { username, displayName: username, role, unitId, password: 'First#2024pw' });
  if (created.statusCode !== 200) throw new Error(`create ${username}: ${created.body}`);
  const first = await t.login(username, 'First#2024pw');
  const changed = await t.as(first, 'POST', '/api/v1/auth/password', { currentPassword: 'First#2024pw', newPassword: USER_PASSWORD });
  if (changed.statusCode !== 200) throw new Error(`password ${username}: ${changed.body}`);
  return first;
}
