import type { Kysely } from 'kysely';
import type { AppConfig } from './config';
import type { DialectName } from './db/dialect';
import type { DB } from './db/schema';

/** What services need: the database and the parsed configuration. */
export interface AppContext {
  db: Kysely<DB>;
  dialect: DialectName;
  config: AppConfig;
}

export const nowIso = () => new Date().toISOString();
