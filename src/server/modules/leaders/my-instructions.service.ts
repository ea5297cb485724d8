import type { MyInstructionList } from '../../../contract/leaders.contract';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { isLeader, isOffice, isUnitRole } from '../../policies/policy-actor';
import { loadProjectUnits } from '../projects/projects.repo';
import { instructionView } from './instructions.service';
import type { OpenInstructionScope } from './leaders.repo';
import { listOpenInstructionRows } from './leaders.repo';

/** Whose 批示 are in the actor's hands: a unit's on the projects it leads, a leader's own, the 督查室 all; null for none. */
function inboxScope(actor: Actor): OpenInstructionScope | null {
  if (isUnitRole(actor.role)) return actor.unitId === null ? null : { leadUnitId: actor.unitId };
  if (isLeader(actor)) return { authorId: actor.id };
  if (isOffice(actor)) return 'all';
  return null;
}

/**
 * 批示 still in hand for the signed-in user (not yet 办结): for a unit user those on projects his unit leads (to answer),
 * for a leader those he wrote (to close once answered), for the 督查室 all of them.
 */
export async function listMyInstructions(ctx: AppContext, actor: Actor): Promise<MyInstructionList> {
  const scope = inboxScope(actor);
  if (scope === null) return { items: [], total: 0 };
  const rows = await listOpenInstructionRows(ctx.db, scope);
  const units = await loadProjectUnits(ctx.db, [...new Set(rows.map((r) => r.project_id))]);
  const items = rows.map((r) => ({
    ...instructionView(r, actor, units.get(r.project_id) ?? [], new Map([[r.author_id, r.author_display_name]])),
    project: { id: r.project_id, planId: r.plan_id, seq: r.seq, name: r.name },
  }));
  return { items, total: items.length };
}
