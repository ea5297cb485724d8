import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema';

function countRole(role: 'lead' | 'co', planId: number | undefined) {
  return (eb: ExpressionBuilder<DB, 'unit'>) => {
    let q = eb
      .selectFrom('project_unit')
      .innerJoin('project', 'project.id', 'project_unit.project_id')
      .select((c) => c.fn.countAll<number>().as('n'))
      .whereRef('project_unit.unit_id', '=', 'unit.id')
      .where('project_unit.role', '=', role)
      .where('project.status', '=', 'active');
    if (planId !== undefined) q = q.where('project.plan_id', '=', planId);
    return q;
  };
}

/** Units with how many active projects each leads and co-runs (in one plan, or in all). */
export async function listUnitRows(db: Kysely<DB>, planId?: number) {
  const rows = await db
    .selectFrom('unit')
    .select(['unit.id', 'unit.name', 'unit.kind', 'unit.parent_id as parentId'])
    .select((eb) => [countRole('lead', planId)(eb).as('leadCount'), countRole('co', planId)(eb).as('coCount')])
    .orderBy('unit.name')
    .execute();
  return rows.map((r) => ({ ...r, leadCount: Number(r.leadCount ?? 0), coCount: Number(r.coCount ?? 0) }));
}

export function findUnitRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('unit').select(['id', 'name', 'kind', 'parent_id as parentId']).where('id', '=', id).executeTakeFirst();
}

/** The active projects a unit takes part in, with the plan they belong to. */
export function listUnitProjects(db: Kysely<DB>, unitId: number) {
  return db
    .selectFrom('project_unit')
    .innerJoin('project', 'project.id', 'project_unit.project_id')
    .innerJoin('plan', 'plan.id', 'project.plan_id')
    .select(['project.id', 'project.plan_id as planId', 'project.seq', 'project.name', 'plan.title as planTitle', 'plan.year', 'project_unit.role'])
    .where('project_unit.unit_id', '=', unitId)
    .where('project.status', '=', 'active')
    .orderBy('plan.year', 'desc')
    .orderBy('project.seq')
    .execute();
}
