import type { Actor } from '../../auth/actor';
import { isOffice, isUnitRole } from '../../auth/actor';
import type { AppContext } from '../../context';
import { instructionView } from './instructions.service';

/**
 * 批示 still in hand for the signed-in user (not yet 办结): for a unit user those on projects his unit leads (to answer),
 * for a leader those he wrote (to close once answered), for the 督查室 all of them.
 */
export async function listMyInstructions(ctx: AppContext, actor: Actor) {
  let query = ctx.db
    .selectFrom('instruction')
    .innerJoin('project', 'project.id', 'instruction.project_id')
    .innerJoin('user', 'user.id', 'instruction.author_id')
    .selectAll('instruction')
    .select(['project.plan_id', 'project.seq', 'project.name', 'user.display_name as author_display_name'])
    .where('instruction.status', '!=', 'closed');
  if (isUnitRole(actor.role)) {
    if (actor.unitId === null) return { items: [], total: 0 };
    const unitId = actor.unitId;
    query = query.where('instruction.project_id', 'in', (qb) =>
      qb.selectFrom('project_unit').select('project_unit.project_id').where('project_unit.unit_id', '=', unitId).where('project_unit.role', '=', 'lead'),
    );
  } else if (actor.role === 'leader') {
    query = query.where('instruction.author_id', '=', actor.id);
  } else if (!isOffice(actor)) {
    return { items: [], total: 0 };
  }
  const rows = await query.orderBy('instruction.status', 'desc').orderBy('instruction.id', 'desc').execute();
  const items = rows.map((r) => ({
    ...instructionView(r, new Map([[r.author_id, r.author_display_name]])),
    project: { id: r.project_id, planId: r.plan_id, seq: r.seq, name: r.name },
  }));
  return { items, total: items.length };
}
