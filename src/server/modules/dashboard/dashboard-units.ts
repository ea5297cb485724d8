import type { DashboardUnitRow } from '../../../contract/dashboard.contract';
import type { LedgerItem } from '../../../contract/ledger.contract';

/** A lead unit of a project, as loadProjectUnits gives it. */
interface ProjectUnit {
  id: number;
  name: string;
  role: 'lead' | 'co';
}

/**
 * The unit ranking: per lead unit, its weekly reports due over `weeks` (on time, late, missing) and its projects
 * that the ledger calls 滞后 or 严重滞后. Worst first: most missing, then late, then lagging.
 */
export function rankUnits(
  items: readonly LedgerItem[],
  unitsOf: Map<number, ProjectUnit[]>,
  weeks: readonly string[],
  reported: readonly { projectId: number; week: string; isLate: number }[],
): DashboardUnitRow[] {
  const byKey = new Map(reported.map((r) => [`${r.projectId}|${r.week}`, r]));
  const rows = new Map<number, DashboardUnitRow>();
  for (const item of items) {
    const isLagging = item.status === 'behind' || item.status === 'seriously_behind';
    for (const unit of (unitsOf.get(item.projectId) ?? []).filter((u) => u.role === 'lead')) {
      const row = rows.get(unit.id) ?? { unitId: unit.id, unitName: unit.name, projects: 0, due: 0, onTime: 0, late: 0, missing: 0, lagging: 0 };
      row.projects += 1;
      if (isLagging) row.lagging += 1;
      for (const week of weeks) {
        const report = byKey.get(`${item.projectId}|${week}`);
        row.due += 1;
        if (!report) row.missing += 1;
        else if (report.isLate) row.late += 1;
        else row.onTime += 1;
      }
      rows.set(unit.id, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.missing - a.missing || b.late - a.late || b.lagging - a.lagging || a.unitName.localeCompare(b.unitName, 'zh'));
}
