import type { Role } from '../db/schema';

/** The signed-in user acting on a request; services take it first and check rows against it. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  ip: string | null;
}

/** Who wrote an audit row when no signed-in user did (first start, CLI). */
export interface AuditActor {
  id: number | null;
  username: string;
  ip: string | null;
}

export { ROLE_LABELS, ROLES } from '../../contract/common.contract';

export const isUnitRole = (role: Role) => role === 'unit_manager' || role === 'unit_staff';

/** Roles that read and manage every plan (督查室 and admin). */
export const isOffice = (actor: Actor) => actor.role === 'admin' || actor.role === 'supervisor';

export const systemActor = (username = 'system'): AuditActor => ({ id: null, username, ip: null });
