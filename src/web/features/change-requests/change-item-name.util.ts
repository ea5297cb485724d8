import type { ChangeRequest } from '../../../contract/targets.contract';

function text(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** The name of the target or milestone a request is about, read from its before/after snapshot. */
export function changeItemName(change: Pick<ChangeRequest, 'before' | 'after' | 'targetId' | 'milestoneId'>): string {
  const name = text(change.before.label) ?? text(change.before.title) ?? text(change.after.label) ?? text(change.after.title);
  if (name) return name;
  return change.targetId !== null ? `指标 #${change.targetId}` : `节点 #${change.milestoneId ?? ''}`;
}
