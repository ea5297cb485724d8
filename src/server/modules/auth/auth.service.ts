import type { ChangePasswordBody, Me } from '../../../contract/auth.contract';
import type { Actor } from '../../auth/actor';
import { hashPassword, passwordPolicyProblem, verifyPassword } from '../../auth/password';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, notFound } from '../../errors';
import { findCredentials, findPasswordHash, findUserById, recordFailedLogin, recordSuccessfulLogin, updateUser } from '../users/users.repo';
import { countFailuresFromIp, recordLoginAttempt } from './login-attempt.repo';
import { deleteSession, deleteUserSessions, insertSession } from './session.repo';

/** Lock an account for LOCK_MINUTES after MAX_FAILURES wrong passwords in a row (DESIGN §8). */
const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
/** Per-address limit across all accounts, against password spraying. */
const MAX_IP_FAILURES = 20;

// Verifying against a real hash for unknown users keeps response time from telling which usernames exist.
const dummyHash = hashPassword('dummy-password-Aa1!');

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: number;
  expiresAt: string;
}

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', '用户名或密码不正确。');

/**
 * Sign in with a fresh session id; the session the browser came with (if any, e.g. one planted by an attacker or an
 * earlier sign-in) is revoked, so no id known before sign-in is valid after it.
 */
export async function login(
  ctx: AppContext,
  input: { username: string; password: string; ip: string; userAgent: string | null; previousSessionId: string | null },
): Promise<LoginResult> {
  const { db } = ctx;
  const since = new Date(Date.now() - LOCK_MINUTES * 60_000).toISOString();
  if ((await countFailuresFromIp(db, input.ip, since)) >= MAX_IP_FAILURES) {
    throw new AppError('RATE_LIMITED', `该网络地址登录失败次数过多，请 ${LOCK_MINUTES} 分钟后再试。`);
  }
  const user = await findCredentials(db, input.username);
  const who = { id: user?.id ?? null, username: input.username.slice(0, 64), ip: input.ip };
  if (user?.locked_until && user.locked_until > nowIso()) {
    throw new AppError('ACCOUNT_LOCKED', `密码连续输错 ${MAX_FAILURES} 次，账号已临时锁定，请 ${LOCK_MINUTES} 分钟后再试或联系管理员。`);
  }
  const isValid = user ? await verifyPassword(input.password, user.password_hash) : (await verifyPassword(input.password, await dummyHash), false);
  if (!user || !isValid || user.is_disabled) {
    await db.transaction().execute(async (trx) => {
      await recordLoginAttempt(trx, input.username, input.ip, false);
      if (user && !isValid) {
        const failures = user.failed_login_count + 1;
        const lockedUntil = failures >= MAX_FAILURES ? new Date(Date.now() + LOCK_MINUTES * 60_000).toISOString() : null;
        await recordFailedLogin(trx, user.id, failures, lockedUntil);
        await writeAudit(trx, who, {
          action: lockedUntil ? 'lock' : 'login_failed',
          entity: 'user',
          entityId: user.id,
          summary: lockedUntil ? `账号 ${user.username} 连续输错密码被临时锁定` : `账号 ${user.username} 登录失败（密码错误）`,
        });
      } else {
        await writeAudit(trx, who, {
          action: 'login_failed',
          entity: 'user',
          entityId: user?.id ?? null,
          summary: user ? `已停用账号 ${user.username} 尝试登录` : `未知用户名 ${input.username.slice(0, 64)} 尝试登录`,
        });
      }
    });
    if (user?.is_disabled && isValid) throw new AppError('ACCOUNT_DISABLED', '该账号已停用，请联系系统管理员。');
    throw invalidCredentials();
  }
  const expiresAt = new Date(Date.now() + ctx.config.sessionAbsoluteHours * 3_600_000).toISOString();
  return db.transaction().execute(async (trx) => {
    await recordLoginAttempt(trx, user.username, input.ip, true);
    await recordSuccessfulLogin(trx, user.id, nowIso());
    if (input.previousSessionId) await deleteSession(trx, input.previousSessionId);
    const session = await insertSession(trx, { userId: user.id, ip: input.ip, userAgent: input.userAgent, expiresAt });
    await writeAudit(trx, who, { action: 'login', entity: 'session', entityId: user.id, summary: `${user.username} 登录` });
    return { ...session, userId: user.id, expiresAt };
  });
}

export async function logout(ctx: AppContext, actor: Actor, sessionId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    await writeAudit(trx, actor, { action: 'logout', entity: 'session', entityId: actor.id, summary: `${actor.username} 退出登录` });
  });
}

/** Change one's own password; other sessions of the user are revoked. */
export async function changePassword(ctx: AppContext, actor: Actor, sessionId: string, input: ChangePasswordBody): Promise<void> {
  const row = await findPasswordHash(ctx.db, actor.id);
  if (!row || !(await verifyPassword(input.currentPassword, row.password_hash))) {
    throw badRequest('当前密码不正确，请重新输入。', { field: 'currentPassword' });
  }
  const problem = passwordPolicyProblem(input.newPassword, actor.username);
  if (problem) throw badRequest(problem, { field: 'newPassword' });
  if (input.newPassword === input.currentPassword) throw badRequest('新密码不能与当前密码相同。', { field: 'newPassword' });
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, actor.id, { password_hash: hash, must_change_password: 0, password_changed_at: nowIso() });
    await deleteUserSessions(trx, actor.id, sessionId);
    await writeAudit(trx, actor, { action: 'change_password', entity: 'user', entityId: actor.id, summary: `${actor.username} 修改了自己的密码` });
  });
}

/** The signed-in user as GET /auth/me and the login answer show it. */
export async function loadMe(ctx: AppContext, userId: number): Promise<Me> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw notFound('用户');
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitName: user.unitName,
    mustChangePassword: Boolean(user.mustChangePassword),
  };
}
