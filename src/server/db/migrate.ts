import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_initial';
import * as m0002 from './migrations/0002_targets';
import * as m0003 from './migrations/0003_weekly';
import * as m0004 from './migrations/0004_ledger_indexes';
import * as m0005 from './migrations/0005_blockers';
import * as m0006 from './migrations/0006_meetings';
import * as m0007 from './migrations/0007_reports';
import * as m0008 from './migrations/0008_leaders';
import * as m0009 from './migrations/0009_workdays';
import * as m0010 from './migrations/0010_meeting_attachments';
import * as m0011 from './migrations/0011_monthly_photos';
import * as m0012 from './migrations/0012_plan_rhythm';
import * as m0013 from './migrations/0013_project_notice_fields';
import * as m0014 from './migrations/0014_notifications';
import * as m0015 from './migrations/0015_supervision_notices';
import * as m0016 from './migrations/0016_inspections';
import * as m0017 from './migrations/0017_assessment';
import * as m0018 from './migrations/0018_plan_ledger_end';
import * as m0019 from './migrations/0019_public_portal';
import * as m0020 from './migrations/0020_public_feedback';
import * as m0021 from './migrations/0021_next_year';
import * as m0022 from './migrations/0022_audit_chain';
import * as m0023 from './migrations/0023_idempotency_keys';
import * as m0024 from './migrations/0024_load_indexes';
import * as m0025 from './migrations/0025_audit_protection';

/** Migrations are listed here (not read from disk) so they work the same from source, tests and any cwd. */
const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_targets': m0002,
  '0003_weekly': m0003,
  '0004_ledger_indexes': m0004,
  '0005_blockers': m0005,
  '0006_meetings': m0006,
  '0007_reports': m0007,
  '0008_leaders': m0008,
  '0009_workdays': m0009,
  '0010_meeting_attachments': m0010,
  '0011_monthly_photos': m0011,
  '0012_plan_rhythm': m0012,
  '0013_project_notice_fields': m0013,
  '0014_notifications': m0014,
  '0015_supervision_notices': m0015,
  '0016_inspections': m0016,
  '0017_assessment': m0017,
  '0018_plan_ledger_end': m0018,
  '0019_public_portal': m0019,
  '0020_public_feedback': m0020,
  '0021_next_year': m0021,
  '0022_audit_chain': m0022,
  '0023_idempotency_keys': m0023,
  '0024_load_indexes': m0024,
  '0025_audit_protection': m0025,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Bring the schema to the latest version; Kysely's migration lock makes concurrent starts safe.
 * On PostgreSQL with DATABASE_SCHEMA the bookkeeping tables live in that schema too.
 */
export async function migrateToLatest<T>(db: Kysely<T>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
