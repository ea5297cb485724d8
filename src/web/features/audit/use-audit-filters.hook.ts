import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { AuditFilters } from './use-audit.query';

const PAGE_SIZE = 20;

/** 审计日志 filters and page live in the URL, so a filtered view can be bookmarked and the back button works. */
export function useAuditFilters(): [AuditFilters, (change: Partial<AuditFilters>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo<AuditFilters>(() => {
    const text = (key: string) => searchParams.get(key) ?? '';
    return {
      entity: text('entity'),
      action: text('action'),
      username: text('username'),
      from: text('from'),
      to: text('to'),
      page: Math.max(1, Number(searchParams.get('page')) || 1),
      pageSize: PAGE_SIZE,
    };
  }, [searchParams]);

  const setFilters = useCallback(
    (change: Partial<AuditFilters>) => {
      const next = { ...filters, ...change };
      const params = new URLSearchParams();
      for (const key of ['entity', 'action', 'username', 'from', 'to'] as const) {
        if (next[key].trim()) params.set(key, next[key].trim());
      }
      if (next.page > 1) params.set('page', String(next.page));
      setSearchParams(params);
    },
    [filters, setSearchParams],
  );

  return [filters, setFilters];
}
