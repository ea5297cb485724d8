import { useMemo } from 'react';
import type { Me, Role } from '../../api/api.types';
import type { MeetingKind } from '../../api/meeting-api.types';
import { useBlocker } from '../blockers/use-blockers.query';
import type { MeetingFormInitial } from './meeting-form.drawer';

/** Which kinds a user may record: 周例会 for unit users, 专题会议 for leaders and the 督查室 (the server enforces the same). */
export function meetingKindsFor(role: Role): MeetingKind[] {
  if (role === 'unit_manager' || role === 'unit_staff') return ['weekly'];
  return ['topic'];
}

/**
 * The form's opening values when the URL asks for it: `?new=topic&projectId=12&blockerId=5` (the leader page's link)
 * opens a 专题会议 on that project with the minutes referring to the blocker. Null while closed or still loading.
 */
export function useMeetingPrefill(user: Me, params: URLSearchParams, allowedProjectIds: number[]): MeetingFormInitial | null {
  const requested = params.get('new');
  const projectId = Number(params.get('projectId')) || null;
  const blockerId = Number(params.get('blockerId')) || null;
  const blocker = useBlocker(requested ? blockerId : null);

  return useMemo(() => {
    if (!requested) return null;
    if (blockerId && blocker.isPending) return null;
    const kinds = meetingKindsFor(user.role);
    const kind = kinds.includes(requested as MeetingKind) ? (requested as MeetingKind) : kinds[0]!;
    const reference = blockerId ? `研究堵点卡点（编号 ${blockerId}）${blocker.data ? `：${blocker.data.description}` : ''}\n` : '';
    return {
      kind,
      host: user.role === 'leader' ? user.displayName : (user.unitName ?? user.displayName),
      projectIds: projectId && allowedProjectIds.includes(projectId) ? [projectId] : [],
      minutes: reference,
    };
  }, [requested, projectId, blockerId, blocker.isPending, blocker.data, user, allowedProjectIds]);
}
