import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { UnitRole } from '../../api/api.types';
import type { ProjectFilters } from './use-plans.query';

function parseRole(value: string | null): UnitRole | null {
  return value === 'lead' || value === 'co' ? value : null;
}

function parseUnitId(value: string | null): number | null {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The 清单总览 filters live in the URL (?q=&unitId=&role=) so a filtered list can be shared as a link and the
 * back button steps through earlier filters.
 */
export function useProjectFilters(): [ProjectFilters, (change: Partial<ProjectFilters>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const unitId = parseUnitId(searchParams.get('unitId'));
  const role = parseRole(searchParams.get('role'));
  const filters = useMemo<ProjectFilters>(() => ({ q, unitId, role }), [q, unitId, role]);

  const setFilters = useCallback(
    (change: Partial<ProjectFilters>) => {
      const next = { ...filters, ...change };
      const params = new URLSearchParams();
      if (next.q.trim()) params.set('q', next.q.trim());
      if (next.unitId) {
        params.set('unitId', String(next.unitId));
        if (next.role) params.set('role', next.role);
      }
      setSearchParams(params);
    },
    [filters, setSearchParams],
  );

  return [filters, setFilters];
}
