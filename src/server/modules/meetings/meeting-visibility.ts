import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { canReadMeeting, readsAllMeetings } from '../../policies/meeting.policy';
import { meetingIdsWithItemsOfUnit, meetingIdsWithProjectsOfUnit } from './meetings.repo';

/**
 * Which of `meetingIds` the actor may read (meeting.policy's canReadMeeting): reads the meetings linked to the
 * actor's unit by an action item it owns or a project it works on, then filters by the policy.
 */
export async function visibleFilter(ctx: AppContext, actor: Actor, meetingIds: number[]): Promise<(m: { id: number; host_unit_id: number | null }) => boolean> {
  if (readsAllMeetings(actor)) return () => true;
  const unitId = actor.unitId;
  if (unitId === null || meetingIds.length === 0) return () => false;
  const viaItems = await meetingIdsWithItemsOfUnit(ctx.db, meetingIds, unitId);
  const viaProjects = await meetingIdsWithProjectsOfUnit(ctx.db, meetingIds, unitId);
  const linked = new Set([...viaItems, ...viaProjects]);
  return (m) => canReadMeeting(actor, m, linked);
}
