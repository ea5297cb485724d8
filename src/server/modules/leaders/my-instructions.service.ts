import type { Actor } from '../../auth/actor';
import { isOffice, isUnitRole } from '../../auth/actor';
import type { AppContext } from '../../context';
import { instructionView } from './instructions.service';
import type { OpenInstructionScope } from './leaders.repo';
import { listOpenInstructionRows } from './leaders.repo';

/**
 * 批示 still in hand for the signed-in user (not yet 办结): for a unit user those on projects his unit leads (to answer),
 * for a leader those he wrote (to close once answered), for the 督查室 all of them.
 */
export async function listMyInstructions(ctx: AppContext, actor: Actor) {
  let scope: OpenInstructionScope;
  if (isUnitRole(actor.role)) {
    if (actor.unitId === null) return { items: [], total: 0 };
    scope = { leadUnitId: actor.unitId };
  } else if (actor.role === 'leader') {
    scope = { authorId: actor.id };
  } else if (isOffice(actor)) {
    scope = 'all';
  } else {
    return { items: [], total: 0 };
  }
  const rows = await listOpenInstructionRows(ctx.db, scope);
  const items = rows.map((r) => ({
    ...instructionView(r, new Map([[r.author_id, r.author_display_name]])),
    project: { id: r.project_id, planId: r.plan_id, seq: r.seq, name: r.name },
  }));
  return { items, total: items.length };
}
