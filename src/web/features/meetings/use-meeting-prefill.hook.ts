import { useMemo } from 'react';
import type { Me } from '../../../contract/auth.contract';
import type { MeetingKind, MeetingRecordPermissions } from '../../../contract/meetings.contract';
import { useBlocker } from '../blockers/use-blockers.query';
import type { MeetingFormInitial } from './meeting-form.drawer';

/** The kinds the server lets the user record (周例会 for a unit leading a project, 专题会议 for leaders and the 督查室). */
export function recordableKinds(permissions: MeetingRecordPermissions | undefined): MeetingKind[] {
  if (!permissions) return [];
  return [...(permissions.canRecordWeekly ? (['weekly'] as const) : []), ...(permissions.canRecordTopic ? (['topic'] as const) : [])];
}

/**
 * The form's opening values when the URL asks for it: `?new=topic&projectId=12&blockerId=5` (the leader page's link)
 * opens a 专题会议 on that project with the minutes referring to the blocker. Null while closed, still loading, or
 * when the user may record no meeting (`kinds` empty).
 */
export function useMeetingPrefill(user: Me, params: URLSearchParams, kinds: MeetingKind[], allowedProjectIds: number[]): MeetingFormInitial | null {
  const requested = params.get('new');
  const projectId = Number(params.get('projectId')) || null;
  const blockerId = Number(params.get('blockerId')) || null;
  const blocker = useBlocker(requested ? blockerId : null);

  return useMemo(() => {
    if (!requested || kinds.length === 0) return null;
    if (blockerId && blocker.isPending) return null;
    const kind = kinds.includes(requested as MeetingKind) ? (requested as MeetingKind) : kinds[0]!;
    const reference = blockerId ? `研究堵点卡点（编号 ${blockerId}）${blocker.data ? `：${blocker.data.description}` : ''}\n` : '';
    return {
      kind,
      // a unit's meeting is hosted in its name; a leader (who has no unit) hosts in his own
      host: user.unitName ?? user.displayName,
      projectIds: projectId && allowedProjectIds.includes(projectId) ? [projectId] : [],
      minutes: reference,
    };
  }, [requested, projectId, blockerId, blocker.isPending, blocker.data, user, kinds, allowedProjectIds]);
}
