import type { Role } from '../../contract/common.contract';
import type { UserPermissions } from '../../contract/users.contract';
import type { Actor } from './policy-actor';

/** An account as the policies see it. */
export interface UserRow {
  id: number;
}

/** Accounts are managed by the 系统管理员 only. */
export const canManageUsers = (actor: Actor) => actor.role === 'admin';

/** 停用 / 启用 an account: an admin, never on their own account (they would lock themself out). */
export const canDisableUser = (actor: Actor, user: UserRow) => canManageUsers(actor) && user.id !== actor.id;

/**
 * Give an account a role: an admin, except that they cannot take away their own admin role (another admin must).
 * Without `role`, whether the admin may give the account another role at all.
 */
export const canChangeUserRole = (actor: Actor, user: UserRow, role?: Role) => canManageUsers(actor) && (user.id !== actor.id || role === 'admin');

/** What the actor may do on one account; returned by the user views as `permissions`. */
export function userPermissions(actor: Actor, user: UserRow): UserPermissions {
  return {
    canEdit: canManageUsers(actor),
    canDisable: canDisableUser(actor, user),
    canChangeRole: canChangeUserRole(actor, user),
    canResetPassword: canManageUsers(actor),
  };
}
