import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { LedgerItem, LedgerResponse } from '../../../contract/ledger.contract';
import type { StatusFilter } from '../weekly/weekly-labels';

export const ledgerKeys = {
  ledger: (planId: number, asOf: string | null, unitId: number | null) => ['ledger', planId, asOf, unitId] as const,
};

/** The master ledger (专项工作台账) of a plan, as of a date (today when null), optionally one unit's projects. */
export function useLedger(planId: number, asOf: string | null = null, unitId: number | null = null) {
  return useQuery({
    queryKey: ledgerKeys.ledger(planId, asOf, unitId),
    queryFn: () => api.get<LedgerResponse>(withQuery(`/plans/${planId}/ledger`, { asOf, unitId })),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  });
}

/** 未报送 is a flag beside the status, so it filters on its own. */
export function matchesStatus(item: LedgerItem | undefined, filter: StatusFilter | null): boolean {
  if (!filter) return true;
  if (!item) return false;
  return filter === 'not_reported' ? item.notReported : item.status === filter;
}
