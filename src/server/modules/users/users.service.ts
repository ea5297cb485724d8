import type { NewUserInput, User, UserChangeInput } from '../../../contract/users.contract';
import type { Actor } from '../../auth/actor';
import { ROLE_LABELS, isUnitRole } from '../../auth/actor';
import { hashPassword, passwordPolicyProblem } from '../../auth/password';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { Role, UserUpdate } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canChangeUserRole, canDisableUser, canGrantRole, canManageAccount, userPermissions } from '../../policies/user.policy';
import { deleteUserSessions } from '../auth/session.repo';
import { findUnitRow } from '../units/units.repo';
import type { UserRecord } from './users.repo';
import { activeRoleExists, findUserById, insertUser, listUsers, updateUser, usernameExists } from './users.repo';

/** An account as the API shows it, with what the actor may do on it. */
export function toUserView(actor: Actor, u: UserRecord): User {
  return { ...u, isDisabled: Boolean(u.isDisabled), mustChangePassword: Boolean(u.mustChangePassword), permissions: userPermissions(actor, u) };
}

/** Unit roles belong to a unit; office roles and leaders may have one too (for contact) but need not; deputies have none. */
async function checkRoleAndUnit(ctx: AppContext, role: Role, unitId: number | null): Promise<void> {
  if (isUnitRole(role) && unitId === null) throw badRequest(`角色“${ROLE_LABELS[role]}”必须选择所属单位。`, { field: 'unitId' });
  if (role === 'deputy' && unitId !== null) throw badRequest('人大代表账号不属于任何责任单位，请清空所属单位。', { field: 'unitId' });
  if (unitId !== null && !(await findUnitRow(ctx.db, unitId))) throw badRequest('所选单位不存在，请刷新后重新选择。', { field: 'unitId' });
}

const dutyAccountRefusal = (role: Role) => `该账号是${ROLE_LABELS[role]}（三员账号），只能由安全管理员管理。`;

export async function listAllUsers(ctx: AppContext, actor: Actor): Promise<User[]> {
  return (await listUsers(ctx.db)).map((u) => toUserView(actor, u));
}

/** 三员分立: why the actor may not hand out this role, or null. */
async function grantRefusal(ctx: AppContext, actor: Actor, role: Role): Promise<string | null> {
  if (canGrantRole(actor, role, await activeRoleExists(ctx.db, 'security_admin'))) return null;
  return role === 'security_admin'
    ? '系统中已有安全管理员：三员账号（系统管理员、安全管理员、审计管理员）只能由安全管理员创建或授权。'
    : `“${ROLE_LABELS[role]}”属于三员账号，只能由安全管理员创建或授权。`;
}

export async function createUser(ctx: AppContext, actor: Actor, input: NewUserInput): Promise<User> {
  const refusal = await grantRefusal(ctx, actor, input.role);
  if (refusal) throw forbidden(refusal);
  await checkRoleAndUnit(ctx, input.role, input.unitId);
  const problem = passwordPolicyProblem(input.password, input.username);
  if (problem) throw badRequest(`初始密码不符合要求：${problem}`, { field: 'password' });
  const hash = await hashPassword(input.password);
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await usernameExists(trx, input.username)) throw new AppError('CONFLICT', `用户名“${input.username}”已被使用，请换一个。`, { field: 'username' });
    const now = nowIso();
    const newId = await insertUser(trx, {
      username: input.username,
      display_name: input.displayName,
      password_hash: hash,
      role: input.role,
      unit_id: input.unitId,
      is_disabled: 0,
      must_change_password: 1,
      locked_until: null,
      last_login_at: null,
      password_changed_at: null,
      created_at: now,
      updated_at: now,
    });
    const { password: _p, ...shown } = input;
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'user',
      entityId: newId,
      summary: `新建用户 ${input.username}（${ROLE_LABELS[input.role]}）`,
      after: shown,
    });
    return newId;
  });
  return toUserView(actor, (await findUserById(ctx.db, id))!);
}

export async function updateUserAccount(ctx: AppContext, actor: Actor, id: number, input: UserChangeInput): Promise<User> {
  const before = await findUserById(ctx.db, id);
  if (!before) throw notFound('用户');
  if (!canManageAccount(actor, before)) throw forbidden(dutyAccountRefusal(before.role));
  const changesRole = input.role !== undefined && input.role !== before.role;
  if (input.isDisabled && !canDisableUser(actor, before)) throw badRequest('不能停用自己的账号，请由其他管理员操作。', { field: 'isDisabled' });
  if (changesRole && !canChangeUserRole(actor, before, input.role)) {
    throw before.id === actor.id
      ? badRequest('不能修改自己的角色，请由安全管理员操作。', { field: 'role' })
      : forbidden((await grantRefusal(ctx, actor, input.role!)) ?? '无权修改该账号的角色。');
  }
  const role = input.role ?? before.role;
  const unitId = input.unitId === undefined ? before.unitId : input.unitId;
  await checkRoleAndUnit(ctx, role, unitId);
  const changes: UserUpdate = { role, unit_id: unitId };
  if (input.displayName !== undefined) changes.display_name = input.displayName;
  if (input.isDisabled !== undefined) changes.is_disabled = input.isDisabled ? 1 : 0;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateUser(trx, id, changes, input.version))) throw versionConflict('该用户');
    if (input.isDisabled || role !== before.role || unitId !== before.unitId) await deleteUserSessions(trx, id);
    const { version: _v, ...after } = input;
    await writeAudit(trx, actor, {
      action: input.isDisabled === true ? 'disable' : input.isDisabled === false ? 'enable' : 'update',
      entity: 'user',
      entityId: id,
      summary: `${input.isDisabled === true ? '停用' : input.isDisabled === false ? '启用' : '修改'}用户 ${before.username}`,
      before: { displayName: before.displayName, role: before.role, unitId: before.unitId, isDisabled: Boolean(before.isDisabled) },
      after,
    });
  });
  return toUserView(actor, (await findUserById(ctx.db, id))!);
}

export async function resetUserPassword(ctx: AppContext, actor: Actor, id: number, password: string): Promise<void> {
  const user = await findUserById(ctx.db, id);
  if (!user) throw notFound('用户');
  if (!canManageAccount(actor, user)) throw forbidden(dutyAccountRefusal(user.role));
  if (user.id === actor.id) throw badRequest('请在“修改密码”中修改自己的密码。');
  const problem = passwordPolicyProblem(password, user.username);
  if (problem) throw badRequest(`新密码不符合要求：${problem}`, { field: 'password' });
  const hash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, id, { password_hash: hash, must_change_password: 1, failed_login_count: 0, locked_until: null, password_changed_at: nowIso() });
    await deleteUserSessions(trx, id);
    await writeAudit(trx, actor, { action: 'reset_password', entity: 'user', entityId: id, summary: `重置用户 ${user.username} 的密码` });
  });
}
