import type { UnitDetail, UnitSummary } from '../../../contract/units.contract';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findUnitRow, listUnitProjects, listUnitRows } from './units.repo';

/** Every unit with how many active projects it leads and co-runs (in one plan, or in all). */
export function listUnits(ctx: AppContext, planId?: number): Promise<UnitSummary[]> {
  return listUnitRows(ctx.db, planId);
}

/** One unit with the active projects it leads (主办) and co-runs (协办). */
export async function getUnitDetail(ctx: AppContext, id: number): Promise<UnitDetail> {
  const unit = await findUnitRow(ctx.db, id);
  if (!unit) throw notFound('单位');
  const projects = await listUnitProjects(ctx.db, unit.id);
  const brief = (role: 'lead' | 'co') => projects.filter((p) => p.role === role).map(({ role: _r, ...p }) => p);
  return { ...unit, lead: brief('lead'), co: brief('co') };
}
