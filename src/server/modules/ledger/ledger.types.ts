/**
 * Moved to src/contract/ledger.contract.ts (zod schemas with the inferred types). Kept only while
 * src/server/modules/leaders/portfolio.service.ts still imports LedgerItem from here; import from the contract.
 */
export type { LedgerItem, ProjectStatus } from '../../../contract/ledger.contract';
