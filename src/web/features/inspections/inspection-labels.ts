import type { FindingSeverity, Rectification } from '../../../contract/inspections.contract';

export { FINDING_SEVERITY_LABELS, INSPECTION_KIND_LABELS, INSPECTION_KINDS, FINDING_SEVERITIES } from '../../../contract/inspections.contract';

export const SEVERITY_COLORS: Record<FindingSeverity, string> = { general: 'blue', major: 'orange', serious: 'red' };

/** The tag of a rectification: 逾期 first (red), then its state. */
export function rectificationTag(r: Pick<Rectification, 'status' | 'statusLabel' | 'isOverdue'>): { color: string; label: string } {
  if (r.isOverdue) return { color: 'red', label: `逾期·${r.statusLabel}` };
  if (r.status === 'closed') return { color: 'green', label: r.statusLabel };
  if (r.status === 'submitted') return { color: 'blue', label: r.statusLabel };
  return { color: r.statusLabel === '已退回' ? 'volcano' : 'gold', label: r.statusLabel };
}
