/** The lead units (主办, in the notice's order) of projects: a project may have several (联合牵头). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface LeadUnit {
  id: number;
  name: string;
}

export async function loadLeadUnits(db: Kysely<DB>, projectIds: number[]): Promise<Map<number, LeadUnit[]>> {
  const ids = [...new Set(projectIds)];
  const map = new Map<number, LeadUnit[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('project_unit')
    .innerJoin('unit', 'unit.id', 'project_unit.unit_id')
    .select(['project_unit.project_id', 'unit.id', 'unit.name'])
    .where('project_unit.project_id', 'in', ids)
    .where('project_unit.role', '=', 'lead')
    .orderBy('project_unit.project_id')
    .orderBy('project_unit.sort_order')
    .execute();
  for (const r of rows) map.set(r.project_id, [...(map.get(r.project_id) ?? []), { id: r.id, name: r.name }]);
  return map;
}

/** 区甲局、区乙局; null when none. */
export const leadUnitNames = (units: LeadUnit[] | undefined) => (units?.length ? units.map((u) => u.name).join('、') : null);
