import { Card } from 'antd';
import { QueryError } from '../components/query-error.component';
import { AuditFilterBar } from '../features/audit/audit-filter-bar.component';
import { AuditTable } from '../features/audit/audit-table.component';
import { useAuditFilters } from '../features/audit/use-audit-filters.hook';
import { useAuditLog } from '../features/audit/use-audit.query';

/** 审计日志 (admin): every change and sign-in, filterable, with before/after. */
export default function AdminAuditPage() {
  const [filters, setFilters] = useAuditFilters();
  const log = useAuditLog(filters);

  return (
    <Card size="small" title="审计日志">
      <AuditFilterBar filters={filters} onChange={setFilters} />
      {log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <AuditTable
          entries={log.data?.items ?? []}
          total={log.data?.total ?? 0}
          page={filters.page}
          pageSize={filters.pageSize}
          loading={log.isFetching}
          onPageChange={(page) => setFilters({ page })}
        />
      )}
    </Card>
  );
}
