import type { AuditPage, AuditQuery } from '../../../contract/audit.contract';
import type { AppContext } from '../../context';
import { searchAudit } from './audit.repo';

/** The audit log as the admin reads it: newest first, filtered by the query; nobody changes or deletes a row. */
export function readAudit(ctx: AppContext, query: AuditQuery): Promise<AuditPage> {
  return searchAudit(ctx.db, query);
}
