import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { AuditPage } from '../../../contract/audit.contract';

/** Filters of the 审计日志 page; kept in the URL. Dates are YYYY-MM-DD. */
export interface AuditFilters {
  entity: string;
  action: string;
  username: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api.get<AuditPage>(withQuery('/audit', { ...filters })),
    placeholderData: keepPreviousData,
  });
}
