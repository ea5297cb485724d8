import type { Actor } from '../../auth/actor';
import { isOffice, isUnitRole } from '../../auth/actor';
import type { AppContext } from '../../context';
import { meetingIdsWithItemsOfUnit, meetingIdsWithProjectsOfUnit } from './meetings.repo';

/** The parts of a meeting row the access rules read. */
export interface MeetingAccessRow {
  id: number;
  host_unit_id: number | null;
  created_by: string;
}

/** The 督查室 (and admin) and leaders read every meeting and every action item. */
const readsAll = (actor: Actor) => isOffice(actor) || actor.role === 'leader';

/** Which meetings a user may read: the 督查室 and leaders all; a unit those it hosted, owns items of, or whose projects it runs. */
export async function visibleFilter(ctx: AppContext, actor: Actor, meetingIds: number[]): Promise<(m: { id: number; host_unit_id: number | null }) => boolean> {
  if (readsAll(actor)) return () => true;
  const unitId = actor.unitId;
  if (unitId === null || meetingIds.length === 0) return () => false;
  const viaItems = await meetingIdsWithItemsOfUnit(ctx.db, meetingIds, unitId);
  const viaProjects = await meetingIdsWithProjectsOfUnit(ctx.db, meetingIds, unitId);
  const ids = new Set([...viaItems, ...viaProjects]);
  return (m) => m.host_unit_id === unitId || ids.has(m.id);
}

/**
 * An action item (overdue ones included) is seen by its owner unit, the meeting's host unit, the 督查室 and leaders;
 * a unit that reads the meeting only because it works on a discussed project does not see other units' items.
 */
export function canSeeItem(actor: Actor, meeting: { host_unit_id: number | null }, item: { owner_unit_id: number }): boolean {
  if (readsAll(actor)) return true;
  return actor.unitId !== null && (actor.unitId === item.owner_unit_id || actor.unitId === meeting.host_unit_id);
}

/** 办结: users of the owner unit or the 督查室, while the item is open. */
export function canCloseItem(actor: Actor, item: { owner_unit_id: number; status: string }): boolean {
  if (item.status === 'done') return false;
  return isOffice(actor) || (isUnitRole(actor.role) && actor.unitId === item.owner_unit_id);
}

/** Adding or removing a meeting's files: whoever recorded it, users of its host unit, or the 督查室. */
export function canEditMeeting(actor: Actor, meeting: MeetingAccessRow): boolean {
  if (isOffice(actor) || meeting.created_by === actor.username) return true;
  return isUnitRole(actor.role) && actor.unitId !== null && actor.unitId === meeting.host_unit_id;
}
