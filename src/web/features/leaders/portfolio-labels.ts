import type { ProjectStatus } from '../../../contract/ledger.contract';
import { PROJECT_STATUS_LABELS } from '../weekly/weekly-labels';

/** `0.4567` → `45.7%`; a dash when unknown. */
export function percentText(fraction: number | null): string {
  return fraction === null ? '—' : `${Math.round(fraction * 1000) / 10}%`;
}

/** A status as a label, or 暂无 when the ledger has none yet. */
export function statusText(status: ProjectStatus | null): string {
  return status ? PROJECT_STATUS_LABELS[status] : '暂无';
}

/** 召开专题会: the meetings page opens its topic-meeting form prefilled from these parameters. */
export function topicMeetingLink(planId: number, projectId: number, blockerId?: number): string {
  const params = new URLSearchParams({ new: 'topic', projectId: String(projectId) });
  if (blockerId) params.set('blockerId', String(blockerId));
  return `/plans/${planId}/meetings?${params.toString()}`;
}
