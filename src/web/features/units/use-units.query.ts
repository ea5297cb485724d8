import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ListResponse } from '../../../contract/common.contract';
import type { UnitDetail, UnitSummary } from '../../../contract/units.contract';

export const unitKeys = {
  all: ['units'] as const,
  list: () => ['units', 'list'] as const,
  detail: (unitId: number) => ['units', 'detail', unitId] as const,
};

/** Every unit with its lead and co-run project counts, ordered by name. */
export function useUnits() {
  return useQuery({
    queryKey: unitKeys.list(),
    queryFn: () => api.get<ListResponse<UnitSummary>>('/units'),
    staleTime: 60 * 1000,
  });
}

/** One unit with the projects it leads and co-runs. */
export function useUnit(unitId: number) {
  return useQuery({
    queryKey: unitKeys.detail(unitId),
    queryFn: () => api.get<UnitDetail>(`/units/${unitId}`),
    enabled: unitId > 0,
  });
}
