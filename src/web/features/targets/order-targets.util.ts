import type { Target } from '../../../contract/targets.contract';

/** Targets in reading order: each top-level target followed by its children (其中…), all by `seq`. */
export function orderTargets(targets: Target[]): Array<{ target: Target; isChild: boolean }> {
  const ids = new Set(targets.map((target) => target.id));
  const bySeq = [...targets].sort((a, b) => a.seq - b.seq || a.id - b.id);
  const ordered: Array<{ target: Target; isChild: boolean }> = [];
  const visit = (target: Target, isChild: boolean) => {
    ordered.push({ target, isChild });
    for (const child of bySeq) if (child.parentId === target.id) visit(child, true);
  };
  for (const target of bySeq) {
    if (target.parentId === null || !ids.has(target.parentId)) visit(target, false);
  }
  return ordered;
}
