import type { LightMyRequestResponse } from 'fastify';
import { adminSession, buildUser } from './factories';
import type { UnitUser } from './factories';
import type { Session, TestApp } from './test-app';

/**
 * Steering data (堵点卡点, 绿色通道, 分管领导, 批示, 会议, 通报) built through the API as the user who would make it,
 * so a test starts from the state it checks instead of the state an earlier test left behind.
 */

/** The JSON of a 200 answer; anything else fails the setup loudly with the body the server sent. */
function ok<T>(what: string, res: LightMyRequestResponse): T {
  if (res.statusCode !== 200) throw new Error(`factory: ${what} answered ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

export interface BlockerInput {
  kind: 'approval' | 'funding' | 'land' | 'coordination' | 'other';
  description: string;
  neededFrom?: string | null;
}

/** A blocker raised by a user of the project's lead unit; returns its id. */
export async function buildBlocker(
  t: TestApp,
  lead: Session,
  projectId: number,
  input: BlockerInput = { kind: 'land', description: '用地手续未办结' },
): Promise<number> {
  return ok<{ id: number }>('raise blocker', await t.as(lead, 'POST', `/api/v1/projects/${projectId}/blockers`, input)).id;
}

/** A green-channel request from the lead unit to one co-unit of the blocker's project; returns its id. */
export async function buildGreenChannelRequest(t: TestApp, lead: Session, blockerId: number, coUnitId: number, text = '请协助办理'): Promise<number> {
  return ok<{ id: number }>('green-channel request', await t.as(lead, 'POST', `/api/v1/blockers/${blockerId}/green-channel`, { coUnitId, text })).id;
}

/** The lead unit submits the blocker to the leader (提请领导协调). */
export async function escalateBlocker(t: TestApp, lead: Session, blockerId: number): Promise<void> {
  ok('escalate blocker', await t.as(lead, 'POST', `/api/v1/blockers/${blockerId}/escalate`, {}));
}

/** A signed-in user with the role leader (分管领导), named uniquely unless a name is given. */
export const buildLeader = (t: TestApp, name?: string): Promise<UnitUser> => buildUser(t, 'leader', null, name);

/** The 督查室 sets a project's 分管领导. */
export async function assignLeaders(t: TestApp, projectId: number, userIds: number[]): Promise<void> {
  ok('assign leaders', await t.as(await adminSession(t), 'PUT', `/api/v1/projects/${projectId}/leaders`, { userIds }));
}

export interface InstructionInput {
  text: string;
  blockerId?: number;
  targetKind?: 'weekly_update' | 'blocker';
  targetId?: number;
}

/** A leader's instruction (批示) on a project; returns its id. */
export async function buildInstruction(t: TestApp, leader: Session, projectId: number, input: InstructionInput): Promise<number> {
  return ok<{ id: number }>('instruction', await t.as(leader, 'POST', `/api/v1/projects/${projectId}/instructions`, input)).id;
}

export interface MeetingInput {
  kind: 'weekly' | 'topic';
  date: string;
  host: string;
  attendees?: string;
  minutes?: string;
  projectIds: number[];
  actionItems: { title: string; ownerUnitId?: number; deadline?: string; projectId?: number }[];
}

export interface BuiltMeeting {
  id: number;
  actionItems: { id: number; title: string; status: string }[];
}

/** A meeting recorded by a lead unit (例会) or by a leader or the 督查室 (专题会议), with its action items. */
export async function buildMeeting(t: TestApp, recorder: Session, planId: number, input: MeetingInput): Promise<BuiltMeeting> {
  return ok<BuiltMeeting>('meeting', await t.as(recorder, 'POST', `/api/v1/plans/${planId}/meetings`, input));
}

/** The owner unit (or the 督查室) closes an action item with its evidence. */
export async function closeActionItem(t: TestApp, closer: Session, actionItemId: number, evidence = '已完成'): Promise<void> {
  ok('close action item', await t.as(closer, 'POST', `/api/v1/action-items/${actionItemId}/close`, { evidence }));
}

export interface BuiltBulletin {
  id: number;
  version: number;
  docNumber: string;
  paragraphs: { heading?: string; text: string }[];
  lagging: { name: string }[];
}

/** The 督查室 compiles a month's bulletin draft of a plan. */
export async function buildBulletinDraft(t: TestApp, planId: number, month: string): Promise<BuiltBulletin> {
  return ok<BuiltBulletin>('compile bulletin', await t.as(await adminSession(t), 'POST', `/api/v1/plans/${planId}/bulletins`, { month }));
}

/** The 督查室 edits a draft bulletin (with its current version); returns the edited bulletin. */
export async function editBulletin(
  t: TestApp,
  bulletin: BuiltBulletin,
  patch: { title?: string; docNumber?: string; paragraphs?: BuiltBulletin['paragraphs'] },
): Promise<BuiltBulletin> {
  return ok<BuiltBulletin>(
    'edit bulletin',
    await t.as(await adminSession(t), 'PATCH', `/api/v1/bulletins/${bulletin.id}`, { ...patch, version: bulletin.version }),
  );
}

/** The 督查室 issues a draft bulletin; returns the issued bulletin. */
export async function issueBulletin(t: TestApp, bulletin: BuiltBulletin): Promise<BuiltBulletin> {
  return ok<BuiltBulletin>(
    'issue bulletin',
    await t.as(await adminSession(t), 'POST', `/api/v1/bulletins/${bulletin.id}/issue`, { version: bulletin.version }),
  );
}
