import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { UnitRole } from '../../../contract/units.contract';
import type { ProjectFilters } from './use-plans.query';
import { isStatusFilter } from '../weekly/weekly-labels';

function parseRole(value: string | null): UnitRole | null {
  return value === 'lead' || value === 'co' ? value : null;
}

function parseUnitId(value: string | null): number | null {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The 清单总览 filters live in the URL (?q=&unitId=&role=&status=) so a filtered list can be shared as a link and the
 * back button steps through earlier filters.
 */
export function useProjectFilters(): [ProjectFilters, (change: Partial<ProjectFilters>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const unitId = parseUnitId(searchParams.get('unitId'));
  const role = parseRole(searchParams.get('role'));
  const statusParam = searchParams.get('status');
  const status = isStatusFilter(statusParam) ? statusParam : null;
  const filters = useMemo<ProjectFilters>(() => ({ q, unitId, role, status }), [q, unitId, role, status]);

  const setFilters = useCallback(
    (change: Partial<ProjectFilters>) => {
      const next = { ...filters, ...change };
      const params = new URLSearchParams();
      if (next.q.trim()) params.set('q', next.q.trim());
      if (next.unitId) {
        params.set('unitId', String(next.unitId));
        if (next.role) params.set('role', next.role);
      }
      if (next.status) params.set('status', next.status);
      setSearchParams(params);
    },
    [filters, setSearchParams],
  );

  return [filters, setFilters];
}
