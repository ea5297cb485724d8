import path from 'node:path';
import type { Kysely } from 'kysely';
import type { AppConfig } from './config';
import type { Database, DialectName } from './db/dialect';
import type { DB } from './db/schema';
import type { FileStorage } from './storage/file-storage';
import { LocalFolderStorage } from './storage/file-storage';

/** What services need: the database, the parsed configuration and the file storage. */
export interface AppContext {
  db: Kysely<DB>;
  dialect: DialectName;
  config: AppConfig;
  storage: FileStorage;
}

export function createContext(config: AppConfig, database: Database): AppContext {
  return { db: database.db, dialect: database.dialect, config, storage: new LocalFolderStorage(path.join(config.dataDir, 'uploads')) };
}

export const nowIso = () => new Date().toISOString();
