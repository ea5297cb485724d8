import type { Me } from '../../../contract/auth.contract';
import { ROLE_LABELS, type Role } from '../../../contract/common.contract';

export { ROLE_LABELS };

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

/*
 * The role helpers below decide menus and where a page sends a user. A button on a record (a project, a plan, a
 * user, a report…) reads that record's `permissions` from the server instead, so it shows only what the server honours.
 */

/** Unit roles act for one unit and must be attached to it. */
export function isUnitRole(role: Role | undefined): boolean {
  return role === 'unit_manager' || role === 'unit_staff';
}

/** Who sees 导入通知 in the menu and on the empty home page (the server checks again). */
export function canImportNotice(user: Me): boolean {
  return user.role === 'admin' || user.role === 'supervisor';
}

/** Who sees the 目标审核 and 变更审批 menu entries (on a plan, read `plan.permissions.canReview`). */
export function canReviewTargets(user: Me): boolean {
  return user.role === 'admin' || user.role === 'supervisor';
}

/** Who sees the weekly review menu entry (the server checks again). */
export function canReviewWeekly(user: Me): boolean {
  return user.role === 'admin' || user.role === 'supervisor';
}

/** 专项台账: the 督查室 and the leaders read the master ledger. */
export function canViewLedger(user: Me): boolean {
  return user.role === 'admin' || user.role === 'supervisor' || user.role === 'leader';
}

export function isAdmin(user: Me): boolean {
  return user.role === 'admin';
}

/** The rule the server applies to passwords: ≥ 8 characters with 3 of lower, upper, digit, symbol. */
export const PASSWORD_RULE_HINT = '至少8位，包含大写字母、小写字母、数字、符号中的三类';

export function isStrongPassword(password: string): boolean {
  if (password.length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password));
  return classes.length >= 3;
}
