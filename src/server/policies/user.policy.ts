import { DUTY_ADMIN_ROLES, type Role } from '../../contract/common.contract';
import type { UserPermissions } from '../../contract/users.contract';
import type { Actor } from './policy-actor';

/** An account as the policies see it. */
export interface UserRow {
  id: number;
  role: Role;
}

const isDutyAdminRole = (role: Role) => DUTY_ADMIN_ROLES.includes(role);

/** 用户管理 is open to the 系统管理员 and the 安全管理员 (三员分立, 等保2.0 level 3). */
export const canManageUsers = (actor: Actor) => actor.role === 'admin' || actor.role === 'security_admin';

/**
 * Who looks after an account: the 安全管理员 every account; the 系统管理员 the business accounts only — an account
 * that holds one of the 三员 roles (系统/安全/审计管理员) is the 安全管理员's, so no administrator governs their own
 * duty or the auditor's.
 */
export const canManageAccount = (actor: Actor, user: UserRow) => actor.role === 'security_admin' || (actor.role === 'admin' && !isDutyAdminRole(user.role));

/**
 * Whether the actor may give an account this role (授权): the 安全管理员 any role; the 系统管理员 the business roles,
 * and the first 安全管理员 while the system has none (`hasSecurityAdmin` false), so a new installation can hand over.
 */
export const canGrantRole = (actor: Actor, role: Role, hasSecurityAdmin: boolean) =>
  actor.role === 'security_admin' || (actor.role === 'admin' && (!isDutyAdminRole(role) || (role === 'security_admin' && !hasSecurityAdmin)));

/** 停用 / 启用 an account: whoever looks after it, never on their own account (they would lock themself out). */
export const canDisableUser = (actor: Actor, user: UserRow) => canManageAccount(actor, user) && user.id !== actor.id;

/**
 * Give an account another role: whoever looks after it, never on their own account, and only a role they may grant.
 * Without `role`, whether they may change the account's role at all.
 */
export const canChangeUserRole = (actor: Actor, user: UserRow, role?: Role) =>
  canManageAccount(actor, user) && user.id !== actor.id && (role === undefined || canGrantRole(actor, role, true));

/** What the actor may do on one account; returned by the user views as `permissions`. */
export function userPermissions(actor: Actor, user: UserRow): UserPermissions {
  return {
    canEdit: canManageAccount(actor, user),
    canDisable: canDisableUser(actor, user),
    canChangeRole: canChangeUserRole(actor, user),
    canResetPassword: canManageAccount(actor, user) && user.id !== actor.id,
  };
}
