import type { Actor, ProjectUnitRef } from './policy-actor';
import { isLeader, isOffice, isUnitRole, readsAll } from './policy-actor';
import { isLeadUser } from './project.policy';

/** The parts of a meeting the rules read. */
export interface MeetingRef {
  id: number;
  host_unit_id: number | null;
  created_by: string;
}

/** The 督查室 (and admin) and leaders read every meeting and every action item. */
export const readsAllMeetings = (actor: Actor) => readsAll(actor);

/**
 * Whether the actor reads a meeting: the 督查室 and leaders all; a unit those it hosted, those where it owns an
 * action item or that discussed a project it works on (`linkedToUnit`: the meetings so linked to the actor's unit,
 * read by the caller from the database).
 */
export function canReadMeeting(actor: Actor, meeting: Pick<MeetingRef, 'id' | 'host_unit_id'>, linkedToUnit: ReadonlySet<number>): boolean {
  if (readsAllMeetings(actor)) return true;
  if (actor.unitId === null) return false;
  return meeting.host_unit_id === actor.unitId || linkedToUnit.has(meeting.id);
}

/** 周例会 are recorded by unit users (of the unit that leads the projects discussed). */
export const canRecordWeeklyMeeting = (actor: Actor) => isUnitRole(actor.role) && actor.unitId !== null;

/** A project may be put on a unit's 周例会 only by users of its lead unit. */
export const canPutOnWeeklyMeeting = (actor: Actor, units: readonly ProjectUnitRef[]) => isLeadUser(actor, units);

/** 专题会议 are called by the leaders (分管领导) or the 督查室. */
export const canRecordTopicMeeting = (actor: Actor) => isLeader(actor) || isOffice(actor);

/** Adding or removing a meeting's files: whoever recorded it, users of its host unit, or the 督查室. */
export function canEditMeeting(actor: Actor, meeting: Pick<MeetingRef, 'host_unit_id' | 'created_by'>): boolean {
  if (isOffice(actor) || meeting.created_by === actor.username) return true;
  return isUnitRole(actor.role) && actor.unitId !== null && actor.unitId === meeting.host_unit_id;
}

/** What the actor may do on one meeting; returned by the meeting views as `permissions`. */
export function meetingPermissions(actor: Actor, meeting: Pick<MeetingRef, 'host_unit_id' | 'created_by'>) {
  return { canEdit: canEditMeeting(actor, meeting) };
}

/**
 * What the actor may record on a plan's meetings page; `leadsActiveProject`: his unit leads an active project of the
 * plan (a 周例会 needs one to discuss).
 */
export function meetingRecordPermissions(actor: Actor, leadsActiveProject: boolean) {
  const canRecordWeekly = canRecordWeeklyMeeting(actor) && leadsActiveProject;
  const canRecordTopic = canRecordTopicMeeting(actor);
  return { canRecord: canRecordWeekly || canRecordTopic, canRecordWeekly, canRecordTopic };
}

export type MeetingPermissions = ReturnType<typeof meetingPermissions>;
export type MeetingRecordPermissions = ReturnType<typeof meetingRecordPermissions>;
